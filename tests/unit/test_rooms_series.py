"""Recurring bookings: dates, exceptions, conflicts listed before anything is saved."""

from __future__ import annotations

from datetime import date, time, timedelta
from uuid import UUID, uuid4

import pytest
from sqlalchemy import func, select

from desk_app.errors import InvalidInput
from desk_app.models import Booking, DayPartKey
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.series import (
    Repeat,
    SeriesConflicts,
    SeriesRequest,
    book_series,
    check_series,
    series_days,
    skipped_days,
)
from desk_app.services.uow import UnitOfWork
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY


def _count(uow: UnitOfWork) -> int:
    with uow.read() as tx:
        return tx.session.scalar(select(func.count()).select_from(Booking)) or 0


def _series(room_id: UUID, hirer_id: UUID, **changes: object) -> SeriesRequest:
    first = make.request(room_id, hirer_id)
    values: dict[str, object] = {"first": first, "repeat": Repeat.WEEKLY, "until": date(2026, 6, 1)}
    values.update(changes)
    return SeriesRequest(**values)  # type: ignore[arg-type]


def test_weekly_fortnightly_and_monthly_dates() -> None:
    first = make.request(uuid4(), uuid4())
    weekly = SeriesRequest(first, Repeat.WEEKLY, date(2026, 4, 6))
    assert series_days(weekly) == [MONDAY + timedelta(weeks=n) for n in range(5)]
    fortnightly = SeriesRequest(first, Repeat.FORTNIGHTLY, date(2026, 4, 6))
    assert series_days(fortnightly) == [MONDAY, date(2026, 3, 23), date(2026, 4, 6)]
    monthly = SeriesRequest(first, Repeat.MONTHLY, date(2026, 6, 30))  # the second Monday
    assert series_days(monthly) == [MONDAY, date(2026, 4, 13), date(2026, 5, 11), date(2026, 6, 8)]


def test_a_monthly_series_from_a_fifth_weekday_takes_every_months_last() -> None:
    first = make.request(uuid4(), uuid4(), day=date(2026, 3, 30))  # the fifth, and last, Monday
    monthly = SeriesRequest(first, Repeat.MONTHLY, date(2026, 7, 31))
    assert series_days(monthly) == [
        date(2026, 3, 30),
        date(2026, 4, 27),
        date(2026, 5, 25),
        date(2026, 6, 29),
        date(2026, 7, 27),
    ]


def test_a_series_of_n_times_counts_its_skipped_dates() -> None:
    first = make.request(uuid4(), uuid4())
    skip = frozenset({MONDAY + timedelta(weeks=2), MONDAY + timedelta(weeks=5)})
    ten = SeriesRequest(first, Repeat.WEEKLY, None, skip, times=10)
    assert len(series_days(ten)) == 8
    assert series_days(ten)[-1] == MONDAY + timedelta(weeks=9)
    assert skipped_days(ten) == sorted(skip)
    fortnightly = SeriesRequest(first, Repeat.FORTNIGHTLY, None, times=3)
    assert series_days(fortnightly) == [MONDAY, date(2026, 3, 23), date(2026, 4, 6)]


def test_a_series_needs_one_end(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    with pytest.raises(InvalidInput, match="einddatum of een aantal keer"):
        book_series(uow, manager, _series(room_id, hirer_id, until=None))
    with pytest.raises(InvalidInput, match="einddatum of een aantal keer"):
        book_series(uow, manager, _series(room_id, hirer_id, times=4))
    with pytest.raises(InvalidInput, match="1 tot 104 keer"):
        book_series(uow, manager, _series(room_id, hirer_id, until=None, times=0))
    assert len(book_series(uow, manager, _series(room_id, hirer_id, until=None, times=4))) == 4


def test_exceptions_are_skipped(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    spring_holiday = frozenset(date(2026, 4, 27) + timedelta(days=n) for n in range(7))
    request = _series(room_id, hirer_id, skip=spring_holiday | {date(2026, 3, 16)})
    booked = book_series(uow, manager, request)
    days = [b.starts_at.date() for b in booked]
    assert date(2026, 3, 16) not in days
    assert date(2026, 4, 27) not in days
    assert len(days) == 13 - 2
    assert len({b.series_id for b in booked}) == 1


def test_a_conflict_is_listed_and_nothing_is_saved(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    other = make.hirer(uow, manager, "Familie Yilmaz")
    taken = date(2026, 4, 13)
    book_room(uow, manager, make.request(room_id, other, day=taken, starts=time(20), ends=time(22)))
    before = _count(uow)
    plan = check_series(uow, _series(room_id, hirer_id))
    assert [c.day for c in plan.conflicts] == [taken]
    assert "Familie Yilmaz" in plan.conflicts[0].reason
    assert len(plan.days) == 13
    with pytest.raises(SeriesConflicts) as refused:
        book_series(uow, manager, _series(room_id, hirer_id))
    assert [c.day for c in refused.value.conflicts] == [taken]
    assert "13-04-2026" in refused.value.message
    assert _count(uow) == before
    booked = book_series(uow, manager, _series(room_id, hirer_id, skip=frozenset({taken})))
    assert len(booked) == 12


def test_a_single_booking_is_refused_against_a_series(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    book_series(uow, manager, _series(room_id, hirer_id))
    other = make.hirer(uow, manager, "Familie Yilmaz")
    with pytest.raises(InvalidInput, match="al geboekt door Biljartclub"):
        book_room(uow, manager, make.request(room_id, other, day=date(2026, 5, 4)))


def test_closed_days_are_conflicts_too(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    first = make.request(room_id, hirer_id, day=date(2026, 3, 14), part=DayPartKey.EVENING)
    plan = check_series(uow, SeriesRequest(first, Repeat.WEEKLY, date(2026, 3, 28)))
    assert len(plan.conflicts) == 3
    assert "gesloten" in plan.conflicts[0].reason


def test_until_before_the_first_date_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    with pytest.raises(InvalidInput, match="einddatum"):
        book_series(uow, manager, _series(room_id, hirer_id, until=date(2026, 3, 1)))
    assert _count(uow) == 0
