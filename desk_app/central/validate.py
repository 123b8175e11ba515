"""Which pushed rows the central side rejects: they go to the error list, never retried blindly."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column

from desk_app.central.schema import MIRRORS
from desk_app.sync.outbox import OutgoingRow

_BOOKKEEPING = {"late", "received_at"}


def problem_with(row: OutgoingRow, centre_code: str) -> str | None:
    """Why the central side cannot store ``row`` (in Dutch, for the office), or ``None``."""
    mirror = MIRRORS.get(row.table_name)
    if mirror is None:
        return f"tabel {row.table_name} is centraal onbekend"
    if row.values is None:
        return "de rij bestaat niet (meer) in de lokale database"
    if row.values.get("centre_code") != centre_code:
        return f"de rij hoort bij buurthuis {row.values.get('centre_code')!r}, niet {centre_code}"
    unknown = set(row.values) - set(mirror.c.keys())
    if unknown:
        return f"onbekende kolommen: {', '.join(sorted(unknown))}"
    problems = (_column_problem(column, row.values.get(column.name)) for column in mirror.columns)
    return next((problem for problem in problems if problem), None)


def _column_problem(column: Column[Any], value: object) -> str | None:
    if column.name in _BOOKKEEPING:
        return None
    if value is None:
        return None if column.nullable else f"kolom {column.name} is leeg"
    expected = column.type.python_type
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        return f"kolom {column.name} heeft geen geldige waarde"
    length = getattr(column.type, "length", None)
    if isinstance(value, str) and length is not None and len(value) > length:
        return f"kolom {column.name} is te lang"
    return None
