"""Session rules every writer obeys: facts are append-only and synced rows enter the change log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from desk_app.db.types import new_id, utc_now
from desk_app.models.base import Base, is_append_only, is_synced
from desk_app.models.changes import ChangeLogEntry


class AppendOnlyViolation(RuntimeError):
    """A program error: code tried to change or delete a recorded fact."""


def install_rules(sessions: sessionmaker[Session]) -> None:
    """Attach the append-only guard and the change-log writer to ``sessions``."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "do_orm_execute", _refuse_bulk_changes_to_facts)


def _before_flush(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    for obj in session.deleted:
        if is_append_only(obj) or is_synced(obj):
            raise AppendOnlyViolation(f"{type(obj).__name__} rows are never deleted")
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        if is_append_only(obj):
            raise AppendOnlyViolation(f"{type(obj).__name__} rows are never updated")
        if is_synced(obj) and _changes_synced_columns(obj):
            session.add(_log_entry(obj.__tablename__, obj.id, "update"))
    for obj in session.new:
        if is_synced(obj):
            if obj.id is None:
                obj.id = new_id()
            session.add(_log_entry(obj.__tablename__, obj.id, "insert"))


def _changes_synced_columns(obj: Any) -> bool:
    local_only: frozenset[str] = getattr(obj, "__local_columns__", frozenset())
    state = inspect(obj)
    return any(attr.history.has_changes() for attr in state.attrs if attr.key not in local_only)


def _refuse_bulk_changes_to_facts(state: ORMExecuteState) -> None:
    mapper = state.bind_mapper
    if (state.is_update or state.is_delete) and mapper and is_append_only(mapper.class_):
        raise AppendOnlyViolation(f"{mapper.class_.__name__} rows are never updated or deleted")


def _log_entry(table_name: str, row_id: Any, operation: str) -> ChangeLogEntry:
    return ChangeLogEntry(
        table_name=table_name, row_id=row_id, operation=operation, created_at=utc_now()
    )


def bulk_insert(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert many rows in one statement and log them, for the few paths that need speed."""
    if not rows:
        return
    connection = session.connection()  # Core executemany: one statement for all rows
    connection.execute(insert(Base.metadata.tables[model.__tablename__]), list(rows))
    if is_synced(model):
        now = utc_now()
        connection.execute(
            insert(Base.metadata.tables[ChangeLogEntry.__tablename__]),
            [
                {
                    "table_name": model.__tablename__,
                    "row_id": row["id"],
                    "operation": "insert",
                    "created_at": now,
                }
                for row in rows
            ],
        )
