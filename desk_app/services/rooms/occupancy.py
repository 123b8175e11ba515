"""Occupancy and income of the rooms for a period, as the organisation reports them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Booking, BookingState, DayPartKey, Room
from desk_app.models import TariffClass as Tariff
from desk_app.services.rooms.hire_rules import HireCalendar, local_moment
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.roster import holidays


@dataclass(frozen=True)
class OccupancyCell:
    """Booked against open parts of the day, for one room and one part of the day."""

    room_id: UUID
    room_name: str
    part: DayPartKey
    booked: int
    open: int

    @property
    def rate(self) -> float:
        """The share of open parts that were booked (0 when never open)."""
        return self.booked / self.open if self.open else 0.0


@dataclass(frozen=True)
class OccupancyReport:
    """A period's occupancy per room and part, income per tariff class, and the value given."""

    first: date
    last: date
    cells: tuple[OccupancyCell, ...]
    income_cents: dict[Tariff, int]
    given_value_cents: int

    @property
    def rate(self) -> float:
        """Occupancy over every room and part."""
        open_parts = sum(cell.open for cell in self.cells)
        return sum(cell.booked for cell in self.cells) / open_parts if open_parts else 0.0


def open_parts(
    calendar: HireCalendar, first: date, last: date, closed: Collection[date] = ()
) -> dict[DayPartKey, set[date]]:
    """On which days of the period each part of the day is (at least partly) open.

    ``closed`` are the days the social manager closed the centre (Koningsdag): not open,
    whatever the opening hours of their weekday say.
    """
    result: dict[DayPartKey, set[date]] = {key: set() for key in calendar.day_parts}
    day = first
    while day <= last:
        hours = None if day in closed else calendar.opening_hours.get(day.weekday())
        for key, (starts, ends) in calendar.day_parts.items():
            if hours is not None and starts < hours[1] and hours[0] < ends:
                result[key].add(day)
        day += timedelta(days=1)
    return result


def occupancy(uow: UnitOfWork, first: date, last: date) -> OccupancyReport:
    """Count booked parts of the day per room against the parts the centre was open."""
    with uow.read() as tx:
        return occupancy_in(tx.session, first, last)


def occupancy_in(session: Session, first: date, last: date) -> OccupancyReport:
    """:func:`occupancy` inside the caller's session (the yearly facts use it)."""
    calendar = HireCalendar.load(session)
    rooms = session.execute(
        select(Room.id, Room.name).where(Room.active).order_by(Room.capacity.desc())
    ).all()
    bookings = session.scalars(
        select(Booking).where(
            Booking.starts_at >= local_moment(first, time(0)),
            Booking.starts_at < local_moment(last + timedelta(days=1), time(0)),
        )
    ).all()
    opened = open_parts(calendar, first, last, holidays(session, first, last))
    booked, income, given = _tally(calendar, opened, bookings)
    per_cell = Counter((room_id, part) for room_id, _day, part in booked)
    cells = tuple(
        OccupancyCell(room_id, name, part, per_cell[room_id, part], len(opened[part]))
        for room_id, name in rooms
        for part in calendar.day_parts
    )
    return OccupancyReport(first, last, cells, income, given)


def _tally(
    calendar: HireCalendar, opened: dict[DayPartKey, set[date]], bookings: Sequence[Booking]
) -> tuple[set[tuple[UUID, date, DayPartKey]], dict[Tariff, int], int]:
    """Booked (room, day, part) triples, income per tariff class, and the value given away."""
    booked: set[tuple[UUID, date, DayPartKey]] = set()
    income = dict.fromkeys(Tariff, 0)
    given = 0
    for b in bookings:
        if b.state is BookingState.CANCELLED:
            income[b.tariff_class] += b.cancellation_fee_cents
            continue
        income[b.tariff_class] += b.price_cents
        given += max(0, b.commercial_cents - b.price_cents)
        day = local_day(b)
        booked.update(
            (b.room_id, day, part)
            for part in calendar.parts_touched(b.starts_at, b.ends_at)
            if day in opened[part]
        )
    return booked, income, given


def local_day(booking: Booking) -> date:
    """The Dutch calendar day a booking starts on."""
    return booking.starts_at.astimezone(LOCAL_ZONE).date()
