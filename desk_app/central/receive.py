"""The central side of one pushed batch: one transaction, locked, gap-free, idempotent.

The centre's progress row is locked first, so two syncs of one centre cannot both count a
batch; a batch that skips numbers is refused; rows go in with ``INSERT ... ON CONFLICT`` from
a COPY-filled staging table, the raw payload beside them, and the mark moves in the same commit.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg
from psycopg import sql

from desk_app.central.validate import problem_with
from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.sync.outbox import OutgoingRow


class BatchRefused(DeskError):
    """The central side will not take this batch (a gap, or a push format it does not accept)."""


@dataclass(frozen=True)
class Batch:
    """Consecutive changes of one centre and epoch, in one push format."""

    centre_code: str
    epoch: uuid.UUID
    schema_version: int
    rows: Sequence[OutgoingRow]

    @property
    def first_seq(self) -> int:
        return self.rows[0].seq

    @property
    def last_seq(self) -> int:
        return self.rows[-1].seq


@dataclass(frozen=True)
class Receipt:
    """What the central side did with a batch."""

    high_water: int
    stored: int
    rejected: int


class Receiver:
    """Applies batches on one autocommit psycopg connection, each in its own transaction."""

    def __init__(self, connection: psycopg.Connection[tuple[object, ...]]) -> None:
        connection.autocommit = True
        self.connection = connection

    def high_water(self, centre_code: str, epoch: uuid.UUID) -> int:
        """The centre's mark for an epoch: every number up to it has been received."""
        row = self.connection.execute(
            "SELECT high_water FROM sync_progress WHERE centre_code = %s AND epoch = %s",
            (centre_code, epoch),
        ).fetchone()
        return int(str(row[0])) if row else 0

    def apply(self, batch: Batch) -> Receipt:
        """Store the batch once, whatever was received before; return the new mark."""
        with self.connection.transaction():
            self._check_version(batch.schema_version)
            mark = self._lock_progress(batch.centre_code, batch.epoch)
            if batch.first_seq > mark + 1:
                raise BatchRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors", "De centrale database mist nummers {first} tot {seq}."
                    ),
                    first=mark + 1,
                    seq=batch.first_seq - 1,
                )
            fresh = [row for row in batch.rows if row.seq > mark]
            if not fresh:
                return Receipt(mark, 0, 0)
            rejected = self._store(batch, fresh)
            self.connection.execute(
                "UPDATE sync_progress SET high_water = %s, updated_at = now() "
                "WHERE centre_code = %s AND epoch = %s",
                (batch.last_seq, batch.centre_code, batch.epoch),
            )
        return Receipt(batch.last_seq, len(fresh) - rejected, rejected)

    def _check_version(self, version: int) -> None:
        accepted = [
            int(str(v))
            for (v,) in self.connection.execute("SELECT schema_version FROM accepted_version")
        ]
        if version in accepted:
            return
        if accepted and version < min(accepted):
            raise BatchRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Deze versie van de balie-app is te oud voor de centrale database. "
                    "Installeer de nieuwste versie en synchroniseer opnieuw.",
                )
            )
        raise BatchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De centrale database is ouder dan deze balie-app. "
                "Vraag het kantoor de centrale database bij te werken (central init).",
            )
        )

    def _lock_progress(self, centre_code: str, epoch: uuid.UUID) -> int:
        self.connection.execute(
            "INSERT INTO sync_progress (centre_code, epoch) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (centre_code, epoch),
        )
        row = self.connection.execute(
            "SELECT high_water FROM sync_progress WHERE centre_code = %s AND epoch = %s FOR UPDATE",
            (centre_code, epoch),
        ).fetchone()
        assert row is not None
        return int(str(row[0]))

    def _store(self, batch: Batch, rows: list[OutgoingRow]) -> int:
        """Typed rows, raw payloads and rejected rows; return how many were rejected."""
        good: dict[str, dict[uuid.UUID, dict[str, object]]] = {}
        bad: list[tuple[OutgoingRow, str]] = []
        for row in rows:
            reason = problem_with(row, batch.centre_code)
            if reason is None and row.values is not None:
                good.setdefault(row.table_name, {})[row.row_id] = row.values
            else:
                bad.append((row, reason or "onbekende fout"))
        for table_name, by_id in good.items():
            self._upsert(table_name, list(by_id.values()))
        self._store_raw(batch, rows)
        self._store_errors(batch, bad)
        return len(bad)

    def _upsert(self, table_name: str, rows: list[dict[str, object]]) -> None:
        columns = list(rows[0])
        stage = sql.Identifier(f"stage_{table_name}")
        target = sql.Identifier(table_name)
        names = sql.SQL(", ").join(map(sql.Identifier, columns))
        self.connection.execute(
            sql.SQL(
                "CREATE TEMP TABLE IF NOT EXISTS {} (LIKE {} INCLUDING DEFAULTS) "
                "ON COMMIT DELETE ROWS"
            ).format(stage, target)
        )
        with self.connection.cursor().copy(
            sql.SQL("COPY {} ({}) FROM STDIN").format(stage, names)
        ) as copy:
            for values in rows:
                copy.write_row([values[name] for name in columns])
        self.connection.execute(_upsert_statement(table_name, columns))
        if table_name == "day_close":
            self._mark_closed(stage)

    def _mark_closed(self, stage: sql.Identifier) -> None:
        """A signed-off day becomes a closed day: rows for it arriving later are marked late."""
        self.connection.execute(
            sql.SQL(
                "INSERT INTO closed_day (centre_code, local_day, closed_at) "
                "SELECT centre_code, local_day, created_at FROM {} ON CONFLICT DO NOTHING"
            ).format(stage)
        )

    def _store_raw(self, batch: Batch, rows: list[OutgoingRow]) -> None:
        with self.connection.cursor().copy(
            "COPY raw_payload (centre_code, epoch, seq, table_name, row_id, operation, "
            "schema_version, payload) FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(
                    (
                        batch.centre_code,
                        batch.epoch,
                        row.seq,
                        row.table_name,
                        row.row_id,
                        row.operation,
                        batch.schema_version,
                        row.payload,
                    )
                )

    def _store_errors(self, batch: Batch, bad: list[tuple[OutgoingRow, str]]) -> None:
        if not bad:
            return
        with self.connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO sync_error (centre_code, epoch, seq, table_name, row_id, reason, "
                "payload) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                [
                    (
                        batch.centre_code,
                        batch.epoch,
                        row.seq,
                        row.table_name,
                        row.row_id,
                        reason,
                        row.payload,
                    )
                    for row, reason in bad
                ],
            )


def _upsert_statement(table_name: str, columns: list[str]) -> sql.Composed:
    """INSERT from the staging table; a row for a day already closed is kept, marked late."""
    stage = sql.Identifier(f"stage_{table_name}")
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    late: sql.Composable = sql.SQL("false")
    if "local_day" in columns:
        late = sql.SQL(
            "EXISTS (SELECT 1 FROM closed_day d WHERE d.centre_code = s.centre_code "
            "AND d.local_day = s.local_day)"
        )
    updates = sql.SQL(", ").join(
        sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(name))
        for name in columns
        if name not in {"centre_code", "id"}
    )
    return sql.SQL(
        "INSERT INTO {target} ({names}, late) SELECT {names}, {late} FROM {stage} s "
        "ON CONFLICT (centre_code, id) DO UPDATE SET {updates}"
    ).format(
        target=sql.Identifier(table_name), names=names, late=late, stage=stage, updates=updates
    )
