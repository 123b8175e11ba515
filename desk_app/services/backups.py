"""Daily backups of the live database into a folder (a USB stick or a share), kept N days.

Backups are named ``desk-YYYYMMDD-HHMMSS.sqlite3`` in local time; pruning only ever
removes files with that name, so a shared folder's other files are safe.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from desk_app.db.backup import backup_database, check_integrity
from desk_app.db.engine import Database
from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.formatting import to_local

log = logging.getLogger(__name__)
NAME_PATTERN = re.compile(r"desk-(\d{8})-(\d{6})\.sqlite3")


def backup_name(now: datetime) -> str:
    """The file name of a backup taken at ``now``."""
    return f"desk-{to_local(now):%Y%m%d-%H%M%S}.sqlite3"


def backups_in(folder: Path) -> dict[Path, date]:
    """The desk's backups in ``folder`` with the local day each was taken, oldest first."""
    if not folder.is_dir():
        return {}
    return {
        path: datetime.strptime(match.group(1), "%Y%m%d").date()  # noqa: DTZ007 - a local date
        for path in sorted(folder.iterdir(), key=lambda path: path.name)
        if (match := NAME_PATTERN.fullmatch(path.name))
    }


def take_backup(database: Database, folder: Path, now: datetime) -> Path:
    """Copy the database into ``folder`` while it stays in use; check the copy is sound."""
    try:
        target = backup_database(database, folder / backup_name(now))
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De reservekopie kan niet in {folder} worden gezet. Is de map (of USB-stick) "
                "er, en is hij schrijfbaar?",
            ),
            folder=str(folder),
        ) from error
    if problems := check_integrity(target):
        target.unlink()
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "De reservekopie is niet in orde: {problem}"),
            problem=problems[0],
        )
    log.info("backup written to %s", target)
    return target


def prune_backups(folder: Path, retention_days: int, now: datetime) -> list[Path]:
    """Remove the desk's backups older than ``retention_days``; always keep the newest."""
    backups = backups_in(folder)
    oldest_kept = to_local(now).date() - timedelta(days=retention_days - 1)
    removed = [path for path, day in list(backups.items())[:-1] if day < oldest_kept]
    for path in removed:
        path.unlink(missing_ok=True)
        log.info("old backup removed: %s", path)
    return removed


def daily_backup(
    database: Database, folder: Path, retention_days: int, now: datetime
) -> Path | None:
    """Take today's backup unless there is one already, then prune; return the new file."""
    today = to_local(now).date()
    taken = None
    if today not in backups_in(folder).values():
        taken = take_backup(database, folder, now)
    prune_backups(folder, retention_days, now)
    return taken
