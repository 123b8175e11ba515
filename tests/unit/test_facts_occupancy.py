"""Occupancy from the synced tables (the central figure) follows room hire's own rule."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.facts import occupancy as synced
from desk_app.facts import queries
from desk_app.facts.registry import Period
from desk_app.models import DayPartKey
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.rooms.booking_changes import book_internal, cancel_booking
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.occupancy import occupancy
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.roster_plan import set_holiday
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

M, A, E = DayPartKey.MORNING, DayPartKey.AFTERNOON, DayPartKey.EVENING


def test_the_week_computed_by_hand_from_the_synced_tables(uow: UnitOfWork, manager: Actor) -> None:
    hall, _studio = make.room(uow, manager), make.room(uow, manager, "Atelier", 12)
    club = make.hirer(uow, manager)
    book_room(uow, manager, make.request(hall, club, day=MONDAY, part=E))
    book_room(uow, manager, make.request(hall, club, day=MONDAY + timedelta(days=1), part=M))
    wednesday = MONDAY + timedelta(days=2)  # 12:00-13:00 touches the morning and the afternoon
    book_room(uow, manager, make.request(hall, club, day=wednesday, starts=time(12), ends=time(13)))
    book_internal(uow, manager, make.request(hall, club, day=MONDAY + timedelta(days=5), part=A))
    gone = book_room(uow, manager, make.request(hall, club, day=MONDAY + timedelta(days=3)))
    cancel_booking(uow, manager, gone.id)  # cancelled: not booked
    last = MONDAY + timedelta(days=6)
    with uow.read() as tx:
        counts = synced.booked_and_open(tx.connection, MONDAY, last)
        assert synced.booked_and_open(tx.connection, MONDAY, last, "WES") == {}
    assert counts == {"MEE": (5, 38)}
    assert occupancy(uow, MONDAY, last).rate == 5 / 38


def test_a_day_the_centre_is_closed_is_not_open_either_way(uow: UnitOfWork, manager: Actor) -> None:
    hall, _studio = make.room(uow, manager), make.room(uow, manager, "Atelier", 12)
    club = make.hirer(uow, manager)
    book_room(uow, manager, make.request(hall, club, day=MONDAY, part=E))
    wednesday = MONDAY + timedelta(days=2)
    book_room(uow, manager, make.request(hall, club, day=wednesday, part=M))
    set_holiday(uow, manager, wednesday, "Buurtfeest elders")
    last = MONDAY + timedelta(days=6)
    report = occupancy(uow, MONDAY, last)
    cells = {(c.room_name, c.part): (c.booked, c.open) for c in report.cells}
    # The week's 38 open cells less Wednesday's three parts in both rooms; its booking too.
    assert cells[("Grote zaal", M)] == (0, 6)
    assert cells[("Atelier", E)] == (0, 4)
    with uow.read() as tx:
        assert synced.booked_and_open(tx.connection, MONDAY, last) == {"MEE": (1, 32)}
    assert report.rate == 1 / 32


def test_the_demo_centre_gives_the_same_figure_both_ways(tmp_path: Path) -> None:
    desk = open_desk(DataFolder(tmp_path))
    try:
        generate(desk.uow, DemoOptions(days=40, seed=4, centre="Westend", end=date(2026, 2, 20)))
        with desk.uow.read() as tx:
            local = queries.occupancy_pct(tx.connection, Period(2026))
            central = synced.occupancy_pct(tx.connection, Period(2026))
            only = synced.occupancy_pct(tx.connection, Period(2026, "WES"))
            none = synced.occupancy_pct(tx.connection, Period(2026, "ALM"))
            future = synced.occupancy_pct(tx.connection, Period(2999))
    finally:
        desk.close()
    assert local.total is not None
    assert local.total > 0
    assert central == local == only
    assert (none.per_centre, none.total) == ({}, 0.0)
    assert (future.per_centre, future.total) == ({}, None)
