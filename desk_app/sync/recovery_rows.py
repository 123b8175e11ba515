"""Which central rows a recovery brings: the rows missing here, and newer versions of rows.

A restored database lacks the rows synced after its backup was taken, and holds older
versions of the rows changed and synced since (a booking cancelled, a hirer's new address).
Both come from the central database, except for a row changed here since the restore: the
desk's own change wins and travels with the sync. Facts never change, so only their missing
rows are read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.central.recovery import central_ids, central_rows
from desk_app.models import ChangeLogEntry
from desk_app.models.base import Fact
from desk_app.services.identity import RESTORE_MARK, current_epoch
from desk_app.services.stored_settings import read_setting
from desk_app.services.uow import UnitOfWork
from desk_app.wire.registry import SyncedTable
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


def changed_since_restore(uow: UnitOfWork) -> set[tuple[str, uuid.UUID]] | None:
    """The rows changed here since the restore; ``None`` when that moment is unknown."""
    with uow.read() as tx:
        return changed_in(tx.session)


def changed_in(session: Session) -> set[tuple[str, uuid.UUID]] | None:
    """:func:`changed_since_restore` in the caller's transaction."""
    mark = read_setting(session, RESTORE_MARK)
    epoch = current_epoch(session)
    if not isinstance(mark, dict) or mark.get("epoch") != str(epoch) or "seq" not in mark:
        return None
    found = session.execute(
        select(ChangeLogEntry.table_name, ChangeLogEntry.row_id).where(
            ChangeLogEntry.seq > int(mark["seq"])
        )
    )
    return {(row.table_name, row.row_id) for row in found}


def read_table(
    uow: UnitOfWork,
    connection: psycopg.Connection[Any],
    entry: SyncedTable,
    centre_code: str,
    changed: set[tuple[str, uuid.UUID]] | None,
) -> TableRows:
    """The central rows of one table this database lacks or holds in an older version."""
    there = central_ids(connection, entry.name, centre_code)
    if not there:
        return TableRows(entry)
    compare = changed is not None and not issubclass(entry.model, Fact)
    here = _local_rows(uow, entry) if compare else dict.fromkeys(_local_ids(uow, entry))
    asked = sorted(there if compare else there - set(here))
    missing, newer = [], []
    for found in central_rows(connection, entry.name, centre_code, asked):
        row = _typed_row(entry, found)
        local = here.get(row["id"])
        if row["id"] not in here:
            missing.append(row)
        elif local != row and (entry.name, row["id"]) not in (changed or set()):
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
