"""A deliberately naive receiver (no lock, no mark, plain INSERT): the harness must catch it."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

import psycopg
from psycopg import sql

from desk_app.central.receive import Batch, Receipt, Receiver
from desk_app.central.schema import MIRRORS


def drop_keys(connection: psycopg.Connection[Any]) -> None:
    """Without keys a plain INSERT of a resent row lands twice instead of failing."""
    for name in [*MIRRORS, "raw_batch"]:
        connection.execute(
            sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(
                sql.Identifier(name), sql.Identifier(f"pk_{name}")
            )
        )
    connection.commit()


class NaiveReceiver(Receiver):
    """Trusts the sender's own note of progress, inserts whatever arrives, takes no lock."""

    noted: ClassVar[dict[tuple[str, uuid.UUID], int]] = {}

    def high_water(self, centre_code: str, epoch: uuid.UUID) -> int:
        """The sender's note: moved only when a reply arrives, so a lost reply means a resend."""
        return self.noted.get((centre_code, epoch), 0)

    def apply(self, batch: Batch) -> Receipt:
        with self.connection.transaction():
            self.connection.execute(
                "INSERT INTO sync_progress (centre_code, epoch) VALUES (%s, %s) "
                "ON CONFLICT DO NOTHING",
                (batch.centre_code, batch.epoch),
            )
            for row in batch.rows:
                if row.values is None or row.table_name not in MIRRORS:
                    continue
                columns = list(row.values)
                self.connection.execute(
                    sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                        sql.Identifier(row.table_name),
                        sql.SQL(", ").join(map(sql.Identifier, columns)),
                        sql.SQL(", ").join(sql.Placeholder() * len(columns)),
                    ),
                    [row.values[c] for c in columns],
                )
            self._store_raw(batch, list(batch.rows))  # the whole batch again, resent or not
            self.connection.execute(
                "UPDATE sync_progress SET high_water = %s WHERE centre_code = %s AND epoch = %s",
                (batch.last_seq, batch.centre_code, batch.epoch),
            )
        self.noted[(batch.centre_code, batch.epoch)] = batch.last_seq
        return Receipt(batch.last_seq, len(batch.rows), 0)
