"""Settings kept as JSON in the local ``setting`` table: one way to read and write them."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import Setting


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    """The stored value of ``key``, or ``default`` when it was never stored."""
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value_json)


def write_setting(session: Session, key: str, value: object) -> None:
    """Store ``value`` under ``key`` in the caller's transaction."""
    text = json.dumps(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value_json=text))
    else:
        row.value_json = text
