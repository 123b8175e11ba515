"""Volunteers on duty: sign in and out by badge or PIN, and who is in the building now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, cast
from uuid import UUID

from sqlalchemy import ColumnElement, Connection, bindparam, exists, func, insert, select, true
from sqlalchemy.orm import Session

from desk_app.codes import CodeKind, parse_code
from desk_app.db.prepared import Prepared
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Base, Person, Role, SignIn, SignOut
from desk_app.models.types import new_id
from desk_app.services.auth import Actor, check_pin, require_role
from desk_app.services.clock import place
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.uow import CoreTransaction, UnitOfWork

# A badge scanned again this soon after the person's last sign-in or -out is a double scan.
REPEAT_WINDOW = timedelta(minutes=2)


@dataclass(frozen=True)
class DutyChange:
    """What a badge scan or PIN did: signed in, or signed out.

    ``repeated``: a double scan that changed nothing; ``signed_in`` says how the person stands.
    """

    person_id: UUID
    name: str
    signed_in: bool
    at: datetime
    repeated: bool = False


@dataclass(frozen=True)
class OpenSignIn:
    """A sign-in without a sign-out."""

    sign_in_id: UUID
    person_id: UUID
    name: str
    since: datetime
    tasks: str


class Volunteer(NamedTuple):
    """The person a badge or PIN names: all a sign-in needs of them."""

    id: UUID
    name: str


def badge_person(reader: Session | Connection, raw: str) -> Volunteer:
    """The volunteer whose badge was scanned, or a Dutch reason why not."""
    parsed = parse_code(raw) if len(raw.strip()) <= 64 else None
    if parsed is None or parsed[0] is not CodeKind.VOLUNTEER_BADGE:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Dit is geen geldige vrijwilligersbadge."))
    row = _BADGE.first(reader, {"code": parsed[1]})
    if row is None or not row.active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Deze badge is niet bekend of niet meer in gebruik.")
        )
    return Volunteer(row.id, row.name)


def toggle_by_badge(uow: UnitOfWork, actor: Actor, raw: str) -> DutyChange:
    """A badge scanned at the desk: sign in, or sign out when already signed in."""
    with uow.write_core() as tx:
        require_role(tx, actor, Role.RECEPTION)
        return _toggle(tx, badge_person(tx.connection, raw), actor.person_id, by_badge=True)


def toggle_with_pin(uow: UnitOfWork, person_id: UUID, pin: str) -> DutyChange:
    """A volunteer picks their name and types their PIN: sign in or out.

    The PIN check has read the person (active, with a PIN); the sign-in does not read them again.
    """
    who = check_pin(uow, person_id, pin)
    with uow.write_core() as tx:
        return _toggle(tx, Volunteer(who.person_id, who.name), who.person_id)


def _toggle(
    tx: CoreTransaction, person: Volunteer, by: UUID, *, by_badge: bool = False
) -> DutyChange:
    """Sign in, or out when signed in today: Core statements only, the busiest write after check-in.

    A sign-in left open on an earlier day stays for the day close to end; this starts a new one.
    A badge scanned twice within :data:`REPEAT_WINDOW` changes nothing the second time.
    """
    now = tx.now
    day = place(tx, now).day
    ensure_day_open(tx.connection, day)
    latest = _LATEST.first(tx.connection, {"person_id": person.id})
    if by_badge and (recent := _recent_toggle(latest, now)) is not None:
        return DutyChange(person.id, person.name, recent, now, repeated=True)
    current = _open_today(latest, day)
    row = {
        "id": new_id(),
        "centre_code": tx.centre_code(),
        "created_at": now,
        "person_id": person.id,
    }
    if current is None:
        _INSERT_SIGN_IN.execute(tx.connection, [{**row, "local_day": day}])
        return DutyChange(person.id, person.name, True, now)
    _INSERT_SIGN_OUT.execute(
        tx.connection,
        [{**row, "sign_in_id": current, "ended_at": now, "flagged": False, "recorded_by": by}],
    )
    return DutyChange(person.id, person.name, False, now)


_SIGN_IN = Base.metadata.tables[SignIn.__tablename__]
_SIGN_OUT = Base.metadata.tables[SignOut.__tablename__]
# Built once and run on the short path, as the busiest write after the check-in needs.
_INSERT_SIGN_IN = Prepared(insert(_SIGN_IN))
_INSERT_SIGN_OUT = Prepared(insert(_SIGN_OUT))
_BADGE = Prepared(
    select(Person.id, Person.name, Person.active).where(Person.badge_code == bindparam("code"))
)
# The person's newest sign-in with its sign-out, if any: all a badge scan needs to know.
_LATEST = Prepared(
    select(SignIn.id, SignIn.local_day, SignIn.created_at, SignOut.created_at, SignOut.flagged)
    .outerjoin(SignOut, SignOut.sign_in_id == SignIn.id)
    .where(SignIn.person_id == bindparam("person_id"))
    .order_by(SignIn.created_at.desc())
    .limit(1)
)


def _open_today(latest: Any, day: date) -> UUID | None:
    """The newest sign-in when it is of ``day`` and still open; one of an earlier day is not."""
    if latest is None or latest[1] != day or latest[3] is not None:
        return None
    return cast(UUID, latest[0])


def _recent_toggle(latest: Any, now: datetime) -> bool | None:
    """Signed in (``True``) or out (``False``) by the person within the repeat window, if so.

    The day close's sign-outs are the manager's, not the volunteer's: they start no double scan;
    nor does one dated after ``now`` (a clock set back), which no scan just made.
    """
    if latest is None:
        return None
    signed_in_at, signed_out_at, flagged = latest[2], latest[3], latest[4]
    since = now - REPEAT_WINDOW
    if signed_out_at is not None and not flagged and since < signed_out_at <= now:
        return False
    if signed_out_at is None and since < signed_in_at <= now:
        return True
    return None


def open_sign_ins(
    reader: Session | Connection, *, as_of: datetime | None = None
) -> list[OpenSignIn]:
    """Everyone signed in and not yet out, longest first; ``as_of``: at that moment.

    A day's Z-report names who was still in at its close, not who is in when it is reprinted.
    """
    if as_of is None:
        return _open_where(reader, true())
    return _open_where(reader, SignIn.created_at <= as_of, out_before=as_of)


def present_sign_ins(reader: Session | Connection, day: date) -> list[OpenSignIn]:
    """Who is on duty now: open sign-ins of ``day``; one left open on an earlier day is not."""
    return _open_where(reader, SignIn.local_day == day)


def left_open_sign_ins(reader: Session | Connection, day: date) -> list[OpenSignIn]:
    """Sign-ins of days before ``day`` never ended: gone home, for the day close to sign out."""
    return _open_where(reader, SignIn.local_day < day)


def _open_where(
    reader: Session | Connection,
    condition: ColumnElement[bool],
    *,
    out_before: datetime | None = None,
) -> list[OpenSignIn]:
    """Sign-ins that meet ``condition`` and have no sign-out (before ``out_before``), longest
    first."""
    signed_out = exists().where(SignOut.sign_in_id == SignIn.id)
    if out_before is not None:
        signed_out = signed_out.where(SignOut.created_at < out_before)
    rows = reader.execute(
        select(SignIn.id, SignIn.person_id, Person.name, SignIn.created_at, Person.tasks)
        .join(Person, Person.id == SignIn.person_id)
        .where(condition, ~signed_out)
        .order_by(SignIn.created_at)
    ).all()
    return [OpenSignIn(*row) for row in rows]


def close_sign_in(uow: UnitOfWork, actor: Actor, sign_in_id: UUID, ended_at: datetime) -> None:
    """The manager ends a sign-in left open (at the day close); flagged for the record."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        sign_in = tx.session.get(SignIn, sign_in_id)
        if sign_in is None or tx.session.scalar(
            select(exists().where(SignOut.sign_in_id == sign_in_id))
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Deze vrijwilliger is niet (meer) aangemeld.")
            )
        if not sign_in.created_at <= ended_at <= tx.now:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "De eindtijd moet na de aanmelding liggen en niet in de toekomst."
                )
            )
        tx.session.add(
            SignOut(
                centre_code=sign_in.centre_code,
                created_at=tx.now,
                sign_in_id=sign_in.id,
                person_id=sign_in.person_id,
                ended_at=ended_at,
                flagged=True,
                recorded_by=manager.id,
            )
        )


def signed_in_count(uow: UnitOfWork) -> int:
    """How many volunteers are signed in today and not out (the Huiskamer shows it)."""
    with uow.read() as tx:
        return int(
            tx.session.scalar(
                select(func.count())
                .select_from(SignIn)
                .where(
                    SignIn.local_day == place(tx, tx.now).day,
                    ~exists().where(SignOut.sign_in_id == SignIn.id),
                )
            )
            or 0
        )
