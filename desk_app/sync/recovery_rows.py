"""Which central rows a recovery brings: the rows missing here, and newer versions of rows.

A restored database lacks the rows synced after its backup was taken, and holds older
versions of the rows changed and synced since (a booking cancelled, a hirer's new address).
Both come from the central database, except for a row changed here later than its central
version: since the restore, or before the backup but after the row's last sync (a booking
cancelled in the morning, the backup at noon, the PC lost before the night's sync). The
desk's own change wins and travels with the sync. Facts never change, so only their missing
rows are read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.central.recovery import central_ids, central_rows
from desk_app.models import ChangeLogEntry, LocalIdentity
from desk_app.models.base import Fact
from desk_app.services.identity import RESTORE_MARK, current_epoch
from desk_app.services.stored_settings import read_setting
from desk_app.services.uow import UnitOfWork
from desk_app.wire.registry import SYNCED_TABLES, SyncedTable
from desk_app.wire.values import typed

if TYPE_CHECKING:
    import psycopg

Row = dict[str, Any]


@dataclass(frozen=True)
class TableRows:
    """One table's rows to insert (missing here) and to update (newer centrally)."""

    entry: SyncedTable
    missing: list[Row] = field(default_factory=list)
    newer: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Since:
    """What this database's change log says of its rows, against their central versions.

    ``mark`` is the log's number where the restored (or rolled-back) past ends: what is
    logged after it was changed here since. ``previous`` is the epoch that past was synced
    in. A central row that epoch wrote with a number up to the mark is a change this
    database has too, so a later change of the row here is newer, whether it was synced or
    not. A central row written any other way (after the backup was taken, by another epoch,
    by hand) is newer than anything here before the mark.
    """

    previous: uuid.UUID | None
    mark: int
    logged: dict[tuple[str, uuid.UUID], int]  # each row's newest number in the change log

    def newer_here(self, table_name: str, row_id: uuid.UUID, central: Row) -> bool:
        """Whether the row here holds a change its central version lacks."""
        last = self.logged.get((table_name, row_id))
        if last is None:
            return False
        written = _written_by(central, self.previous)
        if written is not None and written <= self.mark:
            return last > written
        return last > self.mark


def since_restore(uow: UnitOfWork) -> Since | None:
    """The log's account of the rows here; ``None`` when the restore's moment is unknown."""
    with uow.read() as tx:
        mark = _mark(tx.session)
        if mark is None:
            return None
        epochs = tx.session.scalars(
            select(LocalIdentity.epoch).order_by(LocalIdentity.number.desc()).limit(2)
        ).all()
        changing = [entry.name for entry in SYNCED_TABLES if not issubclass(entry.model, Fact)]
        newest = tx.session.execute(
            select(ChangeLogEntry.table_name, ChangeLogEntry.row_id, func.max(ChangeLogEntry.seq))
            .where(ChangeLogEntry.table_name.in_(changing))
            .group_by(ChangeLogEntry.table_name, ChangeLogEntry.row_id)
        )
        logged = {(name, row_id): int(seq) for name, row_id, seq in newest}
    return Since(epochs[1] if len(epochs) > 1 else None, mark, logged)


def _written_by(central: Row, epoch: uuid.UUID | None) -> int | None:
    """The number of the change that last wrote a central row, if ``epoch`` sent it."""
    if epoch is None or central.get("sync_seq") is None or central.get("sync_epoch") is None:
        return None
    if uuid.UUID(str(central["sync_epoch"])) != epoch:
        return None
    return int(central["sync_seq"])


def _mark(session: Session) -> int | None:
    """The restore's mark of the current epoch (``None``: not restored, or from before)."""
    mark = read_setting(session, RESTORE_MARK)
    epoch = current_epoch(session)
    if not isinstance(mark, dict) or mark.get("epoch") != str(epoch) or "seq" not in mark:
        return None
    return int(mark["seq"])


def changed_in(session: Session) -> set[tuple[str, uuid.UUID]] | None:
    """The rows changed here since the restore; ``None`` when that moment is unknown."""
    mark = _mark(session)
    if mark is None:
        return None
    found = session.execute(
        select(ChangeLogEntry.table_name, ChangeLogEntry.row_id).where(ChangeLogEntry.seq > mark)
    )
    return {(row.table_name, row.row_id) for row in found}


def read_table(
    uow: UnitOfWork,
    connection: psycopg.Connection[Any],
    entry: SyncedTable,
    centre_code: str,
    since: Since | None,
) -> TableRows:
    """The central rows of one table this database lacks or holds in an older version."""
    there = central_ids(connection, entry.name, centre_code)
    if not there:
        return TableRows(entry)
    compare = since is not None and not issubclass(entry.model, Fact)
    here = _local_rows(uow, entry) if compare else dict.fromkeys(_local_ids(uow, entry))
    asked = sorted(there if compare else there - set(here))
    missing, newer = [], []
    for found in central_rows(connection, entry.name, centre_code, asked):
        row = _typed_row(entry, found)
        if row["id"] not in here:
            missing.append(row)
        elif here[row["id"]] != row and not (
            since is not None and since.newer_here(entry.name, row["id"], found)
        ):
            newer.append(row)
    if "created_at" in entry.columns:  # a reversal after the sale it reverses
        missing.sort(key=lambda row: (row["created_at"] is None, row["created_at"]))
    return TableRows(entry, missing, newer)


def _typed_row(entry: SyncedTable, found: Row) -> Row:
    table = entry.local
    return {name: typed(table.c[name].type, found.get(name)) for name in entry.columns}


def _local_ids(uow: UnitOfWork, entry: SyncedTable) -> set[uuid.UUID]:
    with uow.read() as tx:
        return set(tx.session.scalars(select(entry.local.c.id)))


def _local_rows(uow: UnitOfWork, entry: SyncedTable) -> dict[uuid.UUID, Row | None]:
    """The table's rows here, in the pushed columns, by key."""
    columns = [entry.local.c[name] for name in entry.columns]
    with uow.read() as tx:
        return {row["id"]: dict(row) for row in tx.session.execute(select(*columns)).mappings()}
