"""The central database as it grows: a centre's nightly sync and the reports at 5, 20, 100 centres.

The other centres are cloned inside PostgreSQL from a synced year of the demo centre (every
table that holds a centre's rows, the raw payloads included), not pushed through a desk;
the measured centre is the demo itself, synced for the first time at each size (its central
rows removed first) and then after a busy day.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import psycopg
from psycopg import sql

from desk_app.bootstrap import Desk, open_desk
from desk_app.central.conflicts import booking_conflicts
from desk_app.central.connect import engine_for
from desk_app.central.errors import sync_errors
from desk_app.facts.registry import Period
from desk_app.facts.sheet import fact_sheet
from desk_app.formatting import LOCAL_ZONE
from desk_app.paths import DataFolder
from desk_app.services.centre import centre_details
from tests.bench.harness import Figure, copy_of
from tests.bench.sync import busy_day, central_database, timed_sync

SIZES = (5, 20, 100)


def centre_tables(url: str) -> list[str]:
    """Every central table with a ``centre_code`` column."""
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT table_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND column_name = 'centre_code' ORDER BY table_name"
        ).fetchall()
    return [str(name) for (name,) in rows]


def clone_centres(url: str, template: str, codes: list[str]) -> None:
    """Copy every row of ``template`` under each of ``codes``, table by table."""
    with psycopg.connect(url) as connection:
        for table in centre_tables(url):
            columns = [
                str(name)
                for (name,) in connection.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
                    (table,),
                )
            ]
            chosen = [
                sql.Placeholder("code") if name == "centre_code" else sql.Identifier(name)
                for name in columns
            ]
            statement = sql.SQL(
                "INSERT INTO {} ({}) SELECT {} FROM {} WHERE centre_code = %(template)s"
            )
            for code in codes:
                connection.execute(
                    statement.format(
                        sql.Identifier(table),
                        sql.SQL(", ").join(map(sql.Identifier, columns)),
                        sql.SQL(", ").join(chosen),
                        sql.Identifier(table),
                    ),
                    {"code": code, "template": template},
                )
        connection.commit()
        connection.execute("ANALYZE")


def forget_centre(url: str, code: str) -> None:
    """Remove a centre's rows centrally, so its next sync is a first sync."""
    with psycopg.connect(url) as connection:
        for table in centre_tables(url):
            connection.execute(
                sql.SQL("DELETE FROM {} WHERE centre_code = %s").format(sql.Identifier(table)),
                (code,),
            )


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def reports(url: str, year: int, code: str) -> dict[str, float]:
    """Seconds of the yearly facts (all centres, one centre) and the two problem listings."""
    engine = engine_for(url)
    try:
        with engine.connect() as connection:
            every = timed(lambda: fact_sheet(connection, Period(year, None), central=True))
            one = timed(lambda: fact_sheet(connection, Period(year, code), central=True))
    finally:
        engine.dispose()
    return {
        "facts, all centres": every,
        "facts, one centre": one,
        "conflicts listing": timed(lambda: booking_conflicts(url)),
        "errors listing": timed(lambda: sync_errors(url)),
    }


def measure(desk: Desk, url: str, code: str) -> dict[str, float]:
    """A first sync of the measured centre, a busy day's sync, and the reports."""
    forget_centre(url, code)
    first, _sent = timed_sync(desk, url)
    busy_day(desk)
    busy, _sent = timed_sync(desk, url)
    year = datetime.now(LOCAL_ZONE).year
    return {"first sync of a new centre": first, "busy-day sync": busy, **reports(url, year, code)}


def size_per_centre_mib(url: str, centres: int) -> float:
    with psycopg.connect(url) as connection:
        row = connection.execute("SELECT pg_database_size(current_database())").fetchone()
    assert row is not None
    return int(str(row[0])) / centres / 2**20


def figures(demo_folder: Path) -> list[Figure]:
    """Each measure at every size, as a ratio against the same at the smallest size."""
    results: dict[int, dict[str, float]] = {}
    sizes: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as scratch, central_database() as url:
        desk = open_desk(DataFolder(copy_of(demo_folder, Path(scratch) / "growth")))
        code = centre_details(desk.uow).code
        timed_sync(desk, url)
        made = 1
        for size in SIZES:
            clone_centres(url, code, [f"G{number:03d}" for number in range(made, size)])
            made = size
            results[size] = measure(desk, url, code)
            sizes[size] = size_per_centre_mib(url, size)
        desk.close()
    smallest = SIZES[0]
    figures = [
        Figure(
            f"{name} at {size} centres (s)",
            value,
            "s",
            f"the same at {smallest} centres",
            results[smallest][name],
            "within 1.5x" if "sync" in name else "at most linear",
        )
        for size in SIZES[1:]
        for name, value in results[size].items()
    ]
    figures += [
        Figure(
            f"central size per centre-year at {size} centres (MiB)",
            sizes[size],
            "Mi",
            f"the same at {smallest} centres",
            sizes[smallest],
            "reported",
        )
        for size in SIZES
    ]
    return figures
