"""A value as it travels in JSON, back as the Python value of its local column."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, DateTime, Enum, Time, Uuid


def typed(column_type: Any, value: Any) -> Any:
    """A JSON value as the column's Python type."""
    if value is None:
        return None
    converters: list[tuple[type[Any], Any]] = [
        (Enum, lambda v: column_type.enum_class(v) if column_type.enum_class else v),
        (DateTime, datetime.fromisoformat),
        (Date, date.fromisoformat),
        (Time, time.fromisoformat),
        (Uuid, uuid.UUID),
    ]
    for kind, convert in converters:
        if isinstance(column_type, kind) or isinstance(getattr(column_type, "impl", None), kind):
            return convert(value)
    return value
