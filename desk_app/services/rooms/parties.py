"""Private parties with alcohol: the bylaw's yearly maximum, and the year's parties to list.

The municipality's paracommercial bylaw caps the private parties with alcohol (weddings,
birthdays) a centre may hold in a calendar year; the cap is a setting (default 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Booking, BookingState, Hirer, Role, Room
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.hire_rules import local_moment
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.uow import UnitOfWork

KEY = "rooms.private_parties_per_year"
DEFAULT_PARTIES_PER_YEAR = 4
MAX_PARTIES_PER_YEAR = 365


@dataclass(frozen=True)
class PrivateParty:
    """A private party with alcohol, as the alcohol register lists it."""

    starts_at: datetime
    ends_at: datetime
    room_name: str
    hirer_name: str
    description: str


def parties_per_year(session: Session) -> int:
    """The municipality's yearly maximum of private parties with alcohol."""
    return int(read_setting(session, KEY, DEFAULT_PARTIES_PER_YEAR))


def party_limit(uow: UnitOfWork) -> int:
    """The yearly maximum as stored, for the rooms' settings."""
    with uow.read() as tx:
        return parties_per_year(tx.session)


def save_parties_per_year(uow: UnitOfWork, actor: Actor, limit: int) -> None:
    """The manager sets the municipality's maximum; audited."""
    if not 0 <= limit <= MAX_PARTIES_PER_YEAR:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het maximum aantal feesten ligt tussen 0 en 365.")
        )
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        before = parties_per_year(tx.session)
        write_setting(tx.session, KEY, limit)
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=person,
            action="rooms.parties_per_year",
            subject="besloten feesten",
            at=tx.now,
            before=before,
            after=limit,
        )


def _in_year(year: int) -> ColumnElement[bool]:
    """Private parties not cancelled that start in the calendar year ``year``."""
    return and_(
        Booking.private_party,
        Booking.state != BookingState.CANCELLED,
        Booking.starts_at >= local_moment(date(year, 1, 1), time(0)),
        Booking.starts_at < local_moment(date(year + 1, 1, 1), time(0)),
    )


def check_party_cap(session: Session, booking: Booking, day: date) -> None:
    """Refuse a private party that would pass the year's maximum, saying how many there are.

    Called with the new booking flushed, so a series counts each of its own dates too.
    """
    if not booking.private_party:
        return
    count = session.scalar(select(func.count(Booking.id)).where(_in_year(day.year))) or 0
    limit = parties_per_year(session)
    if count > limit:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "In {year} mogen hoogstens {limit} besloten feesten met alcohol worden "
                "gehouden; er zijn er al {count} geboekt.",
            ),
            year=str(day.year),
            limit=limit,
            count=count - 1,
        )


def private_parties(uow: UnitOfWork, year: int) -> list[PrivateParty]:
    """The year's private parties with alcohol that are not cancelled, in date order."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(Booking, Room.name, Hirer.name)
            .join(Room, Room.id == Booking.room_id)
            .join(Hirer, Hirer.id == Booking.hirer_id)
            .where(_in_year(year))
            .order_by(Booking.starts_at)
        ).all()
        return [
            PrivateParty(b.starts_at, b.ends_at, room, hirer, b.description)
            for b, room, hirer in rows
        ]
