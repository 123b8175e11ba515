"""Sync figures: a year's first sync, a busy day, rows per second against a bare COPY."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from desk_app.bootstrap import Desk, open_desk
from desk_app.central.migrate import init_central
from desk_app.models import Mood
from desk_app.paths import DataFolder
from desk_app.services.living_room.checkin import count_walk_in
from desk_app.services.living_room.figures import record_mood
from desk_app.sync.outbox import highest_seq, read_changes
from desk_app.sync.service import run_sync
from desk_app.wire.rows import OutgoingRow
from tests.bench.harness import Figure, copy_of
from tests.bench.living_room import manager_of

SERVER = os.environ.get("DESK_TEST_CENTRAL_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
BUSY_DAY_WALK_INS = 300


@contextmanager
def central_database() -> Iterator[str]:
    """A throwaway central database on the test server."""
    name = f"desk_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = f"{SERVER.rpartition('/')[0]}/{name}"
    try:
        init_central(url)
        yield url
    finally:
        with psycopg.connect(SERVER, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def all_rows(desk: Desk) -> list[OutgoingRow]:
    """Every logged change, as the push would read it."""
    with desk.uow.read() as tx:
        connection = tx.connection
        return read_changes(connection, 0, highest_seq(connection), 10**9)


def bare_copy_seconds(url: str, rows: list[OutgoingRow]) -> float:
    """COPY the same rows, unchecked, into key-less copies of the central tables."""
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.values is not None:
            by_table[row.table_name].append(row.values)
    with psycopg.connect(url) as connection:
        for name in by_table:
            connection.execute(
                sql.SQL("CREATE TABLE {} (LIKE {} INCLUDING DEFAULTS)").format(
                    sql.Identifier(f"bare_{name}"), sql.Identifier(name)
                )
            )
        connection.commit()
        start = time.perf_counter()
        for name, values in by_table.items():
            columns = list(values[0])
            statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(f"bare_{name}"), sql.SQL(", ").join(map(sql.Identifier, columns))
            )
            with connection.cursor().copy(statement) as copy:
                for value in values:
                    copy.write_row([value[c] for c in columns])
        connection.commit()
        return time.perf_counter() - start


def busy_day(desk: Desk) -> None:
    """A busy day at the desk: walk-ins and faces, each in its own transaction."""
    actor = manager_of(desk)
    for number in range(BUSY_DAY_WALK_INS):
        count_walk_in(desk.uow, actor)
        if number % 4 == 0:
            record_mood(desk.uow, Mood.HAPPY)


def timed_sync(desk: Desk, url: str) -> tuple[float, int]:
    """Seconds of one sync run, in the push's own batch size, and the rows it stored."""
    start = time.perf_counter()
    result = run_sync(desk.uow, url)
    return time.perf_counter() - start, result.sent


def figures(demo_folder: Path) -> list[Figure]:
    """Sync figures on a copy of the year-long demo centre, against the test server."""
    with tempfile.TemporaryDirectory() as scratch, central_database() as url:
        desk = open_desk(DataFolder(copy_of(demo_folder, Path(scratch) / "sync")))
        rows = all_rows(desk)
        bare = bare_copy_seconds(url, rows)
        first, sent = timed_sync(desk, url)
        busy_day(desk)
        busy_rows = all_rows(desk)[len(rows) :]
        busy, busy_sent = timed_sync(desk, url)
        desk.close()
    return [
        Figure("first sync of a 365-day centre (s)", first, "s", "bare COPY", bare, "< 30 s"),
        Figure("sync rows per second", sent / first, "/s", "bare COPY", len(rows) / bare, ">= 0.5"),
        Figure(
            f"busy day sync, {busy_sent} rows (s)",
            busy,
            "s",
            "bare COPY",
            bare * len(busy_rows) / len(rows),
            "< 2 s",
        ),
    ]
