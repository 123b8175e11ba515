"""The local database: migrations, durability settings, append-only facts, the change log."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Table, func, select, text, update

from desk_app.bootstrap import Desk, open_desk
from desk_app.db import migrate
from desk_app.db.rules import AppendOnlyViolation
from desk_app.errors import StorageError
from desk_app.models import AuditEntry, Base, ChangeLogEntry, LocalIdentity, Person, Room
from desk_app.models.base import is_synced
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock


def test_new_file_is_created_at_the_newest_schema(desk: Desk) -> None:
    assert migrate.current_revision(desk.database) == migrate.head_revision()


def test_migrations_match_the_models(desk: Desk) -> None:
    with desk.database.writer.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_reopening_runs_no_migration_and_keeps_the_epoch(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    first = open_desk(folder)
    with first.uow.read() as tx:
        epoch = tx.session.scalar(select(LocalIdentity.epoch))
    first.close()
    second = open_desk(folder)
    with second.uow.read() as tx:
        assert tx.session.scalars(select(LocalIdentity.epoch)).all() == [epoch]
    assert (
        migrate.upgrade_database(second.database, folder.backups, datetime.now().astimezone())
        is None
    )
    second.close()


def test_an_upgrade_is_preceded_by_a_backup(
    desk: Desk, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(command, "upgrade", lambda *_args: None)
    backup = migrate.upgrade_database(desk.database, desk.folder.backups, desk.uow.now())
    assert backup is not None
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM centre").fetchall() == [("De Meent",)]
    copy.close()


def test_durable_pragmas_are_on(desk: Desk) -> None:
    with desk.database.writer.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_readers_cannot_write(uow: UnitOfWork, manager: Actor) -> None:
    with pytest.raises(Exception, match="readonly"), uow.read() as tx:
        tx.session.execute(text("DELETE FROM setting"))


@pytest.mark.parametrize("write", ["session", "core"])
def test_a_write_while_another_program_holds_the_lock_says_so(
    desk: Desk, manager: Actor, write: str
) -> None:
    waiting = desk.database.writer.raw_connection()
    waiting.driver_connection.execute("PRAGMA busy_timeout=50")  # type: ignore[union-attr]
    waiting.close()
    other = sqlite3.connect(desk.folder.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with (
            pytest.raises(StorageError, match="in gebruik door een ander programma"),
            desk.uow.write() if write == "session" else desk.uow.write_core() as tx,
        ):
            tx.connection.exec_driver_sql("SELECT 1")
    finally:
        other.execute("ROLLBACK")
        other.close()


def _edit_first_audit_entry(uow: UnitOfWork) -> None:
    with uow.write() as tx:
        tx.session.scalars(select(AuditEntry)).one().action = "forged"


def _bulk_update_audit(uow: UnitOfWork) -> None:
    with uow.write() as tx:
        tx.session.execute(update(AuditEntry).values(action="forged"))


def _delete_audit_entry(uow: UnitOfWork) -> None:
    with uow.write() as tx:
        tx.session.delete(tx.session.scalars(select(AuditEntry)).one())


@pytest.mark.parametrize(
    "change", [_edit_first_audit_entry, _bulk_update_audit, _delete_audit_entry]
)
def test_facts_cannot_be_changed_through_the_orm(
    uow: UnitOfWork, manager: Actor, change: Callable[[UnitOfWork], None]
) -> None:
    with pytest.raises(AppendOnlyViolation):
        change(uow)


def test_facts_cannot_be_changed_below_the_orm(desk: Desk, manager: Actor) -> None:
    with sqlite3.connect(desk.folder.database) as raw:
        for statement in ("UPDATE audit_entry SET action = 'x'", "DELETE FROM audit_entry"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                raw.execute(statement)
    raw.close()


def test_synced_rows_enter_the_change_log(uow: UnitOfWork, manager: Actor) -> None:
    with uow.write() as tx:
        room = Room(centre_code="MEE", name="Grote zaal", capacity=80)
        tx.session.add(room)
    with uow.write() as tx:
        tx.session.get_one(Room, room.id).capacity = 90
    with uow.read() as tx:
        entries = (
            tx.session.execute(
                select(ChangeLogEntry.operation)
                .where(ChangeLogEntry.row_id == room.id)
                .order_by(ChangeLogEntry.seq)
            )
            .scalars()
            .all()
        )
    assert entries == ["insert", "update"]


def test_every_synced_table_logs_its_changes(desk: Desk) -> None:
    synced = {cast(Table, m.local_table).name for m in Base.registry.mappers if is_synced(m.class_)}
    with desk.database.writer.connect() as connection:
        triggers = set(
            connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            ).scalars()
        )
    missing = {f"{t}_log_{op}" for t in synced for op in ("insert", "update")} - triggers
    assert missing == set()


def test_change_log_times_read_back_as_utc(uow: UnitOfWork, manager: Actor) -> None:
    with uow.read() as tx:
        logged = tx.session.scalars(select(ChangeLogEntry.created_at)).first()
    assert logged is not None
    assert logged.tzinfo is not None
    assert abs((logged - datetime.now(UTC)).total_seconds()) < 60


def test_local_columns_do_not_count_as_changes(uow: UnitOfWork, manager: Actor) -> None:
    with uow.read() as tx:
        logged = tx.session.scalar(select(func.count()).select_from(ChangeLogEntry))
    with uow.write() as tx:
        tx.session.get_one(Person, manager.person_id).failed_pin_attempts = 3
    with uow.read() as tx:
        assert tx.session.scalar(select(func.count()).select_from(ChangeLogEntry)) == logged


def _add_room_then_fail(uow: UnitOfWork) -> None:
    with uow.write() as tx:
        tx.session.add(Room(centre_code="MEE", name="Half", capacity=5))
        tx.session.flush()
        raise RuntimeError("stopped half-way")


def test_a_failed_action_writes_nothing(uow: UnitOfWork, manager: Actor) -> None:
    with pytest.raises(RuntimeError):
        _add_room_then_fail(uow)
    with uow.read() as tx:
        assert tx.session.scalars(select(Room)).all() == []
        logged = select(func.count()).select_from(ChangeLogEntry)
        assert tx.session.scalar(logged.where(ChangeLogEntry.table_name == "room")) == 0


def test_a_restore_starts_a_new_epoch(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> None:
    from desk_app.services.identity import current_epoch, start_new_epoch  # noqa: PLC0415

    with uow.read() as tx:
        first = current_epoch(tx.session)
    clock.advance(timedelta(minutes=1))
    second = start_new_epoch(uow)
    with uow.read() as tx:
        assert current_epoch(tx.session) == second != first
