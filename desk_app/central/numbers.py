"""A receipt, invoice or day-close number a centre gives twice is held back, not stored twice.

A desk gives its numbers gapless and once, but a restored older backup on a PC that could not
learn the numbers used since (a new PC, no central database reachable) may give one again.
The second row with a number is kept aside in ``number_conflict`` with its payload and the id
of the row that has the number, and ``central conflicts`` shows it to a person.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from desk_app.central.errors import SyncErrorRow
from desk_app.central.reads import read_central
from desk_app.central.schema import NUMBERED
from desk_app.central.validate import kept_payload
from desk_app.wire.rows import OutgoingRow

if TYPE_CHECKING:
    import psycopg

Good = dict[str, dict[uuid.UUID | str, OutgoingRow]]
# How each numbered series is named to a person.
NUMBER_KINDS = {"sale": "bon", "invoice": "factuur", "day_close": "dagafsluiting"}


class Repeated(NamedTuple):
    """A row whose number the centre already gave to the row ``existing_id``."""

    row: OutgoingRow
    number: int
    existing_id: uuid.UUID


def take_repeated(
    connection: psycopg.Connection[Any], centre_code: str, good: Good
) -> list[Repeated]:
    """Take out of ``good`` the rows whose number another row has (stored or earlier in the
    batch), and return them."""
    repeated: list[Repeated] = []
    for table_name, column in NUMBERED.items():
        by_id = good.get(table_name)
        if not by_id:
            continue
        holders = _holders(connection, table_name, column, centre_code, by_id.values())
        for row_id, row in list(by_id.items()):
            number = (row.values or {}).get(column)
            if not isinstance(number, int):
                continue
            own = uuid.UUID(str(row_id))
            holder = holders.setdefault(number, own)
            if holder != own:
                del by_id[row_id]
                repeated.append(Repeated(row, number, holder))
    return repeated


def hold_repeated(
    connection: psycopg.Connection[Any], centre_code: str, epoch: uuid.UUID, rows: list[Repeated]
) -> None:
    """Keep the refused rows with their payload for a person to resolve."""
    if not rows:
        return
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO number_conflict (centre_code, epoch, seq, table_name, number, row_id, "
            "existing_id, payload) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT DO NOTHING",
            [
                (
                    centre_code,
                    epoch,
                    found.row.seq,
                    found.row.table_name,
                    found.number,
                    uuid.UUID(str(found.row.row_id)),
                    found.existing_id,
                    kept_payload(found.row.payload),
                )
                for found in rows
            ],
        )


def _holders(
    connection: psycopg.Connection[Any],
    table_name: str,
    column: str,
    centre_code: str,
    rows: Iterable[OutgoingRow],
) -> dict[int, uuid.UUID]:
    """Which stored row holds each of the batch's numbers."""
    numbers = [number for row in rows if isinstance(number := (row.values or {}).get(column), int)]
    if not numbers:
        return {}
    from psycopg import sql  # noqa: PLC0415 - psycopg loads when the central database is used

    query = sql.SQL("SELECT {0}, id FROM {1} WHERE centre_code = %s AND {0} = ANY(%s)").format(
        sql.Identifier(column), sql.Identifier(table_name)
    )
    return {
        int(str(number)): row_id
        for number, row_id in connection.execute(query, (centre_code, numbers))
    }


@dataclass(frozen=True)
class NumberConflict:
    """A row held back because its centre had given its number to another row already."""

    centre_code: str
    table_name: str
    number: int
    row_id: uuid.UUID
    existing_id: uuid.UUID
    epoch: uuid.UUID
    seq: int
    received_at: datetime

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values, marked as a number conflict beside the double bookings."""
        return {
            "kind": "number",
            "centre_code": self.centre_code,
            "table_name": self.table_name,
            "number": self.number,
            "row_id": str(self.row_id),
            "existing_id": str(self.existing_id),
            "epoch": str(self.epoch),
            "seq": self.seq,
            "received_at": self.received_at.isoformat(),
        }

    def as_error_row(self) -> SyncErrorRow:
        """The held row as a refused row, for the desk's list of what the central side refused."""
        kind = NUMBER_KINDS.get(self.table_name, self.table_name)
        reason = (
            f"{kind} {self.number} is al gegeven aan {self.existing_id}; deze tweede is niet "
            "opgeslagen (zie de conflictenlijst)"
        )
        return SyncErrorRow(
            self.centre_code,
            self.epoch,
            self.seq,
            self.table_name,
            self.row_id,
            reason,
            self.received_at,
        )


def number_conflicts(url: str, centre: str | None = None) -> list[NumberConflict]:
    """The unresolved rows held back for a repeated number, or one centre's."""
    return read_central(url, lambda connection: number_conflicts_on(connection, centre))


def number_conflicts_on(
    connection: psycopg.Connection[Any], centre: str | None
) -> list[NumberConflict]:
    """:func:`number_conflicts` on an open connection."""
    if not _holds_numbers(connection):
        return []
    rows = connection.execute(
        "SELECT centre_code, table_name, number, row_id, existing_id, epoch, seq, received_at "
        "FROM number_conflict WHERE NOT resolved "
        "AND (%(centre)s::text IS NULL OR centre_code = %(centre)s) "
        "ORDER BY centre_code, table_name, number, received_at",
        {"centre": centre},
    ).fetchall()
    return [NumberConflict(*row) for row in rows]


def _holds_numbers(connection: psycopg.Connection[Any]) -> bool:
    """Whether the central schema has the list (c008)."""
    row = connection.execute("SELECT to_regclass('number_conflict') IS NOT NULL").fetchone()
    return bool(row is not None and row[0])
