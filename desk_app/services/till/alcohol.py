"""The alcohol law at the till: bar duty, qualified staff, hours, youth tabs, outsiders, 18+."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.formatting import to_local
from desk_app.models import (
    Activity,
    ActivityOccurrence,
    Booking,
    BookingState,
    Certificate,
    CertificateKind,
    Hirer,
    Person,
    Role,
    Setting,
)
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.stored_settings import write_setting
from desk_app.services.till.settings import Span, TillSettings
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers import duty_board

DUTY_KEY = "till.bar_duty"
QUALIFYING = (CertificateKind.SVH, CertificateKind.IVA)
MAX_ON_DUTY = 20


@dataclass(frozen=True)
class DutyPerson:
    """Someone who can be put on bar duty, with whether they may serve alcohol today."""

    person_id: UUID
    name: str
    on_duty: bool
    qualified: bool


def _duty_ids(session: Session) -> list[UUID]:
    row = session.get(Setting, DUTY_KEY)
    return [UUID(text) for text in json.loads(row.value_json)] if row else []


def _qualified_ids(session: Session, ids: list[UUID], on: date) -> set[UUID]:
    """Of ``ids``, the active people holding a valid social-hygiene or serving certificate."""
    if not ids:
        return set()
    query = (
        select(Certificate.person_id)
        .join(Person, Person.id == Certificate.person_id)
        .where(Certificate.person_id.in_(ids), Person.active.is_(True))
        .where(Certificate.kind.in_(QUALIFYING), Certificate.issued_on <= on)
        .where(or_(Certificate.expires_on.is_(None), Certificate.expires_on >= on))
    )
    return set(session.scalars(query))


def qualified_bar_staff_present(reader: Session | Connection, at: datetime) -> bool:
    """Whether someone signed in now may oversee alcohol (SVH manager or IVA volunteer).

    The one place the till asks; it reads the volunteers' sign-in at the desk.
    """
    return duty_board.qualified_bar_staff_present(reader, to_local(at).date())


def _activities_on(
    reader: Session | Connection, day: date, *, outsiders: bool = False
) -> list[tuple[str, time, time]]:
    """The programme's occurrences of a day that go ahead: name, start and end.

    With ``outsiders`` only the activities aimed at the public from outside.
    """
    query = (
        select(Activity.name, Activity.starts, Activity.ends)
        .join(ActivityOccurrence, ActivityOccurrence.activity_id == Activity.id)
        .where(ActivityOccurrence.day == day, ~ActivityOccurrence.cancelled)
    )
    if outsiders:
        query = query.where(Activity.for_outsiders)
    return [(name, starts, ends) for name, starts, ends in reader.execute(query)]


def _around(at: datetime, day: date, starts: time, ends: time) -> bool:
    """Whether ``at`` falls from 1 hour before an activity on ``day`` to 2 hours after it."""
    naive = to_local(at).replace(tzinfo=None)
    return (
        datetime.combine(day, starts) - timedelta(hours=1)
        <= naive
        < datetime.combine(day, ends) + timedelta(hours=2)
    )


def in_span(at: datetime, hours: dict[int, Span | None]) -> bool:
    """Whether ``at`` falls in its weekday's serving hours, or in yesterday's past midnight.

    An end at or before the start runs on into the next day (16:00 to 01:00).
    """
    local = to_local(at)
    today = hours.get(local.weekday())
    if today is not None and local.time() >= today[0]:
        starts, ends = today
        if ends <= starts or local.time() < ends:
            return True
    yesterday = hours.get((local.weekday() - 1) % 7)
    return yesterday is not None and yesterday[1] <= yesterday[0] and local.time() < yesterday[1]


def _own_occasion(reader: Session | Connection, at: datetime) -> bool:
    """An activity of the programme around ``at`` (today's, or last night's running late), or a
    private party with alcohol going on: the bylaw's occasions for a paracommercial bar."""
    local = to_local(at)
    day = local.date()
    # an activity ends on its own day, so last night's counts only until 02:00
    days = (day, day - timedelta(days=1)) if local.time() < time(2) else (day,)
    for on in days:
        if any(_around(at, on, starts, ends) for _n, starts, ends in _activities_on(reader, on)):
            return True
    party = reader.execute(
        select(Booking.id)
        .where(Booking.private_party, Booking.state != BookingState.CANCELLED)
        .where(Booking.starts_at <= at, Booking.ends_at > at)
        .limit(1)
    ).first()
    return party is not None


def _within_hours(reader: Session | Connection, at: datetime, settings: TillSettings) -> bool:
    if not in_span(at, settings.alcohol_hours):
        return False
    return not settings.only_around_activities or _own_occasion(reader, at)


def _outsiders_event(reader: Session | Connection, at: datetime) -> str | None:
    """The name of a booking or programme activity aimed at outsiders going on at ``at``.

    A booking counts while it lasts; an activity as the till's rule for activities reads,
    from 1 hour before to 2 hours after.
    """
    row = reader.execute(
        select(Booking.description, Hirer.name)
        .join(Hirer, Hirer.id == Booking.hirer_id)
        .where(Booking.for_outsiders, Booking.state != BookingState.CANCELLED)
        .where(Booking.starts_at <= at, Booking.ends_at > at)
        .limit(1)
    ).first()
    if row is not None:
        return str(row[0] or row[1])
    day = to_local(at).date()
    activities = _activities_on(reader, day, outsiders=True)
    return next((name for name, starts, ends in activities if _around(at, day, starts, ends)), None)


def check_alcohol(
    reader: Session | Connection,
    at: datetime,
    settings: TillSettings,
    *,
    youth: bool,
    age_confirmed: bool,
    outsiders: bool = False,
) -> None:
    """Refuse, saying why in plain Dutch, when alcohol may not be served now."""
    if youth:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("Errors", "Geen alcohol: deze rekening is van een jeugdactiviteit.")
        )
    if outsiders:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Geen alcohol: deze rekening is van een evenement voor publiek van buiten.",
            )
        )
    event = _outsiders_event(reader, at)
    if event is not None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors", "Geen alcohol: nu loopt {event}, een evenement voor publiek van buiten."
            ),
            event=event,
        )
    if not qualified_bar_staff_present(reader, at):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Geen alcohol: er is niemand met een IVA- of SVH-diploma aangemeld. "
                "Laat iemand met een diploma zich aanmelden met de badge.",
            )
        )
    if not _within_hours(reader, at, settings):
        raise NotAllowed(
            QT_TRANSLATE_NOOP("Errors", "Geen alcohol: het is nu buiten de schenktijden.")
        )
    if settings.confirm_age and not age_confirmed:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("Errors", "Bevestig eerst dat de klant 18 jaar of ouder is.")
        )


def bar_duty(uow: UnitOfWork) -> list[DutyPerson]:
    """Everyone who could stand behind the bar, those on duty first."""
    with uow.read() as tx:
        on_duty = set(_duty_ids(tx.session))
        people = tx.session.scalars(
            select(Person)
            .where(Person.active.is_(True))
            .where(or_(Person.role != Role.RECEPTION, Person.tasks.contains("bar")))
            .order_by(Person.name)
        ).all()
        qualified = _qualified_ids(tx.session, [p.id for p in people], to_local(tx.now).date())
        rows = [DutyPerson(p.id, p.name, p.id in on_duty, p.id in qualified) for p in people]
    return sorted(rows, key=lambda row: not row.on_duty)


def set_bar_duty(uow: UnitOfWork, actor: Actor, person_ids: list[UUID]) -> None:
    """A bar volunteer or manager says who stands behind the bar now; audited."""
    if len(person_ids) > MAX_ON_DUTY:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Te veel mensen op bardienst."))
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        known = set(tx.session.scalars(select(Person.id).where(Person.id.in_(person_ids))))
        if known != set(person_ids):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
        before = [str(i) for i in _duty_ids(tx.session)]
        after = [str(i) for i in person_ids]
        write_setting(tx.session, DUTY_KEY, after)
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=person,
            action="till.bar_duty",
            subject="bardienst",
            at=tx.now,
            before=before,
            after=after,
        )
