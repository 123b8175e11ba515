"""Create or upgrade the central schema with its own Alembic history and version table."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.dialects.postgresql import insert

from desk_app.central.connect import engine_for
from desk_app.central.schema import VERSION_TABLE, accepted_version

SCRIPT_LOCATION = "desk_app.central:migrations"
# Push formats the central side accepts: the current one and the few before it.
ACCEPTED_SCHEMA_VERSIONS = (1, 2, 3, 4)


def alembic_config() -> Config:
    """The central Alembic configuration, found inside the package."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    """The newest central schema revision this app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def init_central(url: str) -> tuple[str | None, str]:
    """Bring the central schema to the newest revision; return the revisions before and after."""
    engine = engine_for(url)
    try:
        with engine.begin() as connection:
            before = MigrationContext.configure(
                connection, opts={"version_table": VERSION_TABLE}
            ).get_current_revision()
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            accept = insert(accepted_version).on_conflict_do_nothing()
            connection.execute(accept, [{"schema_version": v} for v in ACCEPTED_SCHEMA_VERSIONS])
    finally:
        engine.dispose()
    return before, head_revision()
