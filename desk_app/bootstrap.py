"""Wire the core together: data folder, logging, database, migrations, caches, unit of work."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk_app.db.engine import Database, open_database
from desk_app.db.migrate import upgrade_database
from desk_app.logs import configure_logging
from desk_app.models.types import utc_now
from desk_app.paths import DataFolder
from desk_app.services.caches import HistoryCache, LoginSessions, SettingsCache, TillCache
from desk_app.services.desk_lock import Hold, Use, take_hold
from desk_app.services.identity import ensure_epoch, start_new_epoch
from desk_app.services.restore import Restored, put_backup_in_place
from desk_app.services.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Desk:
    """The opened core of one installation, handed to the CLI and the GUI."""

    folder: DataFolder
    database: Database
    uow: UnitOfWork
    hold: Hold | None = None

    def close(self) -> None:
        """Release the database file, then the data folder's lock."""
        self.database.dispose()
        if self.hold is not None:
            self.hold.release()


def open_desk(folder: DataFolder, use: Use = Use.BESIDE) -> Desk:
    """Open the data folder for ``use``, holding its lock (see ``desk_lock``) until ``close``.

    Refuses with ``FolderInUse`` when another process holds the folder in the way.
    """
    hold = take_hold(folder, use)
    try:
        desk = _open_held(folder)
    except BaseException:
        hold.release()
        raise
    desk.hold = hold
    return desk


def _open_held(folder: DataFolder) -> Desk:
    """Open the data folder, bringing its database to the newest schema (backup first)."""
    configure_logging(folder.logs)
    database = open_database(folder.database)
    try:
        backup = upgrade_database(database, folder.backups, utc_now())
        if backup is not None:
            log.info("database upgraded; the previous version is kept in %s", backup)
        uow = UnitOfWork(
            database,
            settings=SettingsCache(),
            history=HistoryCache(),
            logins=LoginSessions(),
            till=TillCache(),
        )
        ensure_epoch(uow)
    except BaseException:
        database.dispose()
        raise
    return Desk(folder, database, uow)


def restore_backup(folder: DataFolder, source: Path, now: datetime) -> Restored:
    """Put a backup back as the live database and give it a new epoch for the sync.

    Refused (``FolderInUse``, nothing written) while the desk or another command uses the
    folder. The restored database is opened (and upgraded when older) here, so its re-used
    sequence numbers never pass for sent rows.
    """
    from desk_app.services.numbering import carry_numbers  # noqa: PLC0415 - a restore only

    with take_hold(folder, Use.ALONE):
        kept = put_backup_in_place(folder, source, now)
        desk = _open_held(folder)
        try:
            epoch = start_new_epoch(desk.uow)
            if kept is not None:  # numbers given since the backup are never given again
                carry_numbers(desk.uow, kept)
            checked = _carry_central_numbers(desk)
        finally:
            desk.close()
    log.info("restored database has the new epoch %s", epoch)
    return Restored(kept, epoch, central_checked=checked)


def _carry_central_numbers(desk: Desk) -> bool:
    """The numbers used centrally too, when the restored database knows the address."""
    # psycopg and the central schema load only for a restore, never at the desk's start.
    from desk_app.sync.recovery import carry_central_numbers  # noqa: PLC0415

    return carry_central_numbers(desk.uow)
