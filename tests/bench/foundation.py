"""Foundation figure: a committed fact through the unit of work (start-up: ``startup.py``)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.paths import DataFolder
from desk_app.services import audit
from tests.bench.baselines import sqlite_commits_per_second
from tests.bench.harness import Figure


def unit_of_work_commits_per_second(folder: Path, count: int = 400) -> float:
    """Audit facts (row plus change-log entry) committed one transaction each, per second."""
    desk = open_desk(DataFolder(folder))
    uow = desk.uow
    start = time.perf_counter()
    for number in range(count):
        with uow.write() as tx:
            audit.record(
                tx.session,
                centre_code="MEE",
                actor=None,
                action="bench",
                subject=str(number),
                at=tx.now,
            )
    elapsed = time.perf_counter() - start
    desk.close()
    return count / elapsed


def figures(demo_folder: Path) -> list[Figure]:
    """The foundation's figures against their baselines, measured in this process."""
    with tempfile.TemporaryDirectory() as scratch:
        baseline = sqlite_commits_per_second(Path(scratch))
        ours = unit_of_work_commits_per_second(Path(scratch) / "desk")
    return [
        Figure(
            "fact committed via unit of work (per s)",
            ours,
            "/s",
            "bare SQLite insert+commit",
            baseline,
            ">= 0.5",
        ),
    ]
