"""Sync use cases: run a sync and keep its log, the central URL setting, the waiting records."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select

from desk_app.central.connect import without_password
from desk_app.errors import QT_TRANSLATE_NOOP, DeskError, InvalidInput
from desk_app.models import ChangeLogEntry, Setting, SyncRun
from desk_app.services.identity import current_epoch
from desk_app.services.uow import UnitOfWork
from desk_app.sync.pull import pull_master_data
from desk_app.sync.push import BATCH_SIZE, Progress, PushResult, push

_URL_KEY = "central"
WAITING_WARNING_AFTER = timedelta(days=1)


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


def central_url(uow: UnitOfWork) -> str | None:
    """The central database's address from the settings (never with a password)."""
    with uow.read() as session:
        row = session.get(Setting, _URL_KEY)
        return str(json.loads(row.value_json)["url"]) if row else None


def save_central_url(uow: UnitOfWork, url: str) -> str:
    """Remember the central address, without any password in it; return what was stored."""
    safe = without_password(url)
    with uow.write() as session:
        row = session.get(Setting, _URL_KEY)
        value = json.dumps({"url": safe})
        if row is None:
            session.add(Setting(key=_URL_KEY, value_json=value))
        else:
            row.value_json = value
    return safe


def run_sync(
    uow: UnitOfWork,
    url: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> PushResult:
    """Push this centre's changes and log the run; a failure is logged and raised."""
    url = url or central_url(uow)
    if not url:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Er is geen centrale database ingesteld. Geef het adres op met --central."
            )
        )
    number = _start_run(uow)
    try:
        result = push(uow, url, batch_size, progress)
        result = replace(result, received=pull_master_data(uow, url))
    except DeskError as error:
        _finish_run(uow, number, ok=False, message=error.message)
        raise
    _finish_run(uow, number, ok=True, result=result)
    return result


def sync_status(uow: UnitOfWork) -> SyncStatus:
    """The last successful run and the changes not yet confirmed by the central side."""
    with uow.read() as session:
        epoch = current_epoch(session)
        last_success = session.scalar(
            select(SyncRun.finished_at).where(SyncRun.ok).order_by(SyncRun.number.desc()).limit(1)
        )
        last_message = session.scalar(
            select(SyncRun.message).order_by(SyncRun.number.desc()).limit(1)
        )
        mark = session.scalar(
            select(func.max(SyncRun.high_water)).where(SyncRun.ok, SyncRun.epoch == epoch)
        )
        waiting = select(ChangeLogEntry).where(ChangeLogEntry.seq > (mark or 0)).subquery()
        count, oldest = session.execute(select(func.count(), func.min(waiting.c.created_at))).one()
    return SyncStatus(
        last_success=last_success,
        last_message=last_message or "",
        waiting=int(count),
        oldest_waiting=oldest,
    )


def _start_run(uow: UnitOfWork) -> int:
    with uow.write() as session:
        epoch = current_epoch(session)
        assert epoch is not None
        run = SyncRun(epoch=epoch, started_at=uow.now())
        session.add(run)
        session.flush()
        return run.number


def _finish_run(
    uow: UnitOfWork, number: int, *, ok: bool, message: str = "", result: PushResult | None = None
) -> None:
    with uow.write() as session:
        run = session.get_one(SyncRun, number)
        run.finished_at = uow.now()
        run.ok = ok
        run.message = message
        if result is not None:
            run.sent, run.rejected, run.high_water = result.sent, result.rejected, result.high_water
            run.received = result.received
            run.message = (
                f"{result.sent} verzonden, {result.rejected} geweigerd, {result.received} ontvangen"
            )
