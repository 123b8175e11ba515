"""Wire the core together: data folder, logging, database, migrations, unit of work."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desk_app.db.engine import Database, open_database
from desk_app.db.migrate import upgrade_database
from desk_app.db.types import utc_now
from desk_app.logs import configure_logging
from desk_app.paths import DataFolder
from desk_app.services.identity import ensure_epoch
from desk_app.services.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Desk:
    """The opened core of one installation, handed to the CLI and the GUI."""

    folder: DataFolder
    database: Database
    uow: UnitOfWork

    def close(self) -> None:
        """Release the database file."""
        self.database.dispose()


def open_desk(folder: DataFolder) -> Desk:
    """Open the data folder, bringing its database to the newest schema (backup first)."""
    configure_logging(folder.logs)
    database = open_database(folder.database)
    try:
        backup = upgrade_database(database, folder.backups, utc_now())
        if backup is not None:
            log.info("database upgraded; the previous version is kept in %s", backup)
        uow = UnitOfWork(database)
        ensure_epoch(uow)
    except BaseException:
        database.dispose()
        raise
    return Desk(folder, database, uow)
