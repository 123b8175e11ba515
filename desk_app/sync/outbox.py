"""The local side of the push: numbered changes read from the log, rows as they are now."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, Enum, String, func, select, type_coerce

from desk_app.models import ChangeLogEntry
from desk_app.sync.registry import synced_table


@dataclass(frozen=True)
class OutgoingRow:
    """One change to send: its log number and the row's current content (``None`` if gone)."""

    seq: int
    table_name: str
    row_id: uuid.UUID
    operation: str
    values: dict[str, Any] | None

    @property
    def payload(self) -> str:
        """The row as JSON, kept centrally beside the typed copy."""
        return orjson.dumps(self.values, option=orjson.OPT_SORT_KEYS).decode()


def highest_seq(connection: Connection) -> int:
    """The newest number in the change log (0 for an empty log)."""
    return int(connection.scalar(select(func.max(ChangeLogEntry.seq))) or 0)


def read_changes(connection: Connection, after: int, upto: int, limit: int) -> list[OutgoingRow]:
    """Up to ``limit`` changes numbered after ``after`` and at most ``upto``, rows read now."""
    log = connection.execute(
        select(
            ChangeLogEntry.seq,
            ChangeLogEntry.table_name,
            ChangeLogEntry.row_id,
            ChangeLogEntry.operation,
        )
        .where(ChangeLogEntry.seq > after, ChangeLogEntry.seq <= upto)
        .order_by(ChangeLogEntry.seq)
        .limit(limit)
    ).all()
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for _seq, table_name, row_id, _operation in log:
        wanted[table_name].add(row_id)
    contents = {
        (name, row_id): values
        for name, ids in wanted.items()
        for row_id, values in _current_rows(connection, name, ids).items()
    }
    return [
        OutgoingRow(seq, name, row_id, operation, contents.get((name, row_id)))
        for seq, name, row_id, operation in log
    ]


def _current_rows(
    connection: Connection, table_name: str, ids: set[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    """The pushed columns of each row, as plain values (enums by their value)."""
    entry = synced_table(table_name)
    if entry is None:
        return {}
    table = entry.local
    # Enums are read as their stored text: the central side keeps them as plain strings.
    columns = [
        type_coerce(table.c[name], String).label(name)
        if isinstance(table.c[name].type, Enum)
        else table.c[name]
        for name in entry.columns
    ]
    found: dict[uuid.UUID, dict[str, Any]] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        for row in connection.execute(select(*columns).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found
