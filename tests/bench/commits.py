"""Commits per second of a check-in, a paid sale and a sign-in, against bare SQLite, interleaved.

Each round times a bare insert-and-commit of a row as wide as the action's main row (a copy
of that table without indexes, triggers or constraints, at the same durability: WAL and
``synchronous=FULL``), then the action through its service, on a copy of the year's demo;
the figure is the median of the rounds' ratios, so the machine's drift cancels.

What each action does beyond the bare row, all in one ``BEGIN IMMEDIATE`` transaction whose
statements run on the short path of ``db/prepared.py``:

- check-in: the role check, the day lock (the latest closed day), and the visit row with its
  indexes and the change-log trigger; its commit writes about 9 pages to the WAL (the bare
  row: 1).
- paid sale: the role check, the price list and the till's settings from kept values (one
  ``PRAGMA data_version``), the day lock, the receipt counter raised (``UPDATE … RETURNING``),
  then the sale, its line and its payment, each with its indexes and change-log trigger, and
  the receipt built from the stored values; about 20 pages to the WAL, so a checkpoint comes
  every fifty sales or so.
- sign-in or out: the role check, the badge's person, the day lock, the open sign-in of that
  person, then the sign-in or the sign-out row with its trigger; 7 to 9 pages.

The commit's fsync is most of each figure; the rest is SQLite's work on those statements and
the Python around them (SQLAlchemy's transaction, the values' conversion, the service's checks).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from itertools import cycle
from pathlib import Path

from sqlalchemy import select

from desk_app.bootstrap import Desk, open_desk
from desk_app.models import PaymentMethod, Person
from desk_app.paths import DataFolder
from desk_app.services.living_room.checkin import count_walk_in
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import grid_products
from desk_app.services.till.sales import sell
from desk_app.services.volunteers.duty import toggle_by_badge
from tests.bench.harness import Figure
from tests.bench.living_room import manager_of

ROUNDS = 7
PER_ROUND = 150


def _rate(action: Callable[[], object], count: int = PER_ROUND) -> float:
    start = time.perf_counter()
    for _ in range(count):
        action()
    return count / (time.perf_counter() - start)


class BareTable:
    """A key-less copy of one desk table in its own file, filled one committed row at a time."""

    def __init__(self, desk_file: Path, table: str, folder: Path) -> None:
        self.connection = sqlite3.connect(folder / f"bare_{table}.sqlite3", isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=FULL")
        self.connection.execute("ATTACH DATABASE ? AS desk", (f"file:{desk_file}?mode=ro",))
        self.connection.execute(f"CREATE TABLE bare AS SELECT * FROM desk.{table} WHERE 0")
        row = self.connection.execute(f"SELECT * FROM desk.{table} LIMIT 1").fetchone()
        self.connection.execute("DETACH DATABASE desk")
        self.row = tuple(row)
        self.insert = f"INSERT INTO bare VALUES ({', '.join('?' * len(self.row))})"

    def commit_one(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")
        self.connection.execute(self.insert, self.row)
        self.connection.execute("COMMIT")


def _actions(desk: Desk) -> dict[str, tuple[str, Callable[[], object]]]:
    """Per figure: the table of its main row, and the action through the service."""
    actor = manager_of(desk)
    coffee = next(p for p in grid_products(desk.uow) if p.name == "Koffie").product_id
    basket, cash = [LineIn(coffee, 1)], [PaymentIn(PaymentMethod.CASH, tendered_cents=500)]
    with desk.uow.read() as tx:
        badges = cycle(
            tx.session.scalars(
                select(Person.badge_code).where(Person.badge_code.is_not(None))
            ).all()
        )
    return {
        "check-in": ("visit", lambda: count_walk_in(desk.uow, actor)),
        "paid sale": ("sale", lambda: sell(desk.uow, actor, basket, cash)),
        "sign-in or out": ("sign_in", lambda: toggle_by_badge(desk.uow, actor, str(next(badges)))),
    }


def figures(demo_folder: Path) -> list[Figure]:
    """Median over the rounds of each action's rate against its bare row's rate."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "desk"
        shutil.copytree(demo_folder, copy)
        desk = open_desk(DataFolder(copy))
        actions = _actions(desk)
        bare = {
            n: BareTable(desk.folder.database, t, Path(scratch)) for n, (t, _) in actions.items()
        }
        rates: dict[str, list[tuple[float, float]]] = {name: [] for name in actions}
        for _ in range(ROUNDS):
            for name, (_table, action) in actions.items():
                rates[name].append((_rate(action), _rate(bare[name].commit_one)))
        desk.close()
    return [_figure(name, samples) for name, samples in rates.items()]


def _figure(name: str, samples: list[tuple[float, float]]) -> Figure:
    ratio = statistics.median(ours / bare for ours, bare in samples)
    bare_median = statistics.median(bare for _, bare in samples)
    return Figure(
        f"{name} committed, interleaved (per s)",
        ratio * bare_median,
        "/s",
        f"bare insert+commit of a {name} row",
        bare_median,
        ">= 0.5 (median of rounds)",
    )
