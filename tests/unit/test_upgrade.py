"""A newer app over an older data folder: the database upgrades itself, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desk_app.bootstrap import open_desk
from desk_app.db import migrate
from desk_app.models import Base
from desk_app.paths import DataFolder
from desk_app.services import audit, centre, people
from desk_app.services.auth import authenticate
from desk_app.services.identity import ensure_epoch
from tests.unit import oldest_schema


@pytest.fixture
def old_folder(tmp_path: Path) -> DataFolder:
    """A data folder whose database the oldest app version made and filled."""
    folder = DataFolder(tmp_path / "data")
    oldest = oldest_schema.oldest_revision()
    assert oldest in oldest_schema.FILLS, f"write a fill for the oldest revision {oldest}"
    oldest_schema.build_at(folder.database, oldest)
    oldest_schema.FILLS[oldest](folder.database)
    return folder


def test_an_old_database_upgrades_after_a_backup_with_its_data_intact(
    old_folder: DataFolder,
) -> None:
    desk = open_desk(old_folder)
    try:
        assert migrate.current_revision(desk.database) == migrate.head_revision()
        details = centre.centre_details(desk.uow)
        assert (details.name, details.code, details.postcode) == ("Open Hof", "OHO", "1183 AA")
        assert details.opening_hours[6] is None
        [account] = people.desk_accounts(desk.uow)
        pending = authenticate(desk.uow, account.person_id, oldest_schema.MANAGER_PIN)
        assert pending.needs_new_pin  # her old four digits are too few for a manager now
        actor = people.choose_own_pin(desk.uow, pending, "258036")
        assert actor.name == "Fatima El Amrani"
        assert [row.action for row in audit.recent_entries(desk.uow, actor)][-1] == "centre.setup"
        assert ensure_epoch(desk.uow) == oldest_schema.EPOCH
    finally:
        desk.close()
    [backup] = old_folder.backups.glob(f"before-upgrade-{oldest_schema.oldest_revision()}-*")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            oldest_schema.oldest_revision(),
        )
        assert copy.execute("SELECT name FROM room").fetchall() == [("Grote zaal",)]
    copy.close()


@pytest.mark.parametrize("revision", oldest_schema.all_revisions()[:-1])
def test_every_older_revision_upgrades_to_the_models(tmp_path: Path, revision: str) -> None:
    folder = DataFolder(tmp_path)
    oldest_schema.build_at(folder.database, revision)
    desk = open_desk(folder)
    try:
        with desk.database.writer.connect() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, Base.metadata) == []
        assert list(folder.backups.glob(f"before-upgrade-{revision}-*"))
    finally:
        desk.close()
