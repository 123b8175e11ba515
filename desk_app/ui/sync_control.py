"""The sync from the GUI: started in the background, progress and outcome in the status bar."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desk_app.errors import DeskError
from desk_app.services.uow import UnitOfWork
from desk_app.sync.desk import central_url, known_conflicts, run_sync, sync_status
from desk_app.ui.conflicts import ConflictsDialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.jobs import BackgroundJobs, Pool, ProgressCallback
from desk_app.ui.messages import error_text
from desk_app.ui.modal import open_dialog
from desk_app.ui.statusbar import DeskStatusBar

if TYPE_CHECKING:
    from desk_app.sync.desk import PushResult

STALE_AFTER = timedelta(hours=24)


class SyncController(QObject):
    """Runs the sync off the GUI thread and keeps the status bar's sync text up to date.

    After each run the status bar warns of double bookings in the central database; a click
    on the warning opens their list.

    Signals:
        sync_finished: a sync run ended; carries ``True`` when it succeeded.
    """

    sync_finished = Signal(bool)

    def __init__(
        self,
        uow: UnitOfWork,
        status: DeskStatusBar,
        jobs: BackgroundJobs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.uow = uow
        self.status = status
        self.jobs = jobs
        self.running = False
        self.last_error = ""
        self.conflicts_dialog: ConflictsDialog | None = None
        status.conflicts_requested.connect(self.show_conflicts)

    def start(self) -> bool:
        """Start a sync in the background unless one runs or no central address is set."""
        if self.running or not central_url(self.uow):
            return False
        self.running = True
        self.status.show_last_sync(self.tr("bezig…"))
        signals = self.jobs.start(self._work, Pool.SYNC)
        signals.progressed.connect(self._progressed)
        signals.finished.connect(self._finished)
        signals.failed.connect(self._failed)
        return True

    def start_if_stale(self) -> bool:
        """At start-up: sync when the last success is more than a day old (or never was)."""
        if self.running or not central_url(self.uow):
            return False  # a desk without a central database need not count what waits
        last = sync_status(self.uow).last_success
        if last is not None and self.uow.now() - last <= STALE_AFTER:
            return False
        return self.start()

    def _work(self, progress: ProgressCallback) -> PushResult:
        return run_sync(self.uow, progress=progress)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.status.show_last_sync(
            self.tr("bezig… {done} van {total}").format(
                done=screen_formatter().number(done), total=screen_formatter().number(total)
            )
        )

    @Slot(object)
    def _finished(self, _result: PushResult) -> None:
        self.running = False
        self.last_error = ""
        self.refresh()
        self.sync_finished.emit(True)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.running = False
        self.last_error = (
            error_text(error)
            if isinstance(error, DeskError)
            else self.tr("mislukt; zie het logbestand")
        )
        self.refresh()
        self.sync_finished.emit(False)

    @Slot()
    def refresh(self) -> None:
        """Show the last success and warn when records wait longer than a day."""
        status = sync_status(self.uow)
        parts = [self._when(status.last_success)]
        if self.last_error:
            parts.append(self.tr("laatste poging mislukt"))
        if status.waiting_too_long(self.uow.now()):
            parts.append(
                self.tr("{count} records nog niet verzonden").format(
                    count=screen_formatter().number(status.waiting)
                )
            )
        self.status.show_last_sync(" · ".join(parts), self.last_error)
        self.status.show_conflicts(len(known_conflicts(self.uow).conflicts))

    @Slot()
    def show_conflicts(self) -> None:
        """Open the list of double bookings (without blocking the desk)."""
        dialog = ConflictsDialog(self.uow, self.status.window())
        self.conflicts_dialog = open_dialog(dialog, closed=self._conflicts_closed)

    @Slot()
    def _conflicts_closed(self) -> None:
        self.conflicts_dialog = None

    def _when(self, moment: datetime | None) -> str:
        if moment is None:  # the status bar's own words, already translated
            return QCoreApplication.translate("DeskStatusBar", "nog nooit")
        return screen_formatter().moment(moment)
