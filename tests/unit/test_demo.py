"""The demo centre: realistic contents, and the same database for the same seed."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.paths import DataFolder

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
