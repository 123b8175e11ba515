"""Which pushed rows the central side rejects: they go to the error list, never retried blindly.

Every row is checked for what the database cannot see (its table, its centre, its columns);
the column values themselves are checked by the database's own types, and only when it
refuses a batch are they checked here row by row, to name the rows at fault.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cache
from typing import Any

import orjson
from sqlalchemy import TypeDecorator

from desk_app.central.schema import MIRRORS
from desk_app.wire.rows import OutgoingRow

_BOOKKEEPING = {"late", "received_at", "sync_epoch", "sync_seq"}
_SET_CENTRALLY = frozenset({"sync_epoch", "sync_seq"})  # the change that wrote the row
_INT_RANGE = {"Integer": 2**31, "BigInteger": 2**63}
Check = Callable[[Any], bool]


def problem_with(row: OutgoingRow, centre_code: str) -> str | None:
    """Why the central side cannot store ``row`` whatever its values (in Dutch), or ``None``."""
    columns = _known_columns(row.table_name)
    if columns is None:
        return f"tabel {row.table_name} is centraal onbekend"
    if row.values is None:
        return "de rij bestaat niet (meer) in de lokale database"
    if row.values.get("centre_code") != centre_code:
        return f"de rij hoort bij buurthuis {row.values.get('centre_code')!r}, niet {centre_code}"
    if not columns.issuperset(row.values):
        unknown = set(row.values) - columns
        return f"onbekende kolommen: {', '.join(sorted(unknown))}"
    return None


def column_problem(table_name: str, values: dict[str, Any]) -> str | None:
    """Why a column value does not fit its central column (in Dutch), or ``None``."""
    for name, nullable, check, length in _specs(table_name):
        value = values.get(name)
        if value is None:
            if not nullable:
                return f"kolom {name} is leeg"
        elif isinstance(value, str) and "\x00" in value:
            # PostgreSQL stores no NUL character in text (pasted or scanned text may hold one)
            return f"kolom {name} bevat een onzichtbaar NUL-teken"
        elif not check(value):
            return f"kolom {name} heeft geen geldige waarde"
        elif length is not None and isinstance(value, str) and len(value) > length:
            return f"kolom {name} is te lang"
    return None


def kept_payload(payload: str) -> str:
    """A row's JSON as the error list can hold it: a NUL, which ``jsonb`` refuses, as U+FFFD.

    The batch's raw copy keeps the row exactly as it came.
    """
    if "\\u0000" not in payload:
        return payload
    return orjson.dumps(_without_nul(orjson.loads(payload))).decode()


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {_without_nul(key): _without_nul(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_nul(item) for item in value]
    return value


@cache
def _known_columns(table_name: str) -> frozenset[str] | None:
    mirror = MIRRORS.get(table_name)
    return None if mirror is None else frozenset(mirror.c.keys()) - _SET_CENTRALLY


@cache
def _specs(table_name: str) -> list[tuple[str, bool, Check, int | None]]:
    """Per column: name, whether it may be empty, its value check and the longest text."""
    return [
        (
            column.name,
            bool(column.nullable),
            _check_for(column.type),
            getattr(column.type, "length", None),
        )
        for column in MIRRORS[table_name].columns
        if column.name not in _BOOKKEEPING
    ]


def _check_for(column_type: Any) -> Check:
    """A value passes as the Python type itself or as text the column's type reads."""
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    expected = column_type.python_type
    if expected is int:
        limit = _INT_RANGE.get(type(column_type).__name__, 2**63)
        return lambda v: type(v) is int and -limit <= v < limit
    if expected is bool:
        return lambda v: isinstance(v, bool)
    if expected is str:
        return lambda v: isinstance(v, str)
    parse = _PARSERS[expected]
    return lambda v: isinstance(v, expected) or (isinstance(v, str) and _parses(parse, v))


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(text)
    return moment


_PARSERS: dict[type[Any], Callable[[str], object]] = {
    uuid.UUID: uuid.UUID,
    datetime: _aware,
    date: date.fromisoformat,
    time: time.fromisoformat,
}


def _parses(parse: Callable[[str], object], text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True
