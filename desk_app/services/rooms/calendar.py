"""The week calendar of the rooms, and finding a free room for a group at a given time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Booking, BookingState, DayPartKey, Hirer, Room
from desk_app.services.rooms.hire_rules import HireCalendar, TimeSpan, local_moment
from desk_app.services.rooms.rates import RoomInfo
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class CalendarEntry:
    """A live booking as one block in the week view, with the parts of the day it covers."""

    booking_id: UUID
    room_id: UUID
    day: date
    parts: tuple[DayPartKey, ...]
    starts: time
    ends: time
    hirer_name: str
    state: BookingState
    people: int
    description: str


@dataclass(frozen=True)
class WeekView:
    """Rooms by days and parts of the day for the week that holds the asked date."""

    monday: date
    rooms: tuple[RoomInfo, ...]
    day_parts: dict[DayPartKey, TimeSpan]
    opening_hours: dict[int, TimeSpan]
    entries: tuple[CalendarEntry, ...]

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.monday + timedelta(days=n) for n in range(7))


def week_view(uow: UnitOfWork, any_day: date) -> WeekView:
    """One query for the rooms, one for the week's live bookings with their hirers' names."""
    monday = any_day - timedelta(days=any_day.weekday())
    first, after = local_moment(monday, time(0)), local_moment(monday + timedelta(days=7), time(0))
    with uow.read() as tx:
        calendar = HireCalendar.load(tx.session)
        rooms = tuple(
            RoomInfo(r.id, r.name, r.capacity, r.facilities)
            for r in tx.session.scalars(
                select(Room).where(Room.active).order_by(Room.capacity.desc(), Room.name)
            )
        )
        rows = tx.session.execute(
            select(Booking, Hirer.name)
            .join(Hirer, Hirer.id == Booking.hirer_id)
            .where(
                Booking.starts_at >= first,
                Booking.starts_at < after,
                Booking.state != BookingState.CANCELLED,
            )
            .order_by(Booking.starts_at)
        ).all()
        entries = tuple(_entry(calendar, booking, name) for booking, name in rows)
    return WeekView(monday, rooms, calendar.day_parts, calendar.opening_hours, entries)


def _entry(calendar: HireCalendar, booking: Booking, hirer_name: str) -> CalendarEntry:
    starts, ends = booking.starts_at.astimezone(LOCAL_ZONE), booking.ends_at.astimezone(LOCAL_ZONE)
    return CalendarEntry(
        booking_id=booking.id,
        room_id=booking.room_id,
        day=starts.date(),
        parts=tuple(calendar.parts_touched(booking.starts_at, booking.ends_at)),
        starts=starts.time(),
        ends=ends.time(),
        hirer_name=hirer_name,
        state=booking.state,
        people=booking.people,
        description=booking.description,
    )


def free_rooms(
    uow: UnitOfWork, day: date, part: DayPartKey | None, span: TimeSpan | None, people: int
) -> list[RoomInfo]:
    """Rooms that hold ``people`` and are free then, smallest first."""
    if people < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Vul het aantal personen in (minstens 1)."))
    starts, ends = span if span is not None else (None, None)
    with uow.read() as tx:
        starts_at, ends_at = HireCalendar.load(tx.session).span(day, part, starts, ends)
        taken = select(Booking.room_id).where(
            Booking.state != BookingState.CANCELLED,
            Booking.starts_at < ends_at,
            Booking.ends_at > starts_at,
        )
        rooms = tx.session.scalars(
            select(Room)
            .where(Room.active, Room.capacity >= people, Room.id.not_in(taken))
            .order_by(Room.capacity, Room.name)
        )
        return [RoomInfo(r.id, r.name, r.capacity, r.facilities) for r in rooms]


def day_part_times(uow: UnitOfWork) -> dict[DayPartKey, TimeSpan]:
    """The centre's own parts of the day and their times, for a form to show."""
    with uow.read() as tx:
        return {span.key: (span.starts, span.ends) for span in tx.day_parts()}
