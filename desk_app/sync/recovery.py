"""This centre's rows back from the central database: after a restore, and on a new PC.

A restored backup lacks every row synced after it was taken, and holds older versions of the
rows changed and synced since; the first sync of its new epoch brings both back before it
sends anything (``recovery_rows.py`` says which), so a restore loses only what never reached
the central database. The rows keep their keys and leave no trace in the change log: they are
central already and must not come back there as new changes. A row that clashes with one
made here since the restore (a booking in the same slot, a number given twice) stays out;
the central side lists that pair for a person to resolve.

A database rolled back by other means (a file copied back, a snapshot) is found by the sync
(``lineage.py``) and given a new epoch and restore mark, so it comes back the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.central.connect import with_ca
from desk_app.central.reads import read_central
from desk_app.central.recovery import central_numbers
from desk_app.errors import DeskError
from desk_app.models import Base, ChangeLogEntry, LocalIdentity
from desk_app.services.centre import is_set_up
from desk_app.services.identity import current_epoch
from desk_app.services.numbering import UsedNumbers, raise_floors, used_numbers
from desk_app.services.operations import load_operations
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.uow import UnitOfWork
from desk_app.sync.recovery_rows import TableRows, changed_in, read_table, since_restore
from desk_app.wire.registry import SYNCED_TABLES, SyncedTable

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)
_RECOVERED = "recovered_epoch"


@dataclass(frozen=True)
class Recovery:
    """What came back: rows stored here, rows left out for a clash, the numbers now used."""

    restored: int
    kept_out: int
    numbers: UsedNumbers


def recovery_due(uow: UnitOfWork) -> bool:
    """Whether this database was restored and its epoch has not yet been filled in."""
    with uow.read() as tx:
        epochs = tx.session.scalar(select(func.count()).select_from(LocalIdentity)) or 0
        epoch = current_epoch(tx.session)
        done = read_setting(tx.session, _RECOVERED)
    return epochs > 1 and done != str(epoch)


def bring_back(
    uow: UnitOfWork,
    url: str,
    centre_code: str,
    then: Callable[[Session], None] | None = None,
) -> Recovery:
    """Store the centre's rows this database lacks, and newer versions of those it holds.

    Everything is read first, then written in one local transaction, ``then`` included: all
    of it or nothing, and the till waits only for the write, never for the network.
    """

    since = since_restore(uow)

    def read(connection: psycopg.Connection[Any]) -> tuple[list[TableRows], dict[str, int]]:
        tables = [
            read_table(uow, connection, entry, centre_code, since) for entry in recovery_order()
        ]
        return tables, central_numbers(connection, centre_code)

    tables, central = read_central(url, read)
    recovery = _store(uow, centre_code, tables, central, then)
    uow.history.forget()
    uow.settings.forget()
    uow.till.forget()
    log.info("brought back %d rows (%d kept out)", recovery.restored, recovery.kept_out)
    return recovery


def recovery_order() -> list[SyncedTable]:
    """The synced tables, each after the tables its foreign keys point to."""
    by_name = {entry.name: entry for entry in SYNCED_TABLES}
    return [by_name[table.name] for table in Base.metadata.sorted_tables if table.name in by_name]


def _store(
    uow: UnitOfWork,
    centre_code: str,
    tables: list[TableRows],
    central: dict[str, int],
    then: Callable[[Session], None] | None,
) -> Recovery:
    restored = kept_out = 0
    with uow.write() as tx:
        before = int(tx.session.scalar(select(func.max(ChangeLogEntry.seq))) or 0)
        changed = changed_in(tx.session) or set()  # changed here while the rows were read too
        for rows in tables:
            stored = _insert(tx.session, rows.entry.local, rows.missing)
            newer = [row for row in rows.newer if (rows.entry.name, row["id"]) not in changed]
            stored += _update(tx.session, rows.entry.local, newer)
            restored += stored
            kept_out += len(rows.missing) + len(rows.newer) - stored
        if then is not None:
            then(tx.session)
        _forget_logged(tx.session, before)
        numbers = used_numbers(tx.session, centre_code).merged(_central_used(central))
        raise_floors(tx.session, centre_code, numbers)
        write_setting(tx.session, _RECOVERED, str(current_epoch(tx.session)))
    return Recovery(restored, kept_out, numbers)


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> int:
    """Insert the rows at once, or one by one when one clashes; return how many went in."""
    if not rows:
        return 0
    try:
        with session.begin_nested():
            session.execute(insert(table), rows)
    except IntegrityError:
        return sum(_insert_one(session, table, row) for row in rows)
    return len(rows)


def _insert_one(session: Session, table: Table, row: dict[str, Any]) -> int:
    try:
        with session.begin_nested():
            session.execute(insert(table), [row])
    except IntegrityError as error:
        log.warning("%s %s stays central: %s", table.name, row.get("id"), error.orig)
        return 0
    return 1


def _update(session: Session, table: Table, rows: list[dict[str, Any]]) -> int:
    """Bring rows here to their central version, one by one; return how many changed."""
    return sum(_update_one(session, table, row) for row in rows)


def _update_one(session: Session, table: Table, row: dict[str, Any]) -> int:
    values = {name: value for name, value in row.items() if name != "id"}
    try:
        with session.begin_nested():
            session.execute(update(table).where(table.c.id == row["id"]).values(**values))
    except IntegrityError as error:
        log.warning("%s %s keeps its local version: %s", table.name, row["id"], error.orig)
        return 0
    return 1


def _forget_logged(session: Session, before: int) -> None:
    """Take the rows just brought back out of the change log, and its numbering back.

    No other writer ran meanwhile (one write transaction), so every entry after ``before``
    is one of them, and the next change takes the number after ``before`` as if none came.
    """
    session.execute(delete(ChangeLogEntry).where(ChangeLogEntry.seq > before))
    session.execute(
        text("UPDATE sqlite_sequence SET seq = :before WHERE name = 'change_log'"),
        {"before": before},
    )


def carry_central_numbers(uow: UnitOfWork) -> bool:
    """Raise the floors to the numbers the centre used centrally, if the address is stored.

    For a restore: the first sale after it must not wait for a sync to learn them. Whether
    the central database was read is returned; unreachable, the sync catches up later.
    """
    from desk_app.sync.service import central_url  # noqa: PLC0415 - the service loads the sync

    url = central_url(uow)
    if not url or not is_set_up(uow):
        return False
    url = with_ca(url, load_operations(uow).central_ca)
    with uow.read() as tx:
        centre_code = tx.centre_code()
    try:
        central = read_central(url, lambda connection: central_numbers(connection, centre_code))
    except DeskError as error:
        log.warning("numbers not read from the central database: %s", error.message)
        return False
    with uow.write() as tx:
        raise_floors(tx.session, centre_code, _central_used(central))
    return True


def _central_used(central: dict[str, int]) -> UsedNumbers:
    return UsedNumbers(central["sale"], central["invoice"], central["day_close"])
