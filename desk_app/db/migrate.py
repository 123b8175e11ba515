"""Create or upgrade the local schema with Alembic, after a backup of any existing data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desk_app.db.backup import backup_database
from desk_app.db.engine import Database

SCRIPT_LOCATION = "desk_app.db:migrations"


def alembic_config() -> Config:
    """The Alembic configuration, found inside the package so it works when bundled too."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    """The schema revision the file is at, or ``None`` for an empty file."""
    with database.writer.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(database: Database, backup_folder: Path, now: datetime) -> Path | None:
    """Bring the schema to the newest revision; return the backup taken first, if any."""
    current = current_revision(database)
    if current == head_revision():
        return None
    backup = None
    if current is not None:
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
        backup = backup_database(
            database, backup_folder / f"before-upgrade-{current}-{stamp}.sqlite3"
        )
    config = alembic_config()
    with database.writer.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
