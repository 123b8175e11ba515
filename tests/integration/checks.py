"""The scenario checker: central against local, row by row, per centre and table."""

from __future__ import annotations

import enum
import hashlib
import sqlite3
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import select

from desk_app.bootstrap import Desk
from desk_app.central.raw import unpack
from desk_app.services.identity import current_epoch
from desk_app.wire.registry import SYNCED_TABLES
from desk_app.wire.rows import OutgoingRow


@dataclass
class Report:
    """What a scenario found; every count must be 0 and every flag true."""

    seed: int
    lost: int = 0
    doubled: int = 0
    unexpected: int = 0
    differing_checksums: list[str] = field(default_factory=list)
    visitor_days_differ: int = 0
    sequence_gaps: int = 0
    integrity: str = "ok"

    @property
    def clean(self) -> bool:
        return (
            self.lost == self.doubled == self.unexpected == 0
            and not self.differing_checksums
            and self.visitor_days_differ == 0
            and self.sequence_gaps == 0
            and self.integrity == "ok"
        )


def _norm(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _local_rows(desk: Desk, name: str, columns: list[str]) -> list[tuple[Any, ...]]:
    entry = next(e for e in SYNCED_TABLES if e.name == name)
    with desk.uow.read() as tx:
        rows = tx.session.execute(select(*(entry.local.c[c] for c in columns))).all()
    return [tuple(_norm(v) for v in row) for row in rows]


def _central_rows(
    central: psycopg.Connection[Any], name: str, columns: list[str], centre: str
) -> list[tuple[Any, ...]]:
    query = f"SELECT {', '.join(columns)} FROM {name} WHERE centre_code = %s"
    return [tuple(_norm(v) for v in row) for row in central.execute(query, (centre,))]


def _checksum(rows: list[tuple[Any, ...]]) -> str:
    return hashlib.sha256(repr(sorted(rows, key=repr)).encode()).hexdigest()


def compare(desk: Desk, url: str, seed: int) -> Report:
    """Central equals local for this centre: rows, content checksums, visitors per day, seqs."""
    report = Report(seed)
    with desk.uow.read() as tx:
        centre = tx.centre_code()
        epoch = current_epoch(tx.session)
    with psycopg.connect(url) as central:
        for entry in SYNCED_TABLES:
            columns = entry.columns
            local = _local_rows(desk, entry.name, columns)
            remote = _central_rows(central, entry.name, columns, centre)
            key = columns.index("id")
            local_ids = {row[key] for row in local}
            remote_ids = Counter(row[key] for row in remote)
            report.lost += len(local_ids - set(remote_ids))
            report.unexpected += len(set(remote_ids) - local_ids)
            report.doubled += sum(n - 1 for n in remote_ids.values())
            if _checksum(local) != _checksum(remote):
                report.differing_checksums.append(entry.name)
        report.visitor_days_differ = _visitor_days_differ(desk, central, centre)
        report.sequence_gaps = _gaps(central, centre, epoch)
    with sqlite3.connect(desk.database.path) as connection:
        report.integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    return report


def _visitor_days_differ(desk: Desk, central: psycopg.Connection[Any], centre: str) -> int:
    query = "SELECT local_day, sum(visitors) FROM visit WHERE centre_code = ? GROUP BY 1"
    with desk.uow.read() as tx:
        local = {str(d): int(n) for d, n in tx.connection.exec_driver_sql(query, (centre,))}
    remote = {
        str(d): int(n) for d, n in central.execute(query.replace("?", "%s"), (centre,)).fetchall()
    }
    return len(set(local.items()) ^ set(remote.items()))


def raw_rows(
    central: psycopg.Connection[Any], centre: str | None = None, epoch: uuid.UUID | None = None
) -> list[OutgoingRow]:
    """Every change kept in the raw batches (of one centre and epoch), read back and checked."""
    batches = central.execute(
        "SELECT body, sha256 FROM raw_batch WHERE (%(centre)s::text IS NULL OR centre_code = "
        "%(centre)s) AND (%(epoch)s::uuid IS NULL OR epoch = %(epoch)s) ORDER BY first_seq",
        {"centre": centre, "epoch": epoch},
    ).fetchall()
    return [row for body, sha256 in batches for row in unpack(bytes(body), bytes(sha256))]


def _gaps(central: psycopg.Connection[Any], centre: str, epoch: uuid.UUID | None) -> int:
    """Numbers missing or repeated between 1 and the mark in the raw batches of this epoch."""
    mark_row = central.execute(
        "SELECT high_water FROM sync_progress WHERE centre_code = %s AND epoch = %s",
        (centre, epoch),
    ).fetchone()
    if mark_row is None:
        return 0
    mark = int(mark_row[0])
    numbers = [row.seq for row in raw_rows(central, centre, epoch)]
    distinct = len(set(numbers))
    highest = max(numbers, default=0)
    return abs(mark - distinct) + (len(numbers) - distinct) + abs(highest - mark)
