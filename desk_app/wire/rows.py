"""One changed row as it is sent: its log number, table, key and content."""

from __future__ import annotations

import uuid
from typing import Any, NamedTuple

import orjson


class OutgoingRow(NamedTuple):
    """One change to send: its log number and the row's current content (``None`` if gone).

    ``raw`` is the row's JSON as read; without it the payload is made from ``values``.
    """

    seq: int
    table_name: str
    row_id: uuid.UUID | str
    operation: str
    values: dict[str, Any] | None
    raw: str | None = None

    @property
    def payload(self) -> str:
        """The row as JSON, kept centrally beside the typed copy."""
        if self.raw is not None:
            return self.raw
        return orjson.dumps(self.values, option=orjson.OPT_SORT_KEYS).decode()
