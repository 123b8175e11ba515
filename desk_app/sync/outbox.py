"""The local side of the push: numbered changes read from the log, rows as they are now.

The rows are read straight from SQLite, which also writes each one as JSON: that JSON is the
payload kept centrally, and its values are in the text forms PostgreSQL reads (UUIDs as hex,
times in UTC with their offset), so nothing is converted value by value in Python.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import Any

import orjson
from sqlalchemy import Boolean, Connection

from desk_app.models.types import UTCDateTime
from desk_app.wire.registry import synced_table
from desk_app.wire.rows import OutgoingRow


def highest_seq(connection: Connection) -> int:
    """The newest number in the change log (0 for an empty log)."""
    row = _sqlite(connection).execute("SELECT max(seq) FROM change_log").fetchone()
    return int(row[0] or 0)


def read_changes(connection: Connection, after: int, upto: int, limit: int) -> list[OutgoingRow]:
    """Up to ``limit`` changes numbered after ``after`` and at most ``upto``, rows read now."""
    raw = _sqlite(connection)
    log = raw.execute(
        "SELECT seq, table_name, row_id, operation FROM change_log "
        "WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
        (after, upto, limit),
    ).fetchall()
    if not log:
        return []
    logged: dict[str, list[str]] = {}
    for _seq, name, row_id, _operation in log:
        logged.setdefault(name, []).append(row_id)
    payloads = {name: _payloads(raw, name, row_ids) for name, row_ids in logged.items()}
    rows = []
    for seq, name, row_id, operation in log:
        payload = payloads[name].get(row_id)
        values = None if payload is None else orjson.loads(payload)
        rows.append(OutgoingRow(seq, name, row_id, operation, values, payload))
    return rows


def _sqlite(connection: Connection) -> sqlite3.Connection:
    """The driver's own connection under a SQLAlchemy one, in the same transaction."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _payloads(raw: sqlite3.Connection, table_name: str, row_ids: list[str]) -> dict[str, str]:
    """The JSON of each named row of a table, by its stored id (a row gone since is absent).

    The keys go in as one JSON array: each is looked up by the primary key, so a table with
    few changes in a batch costs few look-ups, not a pass over the batch's part of the log.
    """
    query = _payload_query(table_name)
    if query is None:
        return {}
    return dict(raw.execute(query, (orjson.dumps(row_ids).decode(),)).fetchall())


@cache
def _payload_query(table_name: str) -> str | None:
    """SELECT of id and pushed columns as a JSON object, for the rows whose keys are given."""
    entry = synced_table(table_name)
    if entry is None:
        return None
    pairs = ", ".join(f"'{name}', {_json_value(entry.local.c[name])}" for name in entry.columns)
    return (
        f"SELECT id, json_object({pairs}) FROM {table_name} "  # noqa: S608 - names from the registry
        "WHERE id IN (SELECT value FROM json_each(?))"
    )


def _json_value(column: Any) -> str:
    """A column as SQL for json_object: booleans as JSON booleans, times with their UTC offset."""
    name = f'"{column.name}"'
    if isinstance(column.type, Boolean):
        return f"CASE {name} WHEN 0 THEN json('false') WHEN 1 THEN json('true') END"
    if isinstance(column.type, UTCDateTime):
        return f"{name} || '+00:00'"
    return name
