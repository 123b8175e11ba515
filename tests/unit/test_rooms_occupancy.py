"""Occupancy on a small case computed by hand, income per tariff class, calendar and free rooms."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from desk_app.errors import InvalidInput
from desk_app.models import BookingState, DayPartKey, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.rooms.booking_changes import book_internal, cancel_booking, confirm_booking
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.calendar import free_rooms, week_view
from desk_app.services.rooms.occupancy import occupancy
from desk_app.services.uow import UnitOfWork
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

M, A, E = DayPartKey.MORNING, DayPartKey.AFTERNOON, DayPartKey.EVENING


def test_occupancy_of_one_week_by_hand(uow: UnitOfWork, manager: Actor) -> None:
    hall, studio = make.room(uow, manager), make.room(uow, manager, "Atelier", 12)
    club = make.hirer(uow, manager)
    book_room(uow, manager, make.request(hall, club, day=MONDAY, part=E))
    book_room(uow, manager, make.request(hall, club, day=MONDAY + timedelta(days=1), part=M))
    wednesday = MONDAY + timedelta(days=2)  # 12:00-13:00 touches the morning and the afternoon
    book_room(uow, manager, make.request(hall, club, day=wednesday, starts=time(12), ends=time(13)))
    book_internal(uow, manager, make.request(hall, club, day=MONDAY + timedelta(days=5), part=A))
    report = occupancy(uow, MONDAY, MONDAY + timedelta(days=6))
    cells = {(c.room_name, c.part): (c.booked, c.open) for c in report.cells}
    # Weekdays open all three parts; the weekend (10:00-17:30) morning and afternoon only.
    assert cells == {
        ("Grote zaal", M): (2, 7),
        ("Grote zaal", A): (2, 7),
        ("Grote zaal", E): (1, 5),
        ("Atelier", M): (0, 7),
        ("Atelier", A): (0, 7),
        ("Atelier", E): (0, 5),
    }
    assert report.rate == pytest.approx(5 / 38)
    del studio


def test_income_per_tariff_and_value_given(uow: UnitOfWork, manager: Actor) -> None:
    hall = make.room(uow, manager)
    club = make.hirer(uow, manager)
    firm = make.hirer(uow, manager, "Bakkerij Brood BV", TariffClass.COMMERCIAL)
    book_room(uow, manager, make.request(hall, club, part=M))  # 50 social, worth 120
    book_room(uow, manager, make.request(hall, firm, part=A))  # 120 commercial
    book_internal(uow, manager, make.request(hall, club, part=E))  # free, worth 120
    late = book_room(uow, manager, make.request(hall, club, day=MONDAY - timedelta(days=3)))
    cancel_booking(uow, manager, late.id)  # fee 25
    report = occupancy(uow, MONDAY - timedelta(days=7), MONDAY + timedelta(days=6))
    assert report.income_cents == {
        TariffClass.SOCIAL: 5000 + 2500,
        TariffClass.COMMERCIAL: 12000,
        TariffClass.INTERNAL: 0,
    }
    assert report.given_value_cents == 7000 + 12000


def test_week_view_shows_live_bookings_by_part(uow: UnitOfWork, manager: Actor) -> None:
    hall = make.room(uow, manager)
    club = make.hirer(uow, manager)
    kept = book_room(uow, manager, make.request(hall, club, day=MONDAY + timedelta(days=2)))
    gone = book_room(uow, manager, make.request(hall, club, part=M))
    cancel_booking(uow, manager, gone.id)
    confirm_booking(uow, manager, kept.id)
    view = week_view(uow, MONDAY + timedelta(days=3))
    assert view.monday == MONDAY
    assert [r.name for r in view.rooms] == ["Grote zaal"]
    assert [(e.day, e.parts, e.state) for e in view.entries] == [
        (MONDAY + timedelta(days=2), (E,), BookingState.CONFIRMED)
    ]
    assert view.entries[0].hirer_name == "Biljartclub De Keu"


def test_find_a_free_room_for_a_group(uow: UnitOfWork, manager: Actor) -> None:
    hall, studio = make.room(uow, manager), make.room(uow, manager, "Atelier", 12)
    small = make.room(uow, manager, "Spreekkamer", 4)
    club = make.hirer(uow, manager)
    book_room(uow, manager, make.request(studio, club, part=E))
    assert [r.name for r in free_rooms(uow, MONDAY, E, None, 3)] == ["Spreekkamer", "Grote zaal"]
    assert [r.name for r in free_rooms(uow, MONDAY, None, (time(9), time(10)), 10)] == [
        "Atelier",
        "Grote zaal",
    ]
    assert free_rooms(uow, MONDAY, E, None, 41) == []
    with pytest.raises(InvalidInput, match="gesloten"):
        free_rooms(uow, MONDAY + timedelta(days=5), E, None, 3)
    with pytest.raises(InvalidInput, match="minstens 1"):
        free_rooms(uow, MONDAY, E, None, 0)
    del hall, small
