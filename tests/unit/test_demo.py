"""The demo centre: realistic contents, and the same database for the same seed."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from desk_app.bootstrap import open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.formatting import LOCAL_ZONE, to_local
from desk_app.models.base import Base
from desk_app.paths import DataFolder
from desk_app.services.living_room.presence import visitors_in
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.duty import open_sign_ins

OPTIONS = DemoOptions(days=14, seed=7, centre="Westend", end=date(2026, 6, 30))


def _demo_digest(folder: Path, options: DemoOptions) -> tuple[str, dict[str, int]]:
    desk = open_desk(DataFolder(folder))
    made = generate(desk.uow, options)
    desk.close()
    digest = hashlib.sha256()
    with sqlite3.connect(folder / "desk.sqlite3") as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                "('local_identity', 'change_log', 'sqlite_sequence') ORDER BY name"
            )
        ]
        for table in tables:
            rows = connection.execute(f"SELECT * FROM {table}")
            for text in sorted(repr(row) for row in rows):
                digest.update(text.encode())
    connection.close()
    return digest.hexdigest(), made


def test_same_seed_same_database(tmp_path: Path) -> None:
    first, made = _demo_digest(tmp_path / "a", OPTIONS)
    second, _ = _demo_digest(tmp_path / "b", OPTIONS)
    assert first == second
    assert made["vrijwilligers"] == 80
    assert made["bezoekerspassen"] >= 2_000


def test_other_seed_other_database(tmp_path: Path) -> None:
    first, _ = _demo_digest(tmp_path / "a", OPTIONS)
    other, _ = _demo_digest(
        tmp_path / "b", DemoOptions(days=14, seed=8, centre="Westend", end=date(2026, 6, 30))
    )
    assert first != other


BOOKKEEPING = {"change_log", "local_identity"}  # written when the file is made, not demo rows
MORNING = datetime(2026, 6, 30, 6, 0, tzinfo=LOCAL_ZONE)


def test_a_demo_made_at_six_holds_nothing_later(tmp_path: Path) -> None:
    desk = open_desk(DataFolder(tmp_path))
    try:
        generate(desk.uow, DemoOptions(days=14, seed=7, centre="Westend", now=MORNING))
        at_six = UnitOfWork(desk.uow.database, clock=lambda: MORNING.astimezone(UTC))
        with at_six.read() as tx:
            latest = {
                table.name: tx.session.scalar(select(func.max(table.c.created_at)))
                for table in Base.metadata.sorted_tables
                if "created_at" in table.c and table.name not in BOOKKEEPING
            }
            inside = visitors_in(tx, tx.now).total
            sign_ins = open_sign_ins(tx.session)
    finally:
        desk.close()
    later = {name: moment for name, moment in latest.items() if moment and moment > MORNING}
    assert later == {}
    assert latest["visit"] is not None  # the days before were filled
    assert inside == 0
    assert all(to_local(row.since).date() < MORNING.date() for row in sign_ins)


def test_a_demo_made_in_the_afternoon_has_people_in() -> None:
    options = DemoOptions(days=3, now=datetime(2026, 6, 30, 14, 0, tzinfo=LOCAL_ZONE))
    assert options.end == date(2026, 6, 30)
    assert options.made_at == datetime(2026, 6, 30, 12, 0, tzinfo=UTC)


def test_a_past_end_means_the_whole_day() -> None:
    assert OPTIONS.made_at == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)
