"""Create or upgrade the local schema with Alembic, after a backup of any existing data.

Alembic (with Mako and its dialect modules) takes a good part of a second to import, so it
is loaded only when a schema must change: the check at every start reads the stored
revision with one query and compares it with ``HEAD_REVISION``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from desk_app.db.backup import backup_database
from desk_app.db.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "desk_app.db:migrations"
# The newest revision in migrations/versions; tests/unit/test_migration_files.py fails
# when a new revision is added without moving this along.
HEAD_REVISION = "0023"


def alembic_config() -> Config:
    """The Alembic configuration, found inside the package so it works when bundled too."""
    from alembic.config import Config  # noqa: PLC0415 - Alembic loads only to migrate

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    return HEAD_REVISION


def script_head() -> str:
    """The newest revision as Alembic finds it in the migration scripts (slow: loads them)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - Alembic loads only when asked

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def knows_revision(revision: str) -> bool:
    """Whether ``revision`` is one of this app's migrations (not one of a newer version)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - Alembic loads only when asked
    from alembic.util import CommandError  # noqa: PLC0415

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        return False
    return True


def current_revision(database: Database) -> str | None:
    """The schema revision the file is at, or ``None`` for an empty file."""
    with database.writer.connect() as connection:
        stored = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if stored is None:
            return None
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


def upgrade_database(database: Database, backup_folder: Path, now: datetime) -> Path | None:
    """Bring the schema to the newest revision; return the backup taken first, if any."""
    current = current_revision(database)
    if current == head_revision():
        return None
    from alembic import command  # noqa: PLC0415 - Alembic loads only to migrate

    backup = None
    if current is not None:
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
        backup = backup_database(
            database, backup_folder / f"before-upgrade-{current}-{stamp}.sqlite3"
        )
    config = alembic_config()
    with database.writer.connect() as connection:
        # Batch mode rebuilds a table that others refer to (drop, then rename the copy):
        # SQLite allows that only with foreign keys off, set outside a transaction.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                _check_references(connection)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return backup


def _check_references(connection: Connection) -> None:
    """Refuse the upgrade (rolled back whole) if it left a row pointing at nothing."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is not None:
        raise RuntimeError(f"Upgrade left a broken reference: {tuple(broken)}")
