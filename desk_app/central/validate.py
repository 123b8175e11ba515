"""Which pushed rows the central side rejects: they go to the error list, never retried blindly."""

from __future__ import annotations

from functools import cache
from typing import Any

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
    return _column_problem(row.table_name, row.values)


def _column_problem(table_name: str, values: dict[str, Any]) -> str | None:
    for name, nullable, expected, length in _specs(table_name):
        value = values.get(name)
        if value is None:
            if not nullable:
                return f"kolom {name} is leeg"
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            return f"kolom {name} heeft geen geldige waarde"
        elif length is not None and isinstance(value, str) and len(value) > length:
            return f"kolom {name} is te lang"
    return None


@cache
def _specs(table_name: str) -> list[tuple[str, bool, type[Any], int | None]]:
    """Per column: name, whether it may be empty, the Python type and the longest text."""
    return [
        (
            column.name,
            bool(column.nullable),
            column.type.python_type,
            getattr(column.type, "length", None),
        )
        for column in MIRRORS[table_name].columns
        if column.name not in _BOOKKEEPING
    ]
