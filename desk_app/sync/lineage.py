"""A database rolled back behind the desk's back is found by its log and treated as restored.

A file copied back by hand, a virtual machine's snapshot or Windows' previous versions put an
older database in place without ``desk-app restore``: it keeps its epoch, and the numbers it
logs next were given before, to other changes the central database received. Sent as they
are, the central side would take them for changes it has and drop them unseen.

So before each push the desk compares its change at the central mark with the central raw
copy of that number: the same change (table, row, operation) means the same log. Another
change means the logs forked: the last number both agree on is found by halving, and the
database gets a new epoch whose restore mark is that number, as a restore would give it.
The recovery then brings back what the central database received after the fork, and the
changes made here since go out with the new epoch.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desk_app.central.raw import stored_change
from desk_app.central.reads import read_central
from desk_app.central.receive import Receiver
from desk_app.models import ChangeLogEntry, SyncRun
from desk_app.services.identity import current_epoch, start_new_epoch
from desk_app.services.uow import UnitOfWork

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)
Change = tuple[str, uuid.UUID, str]  # table, row, operation


@dataclass(frozen=True)
class Known:
    """This database's epoch, the highest mark it saw a sync reach, and its newest change."""

    epoch: uuid.UUID
    seen: int
    written: int


def fork_if_rolled_back(uow: UnitOfWork, url: str, centre_code: str) -> int | None:
    """Give a rolled-back database a new epoch; return the number the logs agree up to.

    ``None``: the log is the one the central database received (or nothing tells otherwise).
    """
    known = _known(uow)
    if known is None:
        return None
    fork = read_central(url, lambda connection: _fork(connection, uow, centre_code, known))
    if fork is None:
        return None
    epoch = start_new_epoch(uow, mark=fork)
    log.warning(
        "this database was rolled back: its log left the central one after number %d of "
        "epoch %s; it goes on as epoch %s",
        fork,
        known.epoch,
        epoch,
    )
    return fork


def _known(uow: UnitOfWork) -> Known | None:
    with uow.read() as tx:
        epoch = current_epoch(tx.session)
        if epoch is None:
            return None
        seen = tx.session.scalar(
            select(func.max(SyncRun.high_water)).where(SyncRun.ok, SyncRun.epoch == epoch)
        )
        written = tx.session.scalar(select(func.max(ChangeLogEntry.seq)))
    return Known(epoch, int(seen or 0), int(written or 0))


def _fork(
    connection: psycopg.Connection[Any], uow: UnitOfWork, centre_code: str, known: Known
) -> int | None:
    """The last number the two logs agree on, or ``None`` when they do not differ."""
    mark = Receiver(connection).high_water(centre_code, known.epoch)
    if mark in {0, known.seen}:  # nothing sent yet, or this database saw the mark itself
        return None
    theirs = _theirs(connection, centre_code, known.epoch, mark)
    if theirs is None:  # no copy to compare with: the push's own checks decide
        log.info("no central copy of change %d to compare the log with", mark)
        return None
    if _ours(uow, mark) == theirs:
        return None

    def agree(seq: int) -> bool:
        return _ours(uow, seq) == _theirs(connection, centre_code, known.epoch, seq)

    # They agree up to the mark this database saw a sync reach, and differ at the central mark.
    return _last_agreed(agree, min(known.seen, mark - 1), min(mark, known.written))


def _last_agreed(agree: Callable[[int], bool], low: int, high: int) -> int:
    """The highest number up to ``high`` the logs agree on, knowing they agree up to ``low``.

    The logs agree up to the fork and differ after it, so halving finds it in a few looks.
    """
    if high <= low or agree(high):
        return high
    while high - low > 1:
        middle = (low + high) // 2
        if agree(middle):
            low = middle
        else:
            high = middle
    return low


def _theirs(
    connection: psycopg.Connection[Any], centre_code: str, epoch: uuid.UUID, seq: int
) -> Change | None:
    change = stored_change(connection, centre_code, epoch, seq)
    if change is None:
        return None
    row = change.row
    return row.table_name, uuid.UUID(str(row.row_id)), row.operation


def _ours(uow: UnitOfWork, seq: int) -> Change | None:
    with uow.read() as tx:
        entry = tx.session.get(ChangeLogEntry, seq)
        return None if entry is None else (entry.table_name, entry.row_id, entry.operation)
