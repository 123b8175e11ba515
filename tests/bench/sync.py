"""Sync figures: a year's first sync, a busy day, rows per second against a bare COPY.

The desk syncs through its centre's own login (row-level security holds, as in use); the
bare COPY goes as the schema owner into key-less copies of the mirrors. Beside the seconds,
the CPU of both sides (this process and the central server's backend) is compared: on a
loaded machine it holds still where the seconds do not.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from desk_app.bootstrap import Desk, open_desk
from desk_app.central.logins import add_centre
from desk_app.central.migrate import init_central
from desk_app.models import Mood
from desk_app.paths import DataFolder
from desk_app.services.centre import centre_details
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
            # The logins ``add_centre`` made are server-wide, named after the database.
            for (role,) in admin.execute(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (f"{name}_",)
            ).fetchall():
                admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(str(role))))


def all_rows(desk: Desk) -> list[OutgoingRow]:
    """Every logged change, as the push would read it."""
    with desk.uow.read() as tx:
        connection = tx.connection
        return read_changes(connection, 0, highest_seq(connection), 10**9)


def backend_cpu(connection: psycopg.Connection[Any]) -> float:
    """CPU seconds the server process of ``connection`` used so far (a server on this machine)."""
    pid = connection.info.backend_pid
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _latest(rows: list[OutgoingRow]) -> dict[str, list[dict[str, Any]]]:
    """Each table's rows as they are now, once each (a row changed twice is sent twice)."""
    by_table: dict[str, dict[object, dict[str, Any]]] = defaultdict(dict)
    for row in rows:
        if row.values is not None:
            by_table[row.table_name][row.row_id] = row.values
    return {name: list(by_id.values()) for name, by_id in by_table.items()}


def _copy(connection: psycopg.Connection[Any], table: str, values: list[dict[str, Any]]) -> None:
    columns = list(values[0])
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    with connection.cursor().copy(statement) as copy:
        for value in values:
            copy.write_row([value[c] for c in columns])


def _timed(url: str, load: Callable[[psycopg.Connection[Any]], None]) -> tuple[float, float]:
    """Seconds and CPU seconds of both sides of ``load`` and its commit, on a new connection."""
    with psycopg.connect(url) as connection:
        start, cpu = time.perf_counter(), time.process_time() + backend_cpu(connection)
        load(connection)
        connection.commit()
        elapsed = time.perf_counter() - start
        return elapsed, time.process_time() + backend_cpu(connection) - cpu


def bare_copy_seconds(url: str, rows: list[OutgoingRow]) -> tuple[float, float]:
    """COPY the same rows, unchecked, into key-less copies of the central tables.

    Returns the seconds and the CPU seconds of both sides.
    """
    tables = _latest(rows)
    with psycopg.connect(url, autocommit=True) as connection:
        for name in tables:
            connection.execute(
                sql.SQL("CREATE TABLE {} (LIKE {} INCLUDING DEFAULTS)").format(
                    sql.Identifier(f"bare_{name}"), sql.Identifier(name)
                )
            )

    def load(connection: psycopg.Connection[Any]) -> None:
        for name, values in tables.items():
            _copy(connection, f"bare_{name}", values)

    return _timed(url, load)


def keyed_copy_seconds(url: str, rows: list[OutgoingRow]) -> tuple[float, float]:
    """COPY the same rows as the schema owner into the central tables themselves.

    What the keys, indexes and constraints the reports need cost beyond the bare COPY; the
    owner is not bound by row-level security. ``url`` is a fresh central database.
    """
    tables = _latest(rows)

    def load(connection: psycopg.Connection[Any]) -> None:
        for name, values in tables.items():
            _copy(connection, name, values)

    return _timed(url, load)


def secured_copy_seconds(login: str, rows: list[OutgoingRow]) -> tuple[float, float]:
    """The fastest way a centre's login can store the rows: COPY, then INSERT under security.

    A COPY into a table with row-level security is refused, so the rows go into a temporary
    table first and from there into the central table, each row checked by the policy.
    """
    tables = _latest(rows)

    def load(connection: psycopg.Connection[Any]) -> None:
        for name, values in tables.items():
            staged = sql.Identifier(f"staged_{name}")
            connection.execute(
                sql.SQL("CREATE TEMP TABLE {} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP").format(
                    staged, sql.Identifier(name)
                )
            )
            _copy(connection, f"staged_{name}", values)
            columns = sql.SQL(", ").join(map(sql.Identifier, values[0]))
            connection.execute(
                sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {}").format(
                    sql.Identifier(name), columns, columns, staged
                )
            )

    return _timed(login, load)


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


@contextmanager
def central_cpu() -> Iterator[list[float]]:
    """CPU seconds of this process and of each central backend the sync opens, summed.

    Each receiving connection's backend is read after its last batch, while it is open.
    """
    from desk_app.central import receive  # noqa: PLC0415 - the bench looks inside the sync

    backends: dict[int, float] = {}
    apply = receive.Receiver.apply

    def counted(self: receive.Receiver, batch: receive.Batch) -> receive.Receipt:
        receipt = apply(self, batch)
        backends[self.connection.info.backend_pid] = backend_cpu(self.connection)
        return receipt

    total: list[float] = []
    start = time.process_time()
    receive.Receiver.apply = counted  # type: ignore[method-assign]
    try:
        yield total
    finally:
        receive.Receiver.apply = apply  # type: ignore[method-assign]
    total.append(time.process_time() - start + sum(backends.values()))


def figures(demo_folder: Path) -> list[Figure]:
    """Sync figures on a copy of the year-long demo centre, against the test server."""
    with tempfile.TemporaryDirectory() as scratch, central_database() as url:
        desk = open_desk(DataFolder(copy_of(demo_folder, Path(scratch) / "sync")))
        code = centre_details(desk.uow).code
        login = add_centre(url, code)
        rows = all_rows(desk)
        bare, bare_cpu = bare_copy_seconds(url, rows)
        with central_database() as keyed_url:
            keyed, _cpu = keyed_copy_seconds(keyed_url, rows)
        with central_database() as secured_url:
            secured, _cpu = secured_copy_seconds(add_centre(secured_url, code), rows)
        with central_cpu() as cpu:
            first, sent = timed_sync(desk, login)
        busy_day(desk)
        busy_rows = all_rows(desk)[len(rows) :]
        busy, busy_sent = timed_sync(desk, login)
        desk.close()
    return [
        Figure("first sync of a 365-day centre (s)", first, "s", "bare COPY", bare, "< 30 s"),
        Figure("sync rows per second", sent / first, "/s", "bare COPY", len(rows) / bare, ">= 0.5"),
        Figure(
            "COPY into the keyed tables, owner (rows/s)",
            len(rows) / keyed,
            "/s",
            "bare COPY",
            len(rows) / bare,
            "reported: the keys' and indexes' part",
        ),
        Figure(
            "COPY + INSERT under row security (rows/s)",
            len(rows) / secured,
            "/s",
            "bare COPY",
            len(rows) / bare,
            "reported: a centre login's floor",
        ),
        Figure(
            "sync rows per second, against that floor",
            sent / first,
            "/s",
            "COPY + INSERT, centre login",
            len(rows) / secured,
            "reported",
        ),
        Figure(
            "sync rows per CPU second, desk and central",
            sent / cpu[0],
            "/s",
            "bare COPY, both sides",
            len(rows) / bare_cpu,
            "reported",
        ),
        Figure(
            f"busy day sync, {busy_sent} rows (s)",
            busy,
            "s",
            "bare COPY",
            bare * len(busy_rows) / len(rows),
            "< 2 s",
        ),
    ]
