"""What the central database holds of one centre, read back for a desk that lost rows.

A restored backup lacks what was synced after it was taken; a new PC lacks everything. Both
ask for the keys of a mirror first, then only for the rows they lack, as the JSON of the
mirror row (the bookkeeping columns left out by the caller).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from desk_app.central.schema import MIRRORS, NUMBERED

if TYPE_CHECKING:
    # psycopg loads when the central database is read, not at the desk's start
    import psycopg
    from psycopg import sql

CHUNK = 5000  # rows asked for in one statement


def central_ids(
    connection: psycopg.Connection[Any], table_name: str, centre_code: str
) -> set[uuid.UUID]:
    """The keys of a centre's rows in one mirror."""
    query = _query("SELECT id FROM {} WHERE centre_code = %s", _mirror(table_name))
    return {row[0] for row in connection.execute(query, (centre_code,))}


def central_rows(
    connection: psycopg.Connection[Any],
    table_name: str,
    centre_code: str,
    ids: Sequence[uuid.UUID],
) -> Iterator[dict[str, Any]]:
    """The rows with these keys, each as the mirror row's JSON object, a chunk at a time."""
    query = _query(
        "SELECT to_jsonb(t) FROM {} t WHERE t.centre_code = %s AND t.id = ANY(%s)",
        _mirror(table_name),
    )
    for start in range(0, len(ids), CHUNK):
        for (row,) in connection.execute(query, (centre_code, list(ids[start : start + CHUNK]))):
            yield row


def central_numbers(connection: psycopg.Connection[Any], centre_code: str) -> dict[str, int]:
    """The highest number a centre used centrally in each numbered mirror (0 for none)."""
    found = {}
    for table_name, column in NUMBERED.items():
        query = _query("SELECT max({}) FROM {} WHERE centre_code = %s", column, table_name)
        row = connection.execute(query, (centre_code,)).fetchone()
        found[table_name] = int(row[0] or 0) if row else 0
    return found


def _query(template: str, *names: str) -> sql.Composed:
    """A statement with table and column names quoted as identifiers."""
    from psycopg import sql  # noqa: PLC0415 - see the top of the module

    return sql.SQL(template).format(*map(sql.Identifier, names))


def _mirror(table_name: str) -> str:
    """A mirror's name, checked against the schema (names never come from input)."""
    if table_name not in MIRRORS:
        raise KeyError(table_name)
    return table_name


def login_centre(connection: psycopg.Connection[Any]) -> str | None:
    """The centre this login acts for (``None``: the office, the owner, or no logins yet)."""
    row = connection.execute("SELECT to_regclass('desk_login') IS NOT NULL").fetchone()
    if row is None or not row[0]:
        return None
    found = connection.execute(
        "SELECT centre_code FROM desk_login WHERE role_name = current_user::text"
    ).fetchone()
    return None if found is None or found[0] is None else str(found[0])
