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

To tell those apart, each round also writes the action's own rows with plain ``sqlite3`` into a
copy of the desk's database, with its indexes, foreign keys and change-log triggers, one
transaction each: the floor no service can go under. It is reported against the bare row,
and the action against it.
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
from typing import Any

from sqlalchemy import select
from uuid6 import uuid7

from desk_app.bootstrap import Desk, open_desk
from desk_app.models import PaymentMethod, Person
from desk_app.paths import DataFolder
from desk_app.services.living_room.checkin import count_walk_in
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import grid_products
from desk_app.services.till.sales import sell
from desk_app.services.volunteers.duty import toggle_by_badge
from tests.bench.harness import BadgeClock, Figure
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


class OwnRows:
    """The rows one action writes, by plain sqlite3 into a copy of the desk's own database.

    Each transaction copies the newest row of each table with new time-ordered keys (a child
    row points at the new parent through its ``sale_id``), and raises the receipt counter
    first when asked: the same indexes, foreign keys and change-log triggers as the service meets.
    """

    def __init__(
        self, desk_file: Path, tables: tuple[str, ...], folder: Path, *, receipt: bool = False
    ) -> None:
        self.connection = sqlite3.connect(
            folder / f"rows_{tables[0]}.sqlite3", isolation_level=None
        )
        with sqlite3.connect(f"file:{desk_file}?mode=ro", uri=True) as source:
            source.backup(self.connection)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.rows = [self._newest(table) for table in tables]
        self.receipt = receipt

    def _newest(self, table: str) -> tuple[str, dict[str, Any]]:
        cursor = self.connection.execute(f"SELECT * FROM {table} ORDER BY rowid DESC LIMIT 1")
        row = dict(zip((c[0] for c in cursor.description), cursor.fetchone(), strict=True))
        names = ", ".join(row)
        return f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in row)})", row

    def commit_one(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")
        parent = uuid7().hex
        if self.receipt:
            (number,) = self.connection.execute(
                "UPDATE receipt_counter SET last_number = last_number + 1 RETURNING last_number"
            ).fetchone()
        for position, (insert, row) in enumerate(self.rows):
            values = {**row, "id": parent if position == 0 else uuid7().hex}
            if position == 0 and self.receipt:
                values["receipt_number"] = number
            if "sale_id" in row and position > 0:
                values["sale_id"] = parent
            self.connection.execute(insert, values)
        self.connection.execute("COMMIT")


def _actions(desk: Desk) -> dict[str, Callable[[], object]]:
    """Per figure: the action through the service."""
    actor = manager_of(desk)
    coffee = next(p for p in grid_products(desk.uow) if p.name == "Koffie").product_id
    basket, cash = [LineIn(coffee, 1)], [PaymentIn(PaymentMethod.CASH, tendered_cents=500)]
    with desk.uow.read() as tx:
        codes = tx.session.scalars(
            select(Person.badge_code).where(Person.badge_code.is_not(None))
        ).all()
    clock = BadgeClock(len(codes))
    badge_uow, badges = desk.uow.on_clock(clock), cycle(codes)

    def badge_scanned() -> None:
        clock.step()
        toggle_by_badge(badge_uow, actor, str(next(badges)))

    return {
        "check-in": lambda: count_walk_in(desk.uow, actor),
        "paid sale": lambda: sell(desk.uow, actor, basket, cash),
        "sign-in or out": badge_scanned,
    }


def figures(demo_folder: Path) -> list[Figure]:
    """Median over the rounds of each action's rate against its bare row's rate."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "desk"
        shutil.copytree(demo_folder, copy)
        desk = open_desk(DataFolder(copy))
        actions = _actions(desk)
        folder, file = Path(scratch), desk.folder.database
        # the bare row is as wide as the action's main row, the first of its tables
        bare = {n: BareTable(file, tables[0], folder) for n, tables in OWN_ROWS.items()}
        own = {
            n: OwnRows(file, tables, folder, receipt=n == "paid sale")
            for n, tables in OWN_ROWS.items()
        }
        rates: dict[str, list[tuple[float, float, float]]] = {name: [] for name in actions}
        for _ in range(ROUNDS):
            for name, action in actions.items():
                rates[name].append(
                    (_rate(action), _rate(bare[name].commit_one), _rate(own[name].commit_one))
                )
        desk.close()
    return [f for name, samples in rates.items() for f in _figures(name, samples)]


# The tables each action writes a row into, its main row first.
OWN_ROWS = {
    "check-in": ("visit",),
    "paid sale": ("sale", "sale_line", "payment"),
    "sign-in or out": ("sign_in",),
}


def _figures(name: str, samples: list[tuple[float, float, float]]) -> list[Figure]:
    """The action against the bare row (the goal), its own rows against the bare row, and the
    action against its own rows; each the median of the rounds' ratios."""
    bare_median = statistics.median(bare for _, bare, _ in samples)
    own_median = statistics.median(own for _, _, own in samples)
    ratio = statistics.median(ours / bare for ours, bare, _ in samples)
    own_ratio = statistics.median(own / bare for _, bare, own in samples)
    on_own = statistics.median(ours / own for ours, _, own in samples)
    return [
        Figure(
            f"{name} committed, interleaved (per s)",
            ratio * bare_median,
            "/s",
            f"bare insert+commit of a {name} row",
            bare_median,
            ">= 0.5 (median of rounds)",
        ),
        Figure(
            f"{name}, its rows by plain sqlite3 (per s)",
            own_ratio * bare_median,
            "/s",
            f"bare insert+commit of a {name} row",
            bare_median,
            "reported: the floor of its writes",
        ),
        Figure(
            f"{name}, against its rows alone (per s)",
            on_own * own_median,
            "/s",
            "its rows by plain sqlite3, same run",
            own_median,
            "reported: what the service adds",
        ),
    ]
