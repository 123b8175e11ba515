"""Till figures: tap to line shown, a paid sale committed, sales per second, on a year of sales."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.models import PaymentMethod
from desk_app.paths import DataFolder
from desk_app.services.auth import authenticate
from desk_app.services.people import desk_accounts
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import grid_products
from desk_app.services.till.sales import sell
from tests.bench.baselines import sqlite_commits_per_second
from tests.bench.harness import Figure, p95, time_each

SALES = 300


def _taps(demo_folder: Path) -> dict[str, list[float]]:
    """Tap samples from a fresh process (see tests/bench/till_taps.py for why)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.till_taps", str(demo_folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    samples: dict[str, list[float]] = json.loads(done.stdout.splitlines()[-1])
    return samples


def _bare_commit_ms(folder: Path) -> list[float]:
    connection = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE row (id INTEGER PRIMARY KEY, at TEXT)")

    def commit() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO row (at) VALUES ('2026-01-01')")
        connection.execute("COMMIT")

    samples = time_each(commit, SALES)
    connection.close()
    return samples


def _sales(folder: Path) -> tuple[list[float], float]:
    """Paid coffee sales on a copy of the year-long demo: each one's time, and the rate."""
    desk = open_desk(DataFolder(folder))
    henk = next(a for a in desk_accounts(desk.uow) if a.name == "Henk Bakker")
    actor = authenticate(desk.uow, henk.person_id, "2222")
    coffee = next(p for p in grid_products(desk.uow) if p.name == "Koffie").product_id
    basket, cash = [LineIn(coffee, 2)], [PaymentIn(PaymentMethod.CASH, tendered_cents=500)]
    start = time.perf_counter()
    samples = time_each(lambda: sell(desk.uow, actor, basket, cash), SALES)
    per_second = SALES / (time.perf_counter() - start)
    desk.close()
    return samples, per_second


def figures(demo_folder: Path) -> list[Figure]:
    """The till's figures against bare Qt and bare SQLite."""
    taps = _taps(demo_folder)
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(demo_folder, Path(scratch) / "desk")
        sale, per_second = _sales(Path(scratch) / "desk")
        bare_commit = _bare_commit_ms(Path(scratch))
        baseline = sqlite_commits_per_second(Path(scratch))
    return [
        Figure(
            "tap to line shown, p95 (ms)",
            p95(taps["page"]),
            "ms",
            "bare button adding a table row",
            p95(taps["bare"]),
            "< 50 ms absolute",
        ),
        Figure(
            "paid sale committed, year of sales, p95 (ms)",
            p95(sale),
            "ms",
            "bare SQLite insert+commit p95",
            p95(bare_commit),
            "< 30 ms absolute",
        ),
        Figure(
            "sales committed (per s)",
            per_second,
            "/s",
            "bare SQLite insert+commit",
            baseline,
            ">= 100 /s absolute",
        ),
    ]
