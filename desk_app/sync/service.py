"""Sync use cases: run a sync and keep its log, the central URL setting, the waiting records."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desk_app.central.connect import CentralUnavailable, with_ca, without_password
from desk_app.errors import QT_TRANSLATE_NOOP, DeskError, InvalidInput, Text
from desk_app.models import ChangeLogEntry, SyncRun
from desk_app.paths import DataFolder
from desk_app.services.identity import current_epoch
from desk_app.services.operations import load_operations, remember_central_url
from desk_app.services.uow import UnitOfWork
from desk_app.sync import outcome
from desk_app.sync.problems import check_conflicts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk_app.sync.push import Progress, PushResult

log = logging.getLogger(__name__)
WAITING_WARNING_AFTER = timedelta(days=1)
LOG_LIMIT = 200


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: the last success, the last outcome, what still waits."""

    last_success: datetime | None
    last_message: str
    waiting: int
    oldest_waiting: datetime | None

    def waiting_too_long(self, now: datetime) -> bool:
        """Records waiting longer than a day deserve a warning."""
        return self.oldest_waiting is not None and now - self.oldest_waiting > WAITING_WARNING_AFTER


@dataclass(frozen=True)
class SyncRunInfo:
    """One line of the sync log: when, whether it worked, and what went each way."""

    number: int
    started_at: datetime
    finished_at: datetime | None
    ok: bool
    sent: int
    rejected: int
    received: int
    note: Text

    @property
    def message(self) -> str:
        """The note in Dutch, as the CLI and the log file write it."""
        return self.note.message


def central_url(uow: UnitOfWork) -> str | None:
    """The central database's address from the manager's settings (never with a password)."""
    return load_operations(uow).central_url or None


def save_central_url(uow: UnitOfWork, url: str, folder: DataFolder | None = None) -> str:
    """Remember the address given on the command line, without any password in it.

    With the data ``folder``, the CA file the address names is copied there and used from then on.
    """
    return remember_central_url(uow, without_password(url), folder)


def run_sync(
    uow: UnitOfWork,
    url: str | None = None,
    batch_size: int | None = None,
    progress: Progress | None = None,
) -> PushResult:
    """Push this centre's changes and log the run; a failure is logged and raised.

    ``batch_size`` rows go in one batch (the push's ``BATCH_SIZE`` when not given).
    """
    # The push and the pull (psycopg, the central schema) load when a sync runs: the desk's
    # screens read the sync's status at start-up without them.
    from desk_app.sync.contact import report_contact  # noqa: PLC0415
    from desk_app.sync.pull import pull_master_data  # noqa: PLC0415
    from desk_app.sync.push import BATCH_SIZE, push  # noqa: PLC0415

    url = url or central_url(uow)
    if not url:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Er is geen centrale database ingesteld. Geef het adres op met --central."
            )
        )
    url = with_ca(url, load_operations(uow).central_ca)
    number = _start_run(uow)
    try:
        _fork_if_rolled_back(uow, url)
        recovered = _recover_first(uow, url)
        result = push(uow, url, batch_size or BATCH_SIZE, progress)
        result = replace(result, received=recovered + pull_master_data(uow, url))
    except DeskError as error:
        _finish_run(uow, number, ok=False, note=error.text)
        if not isinstance(error, CentralUnavailable):  # unreachable: its age tells the office
            report_contact(uow, url, ok=False, note=error.text)
        raise
    note = _finish_run(uow, number, ok=True, result=result, conflicts=_conflicts_after(uow, url))
    report_contact(uow, url, ok=True, note=note)
    return result


def _fork_if_rolled_back(uow: UnitOfWork, url: str) -> None:
    """A database put back by other means than a restore goes on as a restored one."""
    from desk_app.sync.lineage import fork_if_rolled_back  # noqa: PLC0415 - as the push

    with uow.read() as tx:
        centre_code = tx.centre_code()
    fork_if_rolled_back(uow, url, centre_code)


def _recover_first(uow: UnitOfWork, url: str) -> int:
    """After a restore, the rows synced since the backup come back before anything is sent."""
    from desk_app.sync.recovery import bring_back, recovery_due  # noqa: PLC0415 - as the push

    if not recovery_due(uow):
        return 0
    with uow.read() as tx:
        centre_code = tx.centre_code()
    return bring_back(uow, url, centre_code).restored


def sync_log(uow: UnitOfWork, limit: int = LOG_LIMIT) -> tuple[SyncRunInfo, ...]:
    """The latest sync runs, newest first, as the Beheer screen lists them."""
    with uow.read() as tx:
        runs = tx.session.scalars(select(SyncRun).order_by(SyncRun.number.desc()).limit(limit))
        return tuple(
            SyncRunInfo(
                run.number,
                run.started_at,
                run.finished_at,
                run.ok,
                run.sent,
                run.rejected,
                run.received,
                outcome.loads(run.message),
            )
            for run in runs
        )


def _conflicts_after(uow: UnitOfWork, url: str) -> int | None:
    """How many double bookings the centre has now; ``None`` (logged) when unreadable."""
    try:
        return check_conflicts(uow, url)
    except DeskError as error:
        log.warning("double bookings not fetched: %s", error.message)
        return None


def sync_status(uow: UnitOfWork) -> SyncStatus:
    """The last successful run and the changes not yet confirmed by the central side."""
    with uow.read() as tx:
        epoch = current_epoch(tx.session)
        last_success = tx.session.scalar(
            select(SyncRun.finished_at).where(SyncRun.ok).order_by(SyncRun.number.desc()).limit(1)
        )
        last_message = tx.session.scalar(
            select(SyncRun.message).order_by(SyncRun.number.desc()).limit(1)
        )
        mark = tx.session.scalar(
            select(func.max(SyncRun.high_water)).where(SyncRun.ok, SyncRun.epoch == epoch)
        )
        oldest, count = _waiting(tx.session, mark or 0)
    return SyncStatus(
        last_success=last_success,
        last_message=outcome.loads(last_message).message if last_message else "",
        waiting=count,
        oldest_waiting=oldest,
    )


def _waiting(session: Session, mark: int) -> tuple[datetime | None, int]:
    """When the first change after ``mark`` was logged, and how many changes follow it.

    The log is numbered in the order it was written, so the first change after the mark has
    waited longest: read by its key, not by a minimum over every waiting row's time, which
    took most of the status bar's reading on a centre that had not synced for a year.
    """
    after_mark = ChangeLogEntry.seq > mark
    oldest = session.scalar(
        select(ChangeLogEntry.created_at).where(after_mark).order_by(ChangeLogEntry.seq).limit(1)
    )
    if oldest is None:
        return None, 0
    count = session.scalar(select(func.count()).select_from(ChangeLogEntry).where(after_mark))
    return oldest, int(count or 0)


def _start_run(uow: UnitOfWork) -> int:
    with uow.write() as tx:
        epoch = current_epoch(tx.session)
        assert epoch is not None
        run = SyncRun(epoch=epoch, started_at=tx.now)
        tx.session.add(run)
        tx.session.flush()
        return run.number


def _finish_run(
    uow: UnitOfWork,
    number: int,
    *,
    ok: bool,
    note: Text | None = None,
    result: PushResult | None = None,
    conflicts: int | None = 0,
) -> Text:
    """Close the run's log line; return its note (a failure's error, or what went each way)."""
    with uow.write() as tx:
        run = tx.session.get_one(SyncRun, number)
        run.finished_at = tx.now
        run.ok = ok
        if result is not None:  # the epoch too: a rolled-back database got a new one
            run.epoch, run.high_water = result.epoch, result.high_water
            run.sent, run.rejected = result.sent, result.rejected
            run.received = result.received
            note = outcome.finished(result.sent, result.rejected, result.received, conflicts)
        assert note is not None, "a run ends with its error or its result"
        run.message = outcome.dumps(note)
    return note
