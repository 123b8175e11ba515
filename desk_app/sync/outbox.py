"""The local side of the push: numbered changes read from the log, rows as they are now."""

from __future__ import annotations

import enum
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection, func, select

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
        return json.dumps(self.values, default=_json_value, sort_keys=True)


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
    columns = [table.c[name] for name in entry.columns]
    found: dict[uuid.UUID, dict[str, Any]] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        for row in connection.execute(select(*columns).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = {key: _plain(value) for key, value in row.items()}
    return found


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _json_value(value: Any) -> str:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"cannot put {type(value).__name__} in a sync payload")
