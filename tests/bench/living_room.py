"""Living-room figures: check-ins committed per second, and scan to visit on a year of data."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from desk_app.bootstrap import Desk, open_desk
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.models import Role, VisitorPass
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor, authenticate
from desk_app.services.living_room.checkin import count_walk_in, scan_pass
from desk_app.services.people import desk_accounts
from tests.bench.baselines import sqlite_commits_per_second
from tests.bench.harness import Figure, copy_of, p95, time_each

SCANS = 300


def manager_of(desk: Desk) -> Actor:
    """The demo's social manager, logged in with her PIN."""
    account = next(a for a in desk_accounts(desk.uow) if a.role is Role.MANAGER)
    return authenticate(desk.uow, account.person_id, DEMO_MANAGER[1])


def check_ins_per_second(desk: Desk, actor: Actor, count: int = 400) -> float:
    """Walk-ins committed one transaction each, per second."""
    start = time.perf_counter()
    for _ in range(count):
        count_walk_in(desk.uow, actor)
    return count / (time.perf_counter() - start)


def scan_milliseconds(desk: Desk, actor: Actor) -> list[float]:
    """Each scan of a different pass, from the typed code to the committed visit."""
    with desk.uow.read() as tx:
        codes = iter(tx.session.scalars(select(VisitorPass.code).limit(SCANS)).all())
    return time_each(lambda: scan_pass(desk.uow, actor, next(codes)), SCANS)


def figures(demo_folder: Path) -> list[Figure]:
    """Check-in figures on a copy of the year-long demo centre."""
    with tempfile.TemporaryDirectory() as scratch:
        baseline = sqlite_commits_per_second(Path(scratch))
        baseline_ms = 1000 / baseline
        desk = open_desk(DataFolder(copy_of(demo_folder, Path(scratch) / "living-room")))
        actor = manager_of(desk)
        rate = check_ins_per_second(desk, actor)
        scans = scan_milliseconds(desk, actor)
        desk.close()
    return [
        Figure(
            "check-ins committed (per s)",
            rate,
            "/s",
            "bare SQLite insert+commit",
            baseline,
            ">= 0.5",
        ),
        Figure(
            "scan to visit committed, p95 (ms)",
            p95(scans),
            "ms",
            "bare SQLite insert+commit",
            baseline_ms,
            "< 50 ms absolute",
        ),
    ]
