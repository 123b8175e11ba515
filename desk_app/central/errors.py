"""The central error list: rows the central side refused, kept for a person to look at.

Refused rows are never retried blindly; the office and the centre's manager read them here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desk_app.central.reads import read_central

if TYPE_CHECKING:
    import psycopg  # an annotation only: psycopg loads when the central database is read

LIMIT = 500

_ERRORS = """
SELECT centre_code, epoch, seq, table_name, row_id, reason, received_at
FROM sync_error
WHERE NOT resolved AND (%(centre)s::text IS NULL OR centre_code = %(centre)s)
ORDER BY received_at DESC, centre_code, seq DESC
LIMIT %(limit)s
"""


@dataclass(frozen=True)
class SyncErrorRow:
    """One refused row: where it came from, which table, why, and when it arrived."""

    centre_code: str
    epoch: uuid.UUID
    seq: int
    table_name: str
    row_id: uuid.UUID | None
    reason: str
    received_at: datetime

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values, for ``desk-app central errors --json``."""
        return {
            "centre_code": self.centre_code,
            "epoch": str(self.epoch),
            "seq": self.seq,
            "table": self.table_name,
            "row_id": None if self.row_id is None else str(self.row_id),
            "reason": self.reason,
            "received_at": self.received_at.isoformat(),
        }


def sync_errors(url: str, centre: str | None = None, limit: int = LIMIT) -> list[SyncErrorRow]:
    """The unresolved refused rows, newest first (all centres, or one)."""
    return read_central(url, lambda connection: errors_on(connection, centre, limit))


def errors_on(
    connection: psycopg.Connection[Any], centre: str | None = None, limit: int = LIMIT
) -> list[SyncErrorRow]:
    """:func:`sync_errors` on an open connection."""
    rows = connection.execute(_ERRORS, {"centre": centre, "limit": limit}).fetchall()
    return [
        SyncErrorRow(code, epoch, int(seq), table, row_id, reason, received_at)
        for code, epoch, seq, table, row_id, reason, received_at in rows
    ]
