"""Beheer › Synchronisatie: the sync log, a sync now, and the central side's errors on request."""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.services.uow import UnitOfWork
from desk_app.sync.desk import (
    CentralProblems,
    SyncErrorRow,
    SyncRunInfo,
    central_url,
    fetch_problems,
    known_conflicts,
    sync_log,
)
from desk_app.ui.conflicts import conflict_table
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.jobs import BackgroundJobs, Pool, ProgressCallback
from desk_app.ui.messages import text_of
from desk_app.ui.sync_control import SyncController
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import MessageLabel

log = logging.getLogger(__name__)


def _outcome(run: SyncRunInfo) -> str:
    if run.finished_at is None:
        return QCoreApplication.translate("SyncPanel", "niet afgerond")
    if run.ok:
        return QCoreApplication.translate("SyncPanel", "gelukt")
    return QCoreApplication.translate("SyncPanel", "mislukt")


LOG_COLUMNS: list[Column[SyncRunInfo]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Begin"),
        lambda r: screen_formatter().moment(r.started_at),
        lambda r: r.number,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Einde"),
        lambda r: screen_formatter().moment(r.finished_at) if r.finished_at else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Afloop"), _outcome),
    Column(QT_TRANSLATE_NOOP("Columns", "Verzonden"), lambda r: str(r.sent), lambda r: r.sent),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Geweigerd"), lambda r: str(r.rejected), lambda r: r.rejected
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Ontvangen"), lambda r: str(r.received), lambda r: r.received
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Melding"), lambda r: text_of(r.note)),
]

ERROR_COLUMNS: list[Column[SyncErrorRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Nr"), lambda e: str(e.seq), lambda e: e.seq),
    Column(QT_TRANSLATE_NOOP("Columns", "Tabel"), lambda e: e.table_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Reden"), lambda e: e.reason),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Ontvangen op"),
        lambda e: screen_formatter().moment(e.received_at),
        lambda e: e.received_at,
    ),
]


def _table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers whole
    return table


class SyncPanel(QWidget):
    """The local sync log, the central address, and on request the central errors and conflicts.

    The central side is only read in a background job: the desk never waits for the network.
    """

    def __init__(
        self, uow: UnitOfWork, sync: SyncController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.uow = uow
        self.sync = sync
        self.jobs = sync.jobs if sync is not None else BackgroundJobs(self)
        self.fetching = False
        self.errors_fetched = False
        self.address = QLabel(self)
        self.address.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Nu synchroniseren"), self)
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setVisible(sync is not None)
        self.fetch_button = QPushButton(self.tr("Fouten ophalen"), self)
        self.fetch_button.clicked.connect(self.fetch)
        self.log_model: RowTableModel[SyncRunInfo] = RowTableModel(LOG_COLUMNS, self)
        self.error_model: RowTableModel[SyncErrorRow] = RowTableModel(ERROR_COLUMNS, self)
        self.conflict_table, self.conflict_model = conflict_table(self)
        self.message = MessageLabel(self)
        self._lay_out()
        if sync is not None:
            sync.sync_finished.connect(self._synced)
        self.reload()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.fetch_button)
        buttons.addStretch(1)
        self.lists = QTabWidget(self)
        self.lists.addTab(_table(self.log_model, self), "")
        self.lists.addTab(_table(self.error_model, self), "")
        self.lists.addTab(self.conflict_table, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.address)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.list_buttons = TabButtons(self.lists, self)
        layout.addWidget(self.list_buttons)
        layout.addWidget(self.lists, 1)

    def _title_lists(self) -> None:
        """Tab titles with how many rows each list holds."""
        titles = (
            self.tr("Logboek van deze pc"),
            self.tr("Geweigerde records ({count})")
            if self.errors_fetched
            else self.tr("Geweigerde records (nog niet opgehaald)"),
            self.tr("Dubbele boekingen ({count})"),
        )
        models: tuple[QAbstractItemModel, ...] = (
            self.log_model,
            self.error_model,
            self.conflict_model,
        )
        for index, (title, model) in enumerate(zip(titles, models, strict=True)):
            self.lists.setTabText(index, title.format(count=model.rowCount()))
        self.list_buttons.follow_texts()

    @Slot()
    def reload(self) -> None:
        """Re-read the address, the log and the double bookings found at the last check."""
        url = central_url(self.uow)
        if url:
            self.address.setText(self.tr("Centrale database: {url}").format(url=url))
        else:
            self.address.setText(
                self.tr("Nog geen centrale database ingesteld: vul het adres in en sla op.")
            )
        self.log_model.set_rows(sync_log(self.uow))
        self.conflict_model.set_rows(known_conflicts(self.uow).conflicts)
        running = self.sync is not None and self.sync.running
        self.sync_button.setEnabled(bool(url) and not running)
        self.fetch_button.setEnabled(bool(url) and not self.fetching)
        self._title_lists()

    @Slot()
    def sync_now(self) -> None:
        """Start the sync in the background; the log shows the run when it ends."""
        if self.sync is not None and self.sync.start():
            self.message.show_info(self.tr("De synchronisatie loopt op de achtergrond…"))
            self.reload()

    @Slot(bool)
    def _synced(self, ok: bool) -> None:
        self.reload()
        if ok:
            self.message.show_info(self.tr("De synchronisatie is klaar."))
        elif self.sync is not None:
            self.message.show_error(self.sync.last_error)

    @Slot()
    def fetch(self) -> None:
        """Ask the central database for this centre's refused rows and double bookings."""
        if self.fetching:
            return
        self.fetching = True
        self.fetch_button.setEnabled(False)
        self.message.show_info(self.tr("De centrale database wordt gevraagd…"))
        signals = self.jobs.start(self._fetch_work, Pool.CENTRAL)
        signals.finished.connect(self._fetched)
        signals.failed.connect(self._fetch_failed)

    def _fetch_work(self, _progress: ProgressCallback) -> CentralProblems:
        return fetch_problems(self.uow)

    @Slot(object)
    def _fetched(self, problems: CentralProblems) -> None:
        self.fetching = False
        self.errors_fetched = True
        self.error_model.set_rows(problems.errors)
        self.reload()
        self.lists.setCurrentIndex(2 if problems.conflicts.conflicts else 1)
        text = self.tr("{errors} geweigerde record(s) en {conflicts} dubbele boeking(en).")
        self.message.show_info(
            text.format(errors=len(problems.errors), conflicts=len(problems.conflicts.conflicts))
        )
        if self.sync is not None:
            self.sync.refresh()

    @Slot(object)
    def _fetch_failed(self, error: Exception) -> None:
        self.fetching = False
        self.reload()
        if isinstance(error, DeskError):
            self.message.show_desk_error(error)
            return
        log.error("fetching the central errors failed", exc_info=error)
        self.message.show_error(self.tr("Ophalen mislukt; zie het logbestand."))
