"""The forensic copy of what arrived: each batch once, as sent, compressed, with its checksum.

A batch is kept as JSON lines, one per change (number, table, key, operation and the row as
the desk sent it, ``null`` for a row that was gone), compressed with zlib; the SHA-256 of the
uncompressed lines proves a copy read back is the copy stored. Any change can be shown again
from it and re-applied (``desk-app central payload``).
"""

from __future__ import annotations

import hashlib
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import orjson
import psycopg

from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.wire.rows import OutgoingRow

# Level 1: a third of the size at a fraction of the time of the default level.
LEVEL = 1


class DamagedCopy(DeskError):
    """A stored batch no longer matches its checksum."""


@dataclass(frozen=True)
class StoredChange:
    """One change as it arrived: where it came from, in which push format, and the row."""

    centre_code: str
    epoch: uuid.UUID
    schema_version: int
    received_at: datetime
    row: OutgoingRow

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values, for ``desk-app central payload``."""
        return {
            "centre_code": self.centre_code,
            "epoch": str(self.epoch),
            "seq": self.row.seq,
            "table": self.row.table_name,
            "row_id": str(self.row.row_id),
            "operation": self.row.operation,
            "schema_version": self.schema_version,
            "received_at": self.received_at.isoformat(),
            "row": self.row.values,
        }


@dataclass(frozen=True)
class Packed:
    """A batch as kept: its changes' lines compressed, and the SHA-256 of the lines."""

    first_seq: int
    body: bytes
    sha256: bytes


def pack(rows: Sequence[OutgoingRow]) -> Packed:
    """The batch's lines compressed, with their checksum.

    The rows' JSON is put in as the desk made it, never parsed and written again; the push
    packs the next batch while the central side stores the current one.
    """
    lines = "".join(
        f'{{"seq":{row.seq},"table":{_string(row.table_name)},"row_id":{_id(row.row_id)},'
        f'"operation":{_string(row.operation)},"row":{_row_json(row)}}}\n'
        for row in rows
    ).encode()
    return Packed(rows[0].seq, zlib.compress(lines, LEVEL), hashlib.sha256(lines).digest())


def store_batch(
    connection: psycopg.Connection[Any],
    centre_code: str,
    epoch: uuid.UUID,
    schema_version: int,
    rows: Sequence[OutgoingRow],
    *,
    packed: Packed | None = None,
) -> None:
    """Keep the consecutive changes ``rows`` as they came, in one row of ``raw_batch``.

    ``packed`` is used when it holds exactly these rows (a batch packed when it was read).
    """
    if packed is None or packed.first_seq != rows[0].seq:
        packed = pack(rows)
    connection.execute(
        # The checksum and the body go as binary: no hex text made and read back.
        "INSERT INTO raw_batch (centre_code, epoch, first_seq, last_seq, row_count, "
        "schema_version, sha256, body) VALUES (%s, %s, %s, %s, %s, %s, %b, %b)",
        (
            centre_code,
            epoch,
            rows[0].seq,
            rows[-1].seq,
            len(rows),
            schema_version,
            packed.sha256,
            packed.body,
        ),
    )


def store_rows(
    connection: psycopg.Connection[Any],
    centre_code: str,
    epoch: uuid.UUID,
    schema_version: int,
    rows: Sequence[OutgoingRow],
) -> None:
    """Each payload as a row of ``raw_payload``: for a central schema before c007 only."""
    connection.execute(
        "INSERT INTO raw_payload (centre_code, epoch, seq, table_name, row_id, operation, "
        "schema_version, payload) SELECT %s, %s, u.seq, u.table_name, u.row_id::uuid, "
        "u.operation, %s, u.payload::jsonb "
        "FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[]) "
        "AS u (seq, table_name, row_id, operation, payload)",
        (
            centre_code,
            epoch,
            schema_version,
            [row.seq for row in rows],
            [row.table_name for row in rows],
            [str(row.row_id) for row in rows],
            [row.operation for row in rows],
            [row.payload for row in rows],
        ),
    )


def unpack(body: bytes, sha256: bytes) -> list[OutgoingRow]:
    """The rows of a stored batch; refused when the copy does not match its checksum."""
    lines = zlib.decompress(body)
    if hashlib.sha256(lines).digest() != sha256:
        raise DamagedCopy(
            QT_TRANSLATE_NOOP("Errors", "De bewaarde kopie van deze partij is beschadigd.")
        )
    rows = []
    for line in lines.splitlines():
        change = orjson.loads(line)
        row = change["row"]
        raw = None if row is None else orjson.dumps(row).decode()
        rows.append(
            OutgoingRow(
                change["seq"], change["table"], change["row_id"], change["operation"], row, raw
            )
        )
    return rows


def stored_change(
    connection: psycopg.Connection[Any], centre_code: str, epoch: uuid.UUID, seq: int
) -> StoredChange | None:
    """Change ``seq`` of a centre's epoch as it arrived, or ``None`` if no batch holds it."""
    found = connection.execute(
        "SELECT schema_version, received_at, body, sha256 FROM raw_batch "
        "WHERE centre_code = %s AND epoch = %s AND first_seq <= %s "
        "ORDER BY first_seq DESC LIMIT 1",
        (centre_code, epoch, seq),
    ).fetchone()
    if found is not None:
        version, received_at, body, sha256 = found
        for row in unpack(bytes(body), bytes(sha256)):
            if row.seq == seq:
                return StoredChange(centre_code, epoch, int(version), received_at, row)
    return _before_batches(connection, centre_code, epoch, seq)


def _before_batches(
    connection: psycopg.Connection[Any], centre_code: str, epoch: uuid.UUID, seq: int
) -> StoredChange | None:
    """A change stored row by row before the batches were kept (``raw_payload``, up to c007)."""
    found = connection.execute(
        "SELECT table_name, row_id, operation, schema_version, received_at, payload::text "
        "FROM raw_payload WHERE centre_code = %s AND epoch = %s AND seq = %s",
        (centre_code, epoch, seq),
    ).fetchone()
    if found is None:
        return None
    table_name, row_id, operation, version, received_at, payload = found
    values = orjson.loads(payload)
    row = OutgoingRow(seq, str(table_name), row_id, str(operation), values, str(payload))
    return StoredChange(centre_code, epoch, int(version), received_at, row)


def _row_json(row: OutgoingRow) -> str:
    return "null" if row.values is None else row.payload


@cache
def _string(value: str) -> str:
    """A table name or operation as a JSON string (few different ones: made once each)."""
    return orjson.dumps(value).decode()


def _id(value: uuid.UUID | str) -> str:
    text = str(value)
    if text.isalnum() or text.replace("-", "").isalnum():  # hex, with or without dashes
        return f'"{text}"'
    return orjson.dumps(text).decode()
