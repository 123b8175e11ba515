"""The careful way to store a batch the database refused: the rows at fault named, the rest kept.

A batch goes in whole or not at all; when PostgreSQL refuses it, the receiver rolls it back
and stores it again this way. The values are checked row by row first (``validate.py``);
what PostgreSQL still refuses (a character it cannot store, a check the desk does not know)
is found by halving the table's rows under savepoints, so one bad row costs a few
statements, not one per row, and goes to the error list instead of stopping every sync.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import psycopg

from desk_app.central.validate import column_problem
from desk_app.wire.rows import OutgoingRow

Good = dict[str, dict[uuid.UUID | str, OutgoingRow]]
Key = tuple[str, uuid.UUID | str]
Upsert = Callable[[str, list[OutgoingRow]], None]
# What the database says of rows it will not store as they are: a value that does not fit,
# or a key or a check it holds.
REFUSED = (psycopg.errors.DataError, psycopg.errors.IntegrityError)


def without_bad_values(good: Good, rows: list[OutgoingRow]) -> list[tuple[OutgoingRow, str]]:
    """Take the rows whose values do not fit their columns out of ``good``, with the reason."""
    reasons: dict[Key, str | None] = {}
    bad = []
    for row in rows:
        by_id = good.get(row.table_name, {})
        key = (row.table_name, row.row_id)
        if key not in reasons and row.row_id in by_id:
            reasons[key] = column_problem(row.table_name, by_id[row.row_id].values or {})
        reason = reasons.get(key)
        if reason is not None:
            by_id.pop(row.row_id, None)
            bad.append((row, reason))
    return bad


def upsert_carefully(
    connection: psycopg.Connection[Any], good: Good, upsert: Upsert
) -> dict[Key, str]:
    """Store each table's rows, leaving out the rows PostgreSQL refuses; return those, why.

    Each attempt runs under its own savepoint, so a refused one leaves the batch's
    transaction as it was.
    """
    refused: dict[Key, str] = {}
    for table_name, by_id in good.items():
        _store_part(connection, table_name, list(by_id.values()), upsert, refused)
    return refused


def _store_part(
    connection: psycopg.Connection[Any],
    table_name: str,
    rows: list[OutgoingRow],
    upsert: Upsert,
    refused: dict[Key, str],
) -> None:
    if not rows:
        return
    try:
        with connection.transaction():
            upsert(table_name, rows)
    except REFUSED as error:
        if len(rows) == 1:
            refused[(table_name, rows[0].row_id)] = _reason(error)
            return
        half = len(rows) // 2
        _store_part(connection, table_name, rows[:half], upsert, refused)
        _store_part(connection, table_name, rows[half:], upsert, refused)


def _reason(error: psycopg.Error) -> str:
    """The refusal as the error list keeps it: Dutch, with the server's own words."""
    said = error.diag.message_primary or type(error).__name__
    return f"de centrale database weigert de rij ({error.sqlstate}: {said})"
