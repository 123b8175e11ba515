"""Recurring bookings: weekly, fortnightly or monthly, until a date or N times, minus skips."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, DeskError, InvalidInput, Text
from desk_app.models import Booking, Role
from desk_app.models.types import new_id
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.bookings import (
    BookingInfo,
    BookingRequest,
    Planner,
    booking_info,
    clash_error,
)
from desk_app.services.rooms.hire_rules import clashes, live_bookings, local_moment
from desk_app.services.uow import UnitOfWork

MAX_SERIES_DAYS = 2 * 366
MAX_SERIES_TIMES = 104  # two years of weeks


class Repeat(enum.StrEnum):
    """How often a series comes back; monthly keeps the weekday (the second Tuesday...)."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class SeriesRequest:
    """A booking request that repeats from ``first.day``, skipping some dates.

    It ends on ``until`` or after ``times`` dates (skipped dates count: "10 keer" with two
    skipped books eight); exactly one of the two is given.
    """

    first: BookingRequest
    repeat: Repeat
    until: date | None
    skip: frozenset[date] = field(default_factory=frozenset)
    times: int | None = None


@dataclass(frozen=True)
class SeriesConflict:
    """One date of a series that cannot be booked, and why (a text the screen translates)."""

    day: date
    why: Text

    @property
    def reason(self) -> str:
        """Why, in Dutch."""
        return self.why.message


@dataclass(frozen=True)
class SeriesPlan:
    """The dates a series would book, and the dates that cannot be booked."""

    days: tuple[date, ...]
    conflicts: tuple[SeriesConflict, ...]


class SeriesConflicts(InvalidInput):
    """A series was refused because some dates are taken or closed; the desk chooses what next."""

    def __init__(self, conflicts: tuple[SeriesConflict, ...]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Op {count} datum(s) kan de zaal niet worden geboekt: {days}. "
                "Sla die data over of kies een andere zaal.",
            ),
            count=len(conflicts),
            days=", ".join(c.day.strftime("%d-%m-%Y") for c in conflicts),
        )
        self.conflicts = conflicts


def series_days(request: SeriesRequest) -> list[date]:
    """The dates of a series, exceptions left out."""
    return [day for day in all_series_days(request) if day not in request.skip]


def all_series_days(request: SeriesRequest) -> list[date]:
    """Every date of a series, the skipped ones included."""
    first, end = request.first.day, _series_end(request)
    start = datetime.combine(first, datetime.min.time())
    if request.repeat is Repeat.MONTHLY:
        nth = (first.day - 1) // 7 + 1
        nth = -1 if nth == 5 else nth  # the 29th-31st: the month's last such weekday, every month
        rule = rrule(MONTHLY, dtstart=start, byweekday=weekday(first.weekday(), nth), **end)
    else:
        interval = 2 if request.repeat is Repeat.FORTNIGHTLY else 1
        rule = rrule(WEEKLY, dtstart=start, interval=interval, **end)
    days = [moment.date() for moment in rule]
    if days and (days[-1] - first).days > MAX_SERIES_DAYS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een reeks loopt hoogstens twee jaar."))
    return days


def skipped_days(request: SeriesRequest) -> list[date]:
    """The dates of a series left out on purpose, in order."""
    return [day for day in all_series_days(request) if day in request.skip]


def _series_end(request: SeriesRequest) -> dict[str, Any]:
    """The rrule's end: a date or a count, checked."""
    if (request.until is None) == (request.times is None):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Kies een einddatum of een aantal keer voor de reeks.")
        )
    if request.times is not None:
        if not 1 <= request.times <= MAX_SERIES_TIMES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Een reeks telt 1 tot {most} keer."),
                most=MAX_SERIES_TIMES,
            )
        return {"count": request.times}
    assert request.until is not None
    if request.until < request.first.day:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De einddatum van de reeks ligt voor de eerste datum.")
        )
    if (request.until - request.first.day).days > MAX_SERIES_DAYS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een reeks loopt hoogstens twee jaar."))
    return {"until": datetime.combine(request.until, datetime.min.time())}


def check_series(uow: UnitOfWork, request: SeriesRequest) -> SeriesPlan:
    """Every date checked before anything is saved: which are free, which are not and why."""
    with uow.read() as tx:
        days, conflicts, _ = _plan(tx.session, Planner.load(tx, request.first), request)
    return SeriesPlan(tuple(days), tuple(conflicts))


def book_series(uow: UnitOfWork, actor: Actor, request: SeriesRequest) -> list[BookingInfo]:
    """Book every date of a series in one transaction, or none if any date has a conflict."""
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        planner = Planner.load(tx, request.first)
        _days, conflicts, bookings = _plan(tx.session, planner, request)
        if conflicts:
            raise SeriesConflicts(tuple(conflicts))
        for booking in bookings:
            planner.add(booking)
        return [booking_info(tx.session, booking) for booking in bookings]


def _plan(
    session: Session, planner: Planner, request: SeriesRequest
) -> tuple[list[date], list[SeriesConflict], list[Booking]]:
    days = series_days(request)
    if not days:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "De reeks bevat geen enkele datum."))
    existing = live_bookings(
        session, planner.room.id, _start_of(days[0]), _start_of(days[-1] + timedelta(days=1))
    )
    series_id = new_id()
    conflicts: list[SeriesConflict] = []
    bookings: list[Booking] = []
    for day in days:
        try:
            booking = planner.booking_on(day, series_id)
        except DeskError as error:
            conflicts.append(SeriesConflict(day, error.text))
            continue
        taken = clashes(existing, booking.starts_at, booking.ends_at)
        if taken:
            conflicts.append(SeriesConflict(day, _taken_reason(session, planner, taken[0])))
        else:
            bookings.append(booking)
    return days, conflicts, bookings


def _start_of(day: date) -> datetime:
    return local_moment(day, time(0))


def _taken_reason(session: Session, planner: Planner, other: Booking) -> Text:
    return clash_error(session, planner.room, other).text
