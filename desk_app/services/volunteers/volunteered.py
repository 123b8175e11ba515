"""Who volunteered in a period: the rule the yearly facts and the municipal report count by.

A volunteer counts for a period when they signed in for duty in it: the register says who
volunteers today, a sign-in who did then. Paid staff sign in too, but are no volunteers. The
tables are named, not mapped, so one query serves a desk's database and the central one.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Date, and_, column, table

from desk_app.kinds import VolunteerKind

STAFF = VolunteerKind.STAFF.value
SIGN_IN = table(
    "sign_in",
    column("id"),
    column("centre_code"),
    column("person_id"),
    column("local_day", Date),
    column("created_at"),
)
PERSON = table("person", column("id"), column("centre_code"), column("kind"))
# Sign-ins with their person, within one centre's rows.
SIGNED_IN = SIGN_IN.join(
    PERSON, and_(PERSON.c.centre_code == SIGN_IN.c.centre_code, PERSON.c.id == SIGN_IN.c.person_id)
)


def volunteered(first: date, last: date) -> ColumnElement[bool]:
    """A sign-in in the period of someone who is no staff (over ``SIGNED_IN``)."""
    return and_(SIGN_IN.c.local_day.between(first, last), PERSON.c.kind != STAFF)
