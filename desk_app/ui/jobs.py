"""Background work through one helper: a job runs off the GUI thread, its result comes back.

A job is a plain function; it opens its own database sessions (the unit of work hands out a
fresh one per use), so nothing Qt or ORM crosses threads. Progress, the result and any error
arrive on the GUI thread as signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ProgressCallback = Callable[[int, int], None]


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
    """Starts jobs on a private thread pool; one job of a kind at a time is the caller's rule."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def start(self, work: Callable[[ProgressCallback], Any]) -> JobSignals:
        """Run ``work(progress)`` in the background; connect to the returned signals."""
        signals = JobSignals(self)
        self.pool.start(_Job(work, signals))
        return signals

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for running jobs (at exit, and in tests)."""
        return self.pool.waitForDone(milliseconds)
