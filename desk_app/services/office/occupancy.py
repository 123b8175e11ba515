"""Booked and open parts of the day from the synced tables of any number of centres.

The rule is room hire's own (``services.rooms.occupancy``): a room's part of the day counts as
open on each day the centre's opening hours touch it, except the days the centre was closed
(its roster holidays), and as booked when a booking that is not cancelled touches it. The
central facts and the office's reports both count with it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, Select, Table, select

from desk_app.central.schema import MIRRORS
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import DayPartKey
from desk_app.services.rooms.hire_rules import HireCalendar, local_moment
from desk_app.services.rooms.occupancy import open_parts

_room = MIRRORS["room"]
_booking = MIRRORS["booking"]
_day_part = MIRRORS["day_part"]
_hours = MIRRORS["opening_hours"]
_holiday = MIRRORS["roster_holiday"]


@dataclass
class _Centre:
    """One centre's calendar, active rooms and live bookings of the period."""

    parts: dict[DayPartKey, tuple[time, time]] = field(default_factory=dict)
    hours: dict[int, tuple[time, time]] = field(default_factory=dict)
    rooms: set[UUID] = field(default_factory=set)
    closed: set[date] = field(default_factory=set)
    bookings: list[tuple[UUID, datetime, datetime]] = field(default_factory=list)

    def booked_and_open(self, first: date, last: date) -> tuple[int, int]:
        """Booked (room, day, part) cells and open ones over the centre's active rooms."""
        calendar = HireCalendar(self.parts, self.hours)
        opened = open_parts(calendar, first, last, self.closed)
        booked = {
            (room_id, day, part)
            for room_id, starts_at, ends_at in self.bookings
            if room_id in self.rooms
            for day in (starts_at.astimezone(LOCAL_ZONE).date(),)
            for part in calendar.parts_touched(starts_at, ends_at)
            if day in opened[part]
        }
        return len(booked), len(self.rooms) * sum(len(days) for days in opened.values())


def booked_and_open(
    connection: Connection, first: date, last: date, centre: str | None = None
) -> dict[str, tuple[int, int]]:
    """Per centre: booked and open (room, day, part) cells from ``first`` to ``last``."""
    loaded = _load(connection, centre, first, last)
    return {code: loaded[code].booked_and_open(first, last) for code in sorted(loaded)}


def _load(
    connection: Connection, centre: str | None, first: date, last: date
) -> dict[str, _Centre]:
    """Each centre's parts of the day, opening hours, closed days, active rooms, live bookings."""
    centres: dict[str, _Centre] = defaultdict(_Centre)
    parts = select(_day_part.c.centre_code, _day_part.c.key, _day_part.c.starts, _day_part.c.ends)
    for code, key, starts, ends in connection.execute(_only(parts, _day_part, centre)):
        centres[code].parts[DayPartKey(key)] = (starts, ends)
    hours = _only(
        select(_hours.c.centre_code, _hours.c.weekday, _hours.c.opens, _hours.c.closes).where(
            _hours.c.is_open.is_(True)
        ),
        _hours,
        centre,
    )
    for code, weekday, opens, closes in connection.execute(hours):
        centres[code].hours[int(weekday)] = (opens, closes)
    closed = select(_holiday.c.centre_code, _holiday.c.day).where(
        _holiday.c.active.is_(True), _holiday.c.day.between(first, last)
    )
    for code, day in connection.execute(_only(closed, _holiday, centre)):
        centres[code].closed.add(day)
    rooms = select(_room.c.centre_code, _room.c.id).where(_room.c.active.is_(True))
    for code, room_id in connection.execute(_only(rooms, _room, centre)):
        centres[code].rooms.add(room_id)
    bookings = select(
        _booking.c.centre_code, _booking.c.room_id, _booking.c.starts_at, _booking.c.ends_at
    ).where(
        _booking.c.state != "cancelled",
        _booking.c.starts_at >= local_moment(first, time(0)),
        _booking.c.starts_at < local_moment(last + timedelta(days=1), time(0)),
    )
    for code, room_id, starts_at, ends_at in connection.execute(_only(bookings, _booking, centre)):
        centres[code].bookings.append((room_id, starts_at, ends_at))
    return centres


def _only(query: Select[Any], table: Table, centre: str | None) -> Select[Any]:
    """The query for the one centre asked for, or for all."""
    return query.where(table.c.centre_code == centre) if centre else query
