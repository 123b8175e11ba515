"""Signalen: every centre's last sync, and what in the central database needs a person.

Read in the background (``context.jobs``); nothing is changed here, each signal says what to do.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.office.signal_texts import Signal
from desk_app.services.office.signals import CentreSync, OfficeSignals, office_signals
from desk_app.ui.flow import FlowLayout
from desk_app.ui.heading import page_heading
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.jobs import Pool
from desk_app.ui.messages import kind_text, text_of
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.failure import failure_text
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.touch import big_button
from desk_app.ui.widgets import MessagePlace

Row = TypeVar("Row")


def _signal_text(signal: Signal) -> str:
    """The kind of signal, and under it the centre and since when."""
    since = "" if signal.at is None else f" · {screen_formatter().moment(signal.at)}"
    return f"{kind_text(signal.kind)}\n{signal.centre_code}{since}"


SIGNAL_COLUMNS: list[Column[Signal]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Signaal"),
        _signal_text,
        lambda s: (s.kind.name, s.centre_code, s.at.isoformat() if s.at else ""),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Wat"), lambda s: text_of(s.what)),
    Column(QT_TRANSLATE_NOOP("Columns", "Wat te doen"), lambda s: text_of(s.advice)),
]


class SignalsPage(QWidget):
    """The centres' syncs above, the open signals with their advice below."""

    title = QT_TRANSLATE_NOOP("OfficePages", "Signalen")
    icon_name = "beheer"

    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.found: OfficeSignals | None = None
        self.message = MessagePlace(self)
        self.reload = big_button(self.tr("Opnieuw ophalen"), self)
        self.reload.clicked.connect(self.refresh)
        self.centre_model: RowTableModel[CentreSync] = RowTableModel(self._centre_columns(), self)
        self.signal_model: RowTableModel[Signal] = RowTableModel(SIGNAL_COLUMNS, self)
        self.centres = _table(
            self, self.centre_model, self.tr("Synchronisatie per buurthuis"), wrap_from=3
        )
        self.signals = _table(self, self.signal_model, self.tr("Open signalen"), wrap_from=1)
        row = FlowLayout()
        row.addWidget(self.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(
            page_heading(self, "beheer", QCoreApplication.translate("OfficePages", self.title))
        )
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.centres, 1)
        layout.addWidget(self.signals, 1)

    def _centre_columns(self) -> list[Column[CentreSync]]:
        def open_count(centre: CentreSync) -> str:
            return str(self.found.open_for(centre.code)) if self.found else ""

        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Buurthuis"), lambda c: f"{c.name} ({c.code})"),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Ontvangen"),
                lambda c: screen_formatter().number(c.rows_received),
                lambda c: c.rows_received,
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Signalen"), open_count),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Laatste synchronisatie"),
                self._last_sync,
                lambda c: c.last_sync.isoformat() if c.last_sync else "",
            ),
        ]

    def _last_sync(self, centre: CentreSync) -> str:
        """The last sync that went through, and under it the desk's own word on its last one."""
        when = self.tr("nooit") if centre.last_sync is None else self._moment(centre.last_sync)
        if centre.last_contact is None or centre.last_message is None:
            return when
        word = (
            self.tr("Balie {when}: gelukt.")
            if centre.last_ok
            else self.tr("Balie {when}: mislukt.")
        )
        said = word.format(when=self._moment(centre.last_contact))
        return f"{when}\n{said} {text_of(centre.last_message)}"

    @staticmethod
    def _moment(moment: datetime) -> str:
        return screen_formatter().moment(moment)

    @Slot()
    def refresh(self) -> None:
        """Ask the central database for the syncs and the signals in the background."""
        self.reload.setEnabled(False)
        self.message.show_info(self.tr("De centrale database wordt gevraagd…"))
        work = partial(
            office_signals, self.context.central_url, self.context.ca_file, datetime.now(UTC)
        )
        self.context.jobs.run(Pool.CENTRAL, work, self.show_signals, self.show_failure)

    def show_signals(self, found: OfficeSignals) -> None:
        """Fill both lists and say how many signals are open."""
        self.found = found
        self.reload.setEnabled(True)
        self.centre_model.set_rows(found.centres)
        self.signal_model.set_rows(found.signals)
        when = screen_formatter().moment(found.checked_at)
        if found.signals:
            text = self.tr("{count} open signaal/signalen (gevraagd {when}).")
        else:
            text = self.tr("Geen open signalen (gevraagd {when}).")
        self.message.show_info(text.format(count=len(found.signals), when=when))

    def show_failure(self, error: Exception) -> None:
        """Say in the message place why the central database could not be read."""
        self.reload.setEnabled(True)
        self.message.show_error(failure_text(error))


def _table(
    parent: QWidget, model: RowTableModel[Row], name: str, wrap_from: int | None = None
) -> QTableView:
    """A read-only list; from column ``wrap_from`` on the long texts wrap instead of scrolling."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    fitted, stretched = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
    for column in range(model.columnCount()):
        wraps = wrap_from is not None and column >= wrap_from
        header.setSectionResizeMode(column, stretched if wraps else fitted)
    return table
