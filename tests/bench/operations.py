"""Operations figures: the daily backup and a restore of a year's database, against a file copy."""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from desk_app.bootstrap import open_desk, restore_backup
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.paths import DataFolder
from desk_app.services.backups import take_backup
from desk_app.services.people import desk_accounts
from desk_app.services.restore import ManagerPin
from desk_app.services.uow import UnitOfWork
from tests.bench.harness import Figure


def file_copy_seconds(source: Path, scratch: Path) -> float:
    """The bare baseline: copying the database file, which is not safe while the app writes."""
    start = time.perf_counter()
    shutil.copyfile(source, scratch / "plain-copy.sqlite3")
    return time.perf_counter() - start


def backup_seconds(demo_folder: Path, scratch: Path) -> tuple[float, Path]:
    """An online backup of the year's database, integrity check of the copy included."""
    desk = open_desk(DataFolder(demo_folder))
    start = time.perf_counter()
    copy = take_backup(desk.database, scratch / "backups", datetime.now(UTC))
    elapsed = time.perf_counter() - start
    desk.close()
    return elapsed, copy


def _demo_manager(uow: UnitOfWork, _in_backup: bool) -> ManagerPin:
    """The demo's manager signs the restore (the backup's, on a folder without a database)."""
    name, pin = DEMO_MANAGER
    return ManagerPin(next(a.person_id for a in desk_accounts(uow) if a.name == name), pin)


def restore_seconds(copy: Path, scratch: Path) -> float:
    """Integrity check, copy into place, open (with its checks) and a new epoch."""
    target = DataFolder(scratch / "restored")
    start = time.perf_counter()
    restore_backup(target, copy, datetime.now(UTC), _demo_manager)
    return time.perf_counter() - start


def figures(demo_folder: Path) -> list[Figure]:
    """Backup and restore of the 365-day demo centre, each against a plain file copy."""
    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        baseline = min(file_copy_seconds(demo_folder / "desk.sqlite3", scratch) for _ in range(3))
        backup, copy = min(backup_seconds(demo_folder, scratch) for _ in range(3))
        restore = restore_seconds(copy, scratch)
    size = f"{(demo_folder / 'desk.sqlite3').stat().st_size / 1e6:.0f} MB"
    return [
        Figure(
            f"daily backup of a year ({size}) (s)",
            backup,
            "s",
            "plain file copy",
            baseline,
            "< 2 s absolute",
        ),
        Figure(
            f"restore of a year ({size}) (s)",
            restore,
            "s",
            "plain file copy",
            baseline,
            "< 5 s absolute",
        ),
    ]
