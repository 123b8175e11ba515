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
from desk_app.services.restore import (
    Restored,
    SignIn,
    can_sign,
    discard_staged,
    in_use_and_sound,
    sign_restore,
    stage_backup,
    swap_in,
)
from desk_app.services.restore_since import Signer, SinceBackup, do_again, since_backup
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


def _open_held(folder: DataFolder, database_file: Path | None = None) -> Desk:
    """Open the data folder, bringing its database to the newest schema (backup first).

    ``database_file`` opens another file as the folder's database: a restore's staged copy.
    """
    configure_logging(folder.logs)
    database = open_database(database_file or folder.database)
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


def restore_backup(folder: DataFolder, source: Path, now: datetime, sign_in: SignIn) -> Restored:
    """Put a backup back as the live database, signed by a social manager with her PIN.

    Refused (``FolderInUse``, nothing written) while the desk or another command uses the
    folder. The manager signs against the database in use; when it has no manager who can
    log in, or is damaged, against the backup. Erasures and new PINs made since the backup
    are done again (``restore_since``) and the restore is audited in the restored database.
    Its re-used sequence numbers get a new epoch, so they never pass for sent rows.
    """
    from desk_app.services.numbering import carry_numbers  # noqa: PLC0415 - a restore only

    with take_hold(folder, Use.ALONE):
        staged = stage_backup(folder, source)
        try:
            sound = in_use_and_sound(folder)  # a damaged database is neither signed nor read
            signer = _sign(folder, staged, sign_in, in_use=sound)
            since = _since(folder, staged, in_use=sound)
            kept = swap_in(folder, staged, now)
        finally:
            discard_staged(staged)  # gone once swapped in; a refusal leaves nothing
        desk = _open_held(folder)
        try:
            epoch = start_new_epoch(desk.uow)
            if kept is not None and sound:  # numbers given since are never given again
                carry_numbers(desk.uow, kept)
            done = do_again(desk.uow, since, signer, backup=source, replaced=kept)
            checked = _carry_central_numbers(desk)
        finally:
            desk.close()
    log.info("restored database has the new epoch %s", epoch)
    return Restored(kept, epoch, central_checked=checked, since=done)


def _sign(folder: DataFolder, staged: Path, sign_in: SignIn, *, in_use: bool) -> Signer | None:
    """The manager signs where the managers are: the database in use, else the backup.

    ``None`` when neither has a manager who can log in (a desk never set up): nobody to ask.
    """
    places: list[tuple[Path | None, bool]] = [(None, False)] if in_use else []
    for database_file, in_backup in [*places, (staged, True)]:
        desk = _open_held(folder, database_file)
        try:
            if can_sign(desk.uow):
                return sign_restore(desk.uow, sign_in, in_backup=in_backup)
        finally:
            desk.close()
    return None


def _since(folder: DataFolder, staged: Path, *, in_use: bool) -> SinceBackup:
    """What the database in use erased or re-PINned since the backup, read before it goes."""
    if in_use:
        return since_backup(folder.database, staged)
    return SinceBackup(read=not folder.database.is_file())  # none there: nothing to read


def _carry_central_numbers(desk: Desk) -> bool:
    """The numbers used centrally too, when the restored database knows the address."""
    # psycopg and the central schema load only for a restore, never at the desk's start.
    from desk_app.sync.recovery import carry_central_numbers  # noqa: PLC0415

    return carry_central_numbers(desk.uow)
