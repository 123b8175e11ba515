"""Background work through one helper: a job runs off the GUI thread, its result comes back.

A job is a plain function; it opens its own database sessions (the unit of work hands out a
fresh one per use), so nothing Qt or ORM crosses threads. Progress, the result and any error
arrive on the GUI thread as signals.

Each kind of work has its own pool of one thread, so a slow sync never holds up a receipt,
and receipts still come out in the order they were rung up.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QDeadlineTimer,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

ProgressCallback = Callable[[int, int], None]
T = TypeVar("T")


class Pool(Enum):
    """The queues background work waits in; each runs one job at a time."""

    SYNC = "sync"
    PRINT = "print"
    DOCUMENTS = "documents"
    CENTRAL = "central"


class Jobs(Protocol):
    """What a page needs to run slow work: run it, and hear of the result or the error."""

    def run(
        self,
        pool: Pool,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[Exception], object],
    ) -> None:
        """Run ``work()`` in ``pool``; ``done(result)`` or ``failed(error)`` on the GUI thread."""


class JobSignals(QObject):
    """Signals of one job.

    Signals:
        progressed: ``(done, total)`` while the job runs.
        finished: the job's return value.
        failed: the exception the job raised.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], signals: JobSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.signals.progressed.emit)
        except Exception as error:  # every failure goes back to the GUI to be shown
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


class BackgroundJobs(QObject):
    """Starts jobs on private thread pools, one thread per :class:`Pool`.

    Callers connect bound methods of their widgets: the result is delivered on the GUI thread,
    and a widget closed in the meantime simply does not hear of it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pools: dict[Pool, QThreadPool] = {}
        for pool in Pool:
            threads = QThreadPool(self)
            threads.setMaxThreadCount(1)
            threads.setObjectName(f"jobs-{pool.value}")
            self.pools[pool] = threads

    def start(self, work: Callable[[ProgressCallback], Any], pool: Pool = Pool.SYNC) -> JobSignals:
        """Run ``work(progress)`` in ``pool``; connect to the returned signals.

        The job is queued once control is back in the event loop, so no signal is sent before
        the caller has connected to it.
        """
        signals = JobSignals(self)
        QTimer.singleShot(0, signals, partial(self._queue, pool, work, signals))
        return signals

    def run(
        self,
        pool: Pool,
        work: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[Exception], object],
    ) -> None:
        """Run ``work()`` in ``pool``; ``done(result)`` or ``failed(error)`` on the GUI thread."""
        signals = JobSignals(self)
        signals.finished.connect(done)
        signals.failed.connect(failed)
        self._queue(pool, lambda _progress: work(), signals)

    def _queue(
        self, pool: Pool, work: Callable[[ProgressCallback], Any], signals: JobSignals
    ) -> None:
        # Connected last, so the signals go away after every receiver has heard them.
        signals.finished.connect(signals.deleteLater)
        signals.failed.connect(signals.deleteLater)
        self.pools[pool].start(_Job(work, signals))

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the jobs of every pool (at exit, and in tests); ``False`` on time-out."""
        deadline = QDeadlineTimer(milliseconds)
        return all(threads.waitForDone(deadline.remainingTime()) for threads in self.pools.values())
