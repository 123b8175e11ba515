"""Room-hire figures: the week calendar of a year of bookings, and a 52-week series saved."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from desk_app.bootstrap import open_desk
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.models import DayPartKey, Hirer, Person, Role, Room, TariffClass
from desk_app.paths import DataFolder
from desk_app.services.auth import authenticate
from desk_app.services.rooms.bookings import BookingRequest
from desk_app.services.rooms.series import Repeat, SeriesRequest, book_series
from desk_app.services.uow import UnitOfWork
from tests.bench.harness import Figure, p95, time_each

WEEKS = 52


def bare_week_query_ms(database: Path, monday: date) -> float:
    """A plain sqlite3 select of one week's bookings with their hirers' names (best of 20)."""
    connection = sqlite3.connect(database)
    sql = (
        "SELECT b.*, h.name FROM booking b JOIN hirer h ON h.id = b.hirer_id "
        "WHERE b.starts_at >= ? AND b.starts_at < ? AND b.state != 'cancelled'"
    )
    span = (f"{monday} 00:00:00", f"{monday + timedelta(days=7)} 00:00:00")
    samples = time_each(lambda: connection.execute(sql, span).fetchall(), 20)
    connection.close()
    return min(samples)


def bare_series_ms(folder: Path) -> float:
    """52 check-then-insert statements in one BEGIN IMMEDIATE transaction, plain sqlite3."""
    connection = sqlite3.connect(folder / "series.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, room INT, s TEXT, e TEXT)")
    connection.execute("CREATE INDEX ix ON b (room, s, e)")
    samples = []
    for room in range(5):
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        for week in range(WEEKS):
            s, e = f"2030-01-{week:02d} 18", f"2030-01-{week:02d} 22"
            connection.execute("SELECT 1 FROM b WHERE room=? AND s<? AND e>?", (room, e, s))
            connection.execute("INSERT INTO b (room, s, e) VALUES (?, ?, ?)", (room, s, e))
        connection.execute("COMMIT")
        samples.append((time.perf_counter() - start) * 1000)
    connection.close()
    return min(samples)


def week_calendar_ms(uow: UnitOfWork, monday: date) -> list[float]:
    """Opening the calendar page's week widget on a week of the demo year, in Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt only for this figure

    from desk_app.ui.rooms.week_calendar import WeekCalendar  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    samples = []
    for _ in range(30):
        start = time.perf_counter()
        calendar = WeekCalendar(uow)
        calendar.go_to(monday)
        calendar.show()
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        # Gone before the next one: calendars left open would each be painted again.
        calendar.close()
        calendar.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return samples


def series_ms(uow: UnitOfWork, first: date) -> list[float]:
    """A weekly series of 52 evenings checked and saved, once for each of five rooms."""
    with uow.read() as tx:
        manager_id = tx.session.scalars(select(Person.id).where(Person.role == Role.MANAGER)).one()
        rooms = list(tx.session.scalars(select(Room.id).order_by(Room.name)))[:5]
        hirer = tx.session.scalars(
            select(Hirer.id).where(Hirer.tariff_class == TariffClass.SOCIAL)
        ).first()
    assert hirer is not None
    actor = authenticate(uow, manager_id, DEMO_MANAGER[1])
    samples = []
    for room in rooms:
        request = BookingRequest(room, hirer, first, DayPartKey.EVENING, people=1)
        series = SeriesRequest(request, Repeat.WEEKLY, first + timedelta(weeks=WEEKS - 1))
        start = time.perf_counter()
        booked = book_series(uow, actor, series)
        samples.append((time.perf_counter() - start) * 1000)
        assert len(booked) == WEEKS
    return samples


def figures(demo_folder: Path) -> list[Figure]:
    """Room hire's figures against bare SQLite baselines measured in this process."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "demo"
        shutil.copytree(demo_folder, copy)
        desk = open_desk(DataFolder(copy))
        today = desk.uow.now().date()
        monday = today - timedelta(days=today.weekday() + 7 * 20)  # a busy week of the year
        calendar = week_calendar_ms(desk.uow, monday)
        bare_week = bare_week_query_ms(copy / "desk.sqlite3", monday)
        first = today + timedelta(days=120 - today.weekday())  # a Monday past the demo's series
        series = series_ms(desk.uow, first)
        desk.close()
        bare_series = bare_series_ms(Path(scratch))
    return [
        Figure(
            "week calendar opens, year of bookings (p95 ms)",
            p95(calendar),
            "ms",
            "bare SQLite select of the week",
            bare_week,
            "< 200 ms absolute",
        ),
        Figure(
            "52-week series checked and saved (max ms)",
            max(series),
            "ms",
            "bare SQLite 52 check+insert, 1 commit",
            bare_series,
            "< 300 ms absolute",
        ),
    ]
