"""Room-hire guests at the desk: today's bookings to check guests in for, and who is in per room."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desk_app.formatting import format_local
from desk_app.models import Booking, BookingState, Checkout, Hirer, Purpose, Room, Visit
from desk_app.services.rooms.hire_rules import local_moment
from desk_app.services.uow import UnitOfWork


def bookings_today(uow: UnitOfWork, day: date) -> list[tuple[UUID, str]]:
    """Today's live bookings as (booking id, "18:00 Grote zaal – Koor Zanglust")."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(Booking.id, Booking.starts_at, Room.name, Hirer.name)
            .join(Room, Room.id == Booking.room_id)
            .join(Hirer, Hirer.id == Booking.hirer_id)
            .where(
                Booking.starts_at >= local_moment(day, time(0)),
                Booking.starts_at < local_moment(day + timedelta(days=1), time(0)),
                Booking.state != BookingState.CANCELLED,
            )
            .order_by(Booking.starts_at)
        ).all()
    return [(bid, f"{format_local(at, 'HH:mm')} {room} – {hirer}") for bid, at, room, hirer in rows]


def guests_per_room(session: Session, day: date) -> dict[str, int]:
    """Room-hire guests checked in today for a booking and not checked out, per room."""
    rows = session.execute(
        select(Room.name, func.sum(Visit.visitors))
        .join(Booking, Booking.id == Visit.purpose_ref)
        .join(Room, Room.id == Booking.room_id)
        .where(Visit.local_day == day, Visit.purpose == Purpose.ROOM_HIRE)
        .where(~exists().where(Checkout.visit_id == Visit.id))
        .group_by(Room.name)
    ).all()
    counted = Counter({str(name): int(number or 0) for name, number in rows})
    return {name: number for name, number in counted.items() if number > 0}


@dataclass(frozen=True)
class BookingOfDay:
    """A booking on the day closed, with the guests the desk checked in for it."""

    room: str
    hirer: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    guests: int

    @property
    def no_guests_seen(self) -> bool:
        """Held but nobody checked in for it: possibly a no-show."""
        return not self.cancelled and self.guests == 0


def bookings_of_day(session: Session, day: date) -> list[BookingOfDay]:
    """Every booking starting on ``day``, cancelled ones included, in time order."""
    guests = (
        select(func.coalesce(func.sum(Visit.visitors), 0))
        .where(Visit.purpose == Purpose.ROOM_HIRE, Visit.purpose_ref == Booking.id)
        .correlate(Booking)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Room.name, Hirer.name, Booking.starts_at, Booking.ends_at, Booking.state, guests)
        .join(Room, Room.id == Booking.room_id)
        .join(Hirer, Hirer.id == Booking.hirer_id)
        .where(
            Booking.starts_at >= local_moment(day, time(0)),
            Booking.starts_at < local_moment(day + timedelta(days=1), time(0)),
        )
        .order_by(Booking.starts_at, Room.name)
    ).all()
    return [
        BookingOfDay(room, hirer, starts, ends, state is BookingState.CANCELLED, int(count))
        for room, hirer, starts, ends, state, count in rows
    ]
