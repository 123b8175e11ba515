"""Session rules every writer obeys: facts are append-only, synced rows are never deleted.

The change log itself is written by database triggers (see ``db.triggers``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import event, insert
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, UOWTransaction, sessionmaker

from desk_app.models.base import Base, is_append_only, is_synced


class AppendOnlyViolation(RuntimeError):
    """A program error: code tried to change or delete a recorded fact."""


def install_rules(sessions: sessionmaker[Session]) -> None:
    """Attach the append-only guards to ``sessions``."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "do_orm_execute", _refuse_bulk_changes_to_facts)


def _before_flush(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    for obj in session.deleted:
        if is_append_only(obj) or is_synced(obj):
            raise AppendOnlyViolation(f"{type(obj).__name__} rows are never deleted")
    for obj in session.dirty:
        if is_append_only(obj) and session.is_modified(obj, include_collections=False):
            raise AppendOnlyViolation(f"{type(obj).__name__} rows are never updated")


def _refuse_bulk_changes_to_facts(state: ORMExecuteState) -> None:
    mapper = state.bind_mapper
    if (state.is_update or state.is_delete) and mapper and is_append_only(mapper.class_):
        raise AppendOnlyViolation(f"{mapper.class_.__name__} rows are never updated or deleted")


def bulk_insert(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows with one Core statement (executemany), for paths that need speed."""
    if rows:
        table = Base.metadata.tables[model.__tablename__]
        session.connection().execute(insert(table), list(rows))


def insert_built(session: Session, rows: Sequence[Base]) -> None:
    """Insert rows built as objects but never added, one Core statement per table, in order.

    The busiest writes (a sale and its lines) skip the unit of work's bookkeeping this way;
    a column left ``None`` that has a default gets the default, as a flush would give it.
    """
    for model, group in groupby(rows, type):
        mapper: Mapper[Base] = sa_inspect(model)
        values = [
            {
                attr.columns[0].name: value
                for attr in mapper.column_attrs
                if (value := getattr(row, attr.key)) is not None or attr.columns[0].default is None
            }
            for row in group
        ]
        bulk_insert(session, model, values)
