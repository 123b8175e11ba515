"""*Bankafschrift inlezen*: a CAMT.053 or MT940 file read in the background; its entries."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.services.auth import Actor
from desk_app.services.rooms.bank_import import (
    EntryResult,
    ImportResult,
    Outcome,
    confirm_suggestion,
    import_statement,
    may_import,
)
from desk_app.services.rooms.open_items import Standing
from desk_app.ui.context import PageContext
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.jobs import Pool
from desk_app.ui.messages import error_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.common import MessageLine, euro
from desk_app.ui.touch import big_button, touch_sized

Index = QModelIndex | QPersistentModelIndex

OUTCOME_TEXT = {
    Outcome.REFERENCE: QT_TRANSLATE_NOOP("BankEntries", "Geboekt (betalingskenmerk)"),
    Outcome.TEXT: QT_TRANSLATE_NOOP("BankEntries", "Geboekt (factuurnummer)"),
    Outcome.RETURNED: QT_TRANSLATE_NOOP("BankEntries", "Storno: factuur weer open"),
    Outcome.ALREADY: QT_TRANSLATE_NOOP("BankEntries", "Al eerder geboekt"),
    Outcome.OPEN: QT_TRANSLATE_NOOP("BankEntries", "Niet gevonden"),
}
CONFIRMED = QT_TRANSLATE_NOOP("BankEntries", "Geboekt (bevestigd)")


def _read_and_import(context: PageContext, actor: Actor, path: Path) -> ImportResult:
    """The file read and booked in the background: both can take a while."""
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    return import_statement(context.uow, actor, data)


class EntriesModel(QAbstractTableModel):
    """The statement's credits and returns: date, amount, counterparty, outcome, invoice."""

    HEADERS = (
        QT_TRANSLATE_NOOP("BankEntries", "Datum"),
        QT_TRANSLATE_NOOP("BankEntries", "Bedrag"),
        QT_TRANSLATE_NOOP("BankEntries", "Tegenpartij"),
        QT_TRANSLATE_NOOP("BankEntries", "Resultaat"),
        QT_TRANSLATE_NOOP("BankEntries", "Factuur"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[EntryResult] = []
        self.confirmed: dict[int, str] = {}

    def set_rows(self, rows: list[EntryResult]) -> None:
        """Show a new statement's entries."""
        self.beginResetModel()
        self.rows, self.confirmed = rows, {}
        self.endResetModel()

    def confirm(self, row: int, number: str) -> None:
        """Mark one entry as booked on the invoice the manager chose."""
        self.confirmed[row] = number
        self.dataChanged.emit(self.index(row, 3), self.index(row, 4))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        entry, confirmed = row.entry, self.confirmed.get(index.row())
        cents = entry.amount_cents if entry.credit else -entry.amount_cents
        outcome = CONFIRMED if confirmed else OUTCOME_TEXT[row.outcome]
        values = (
            screen_formatter().numeric(entry.booked_on),
            euro(cents),
            entry.counterparty,
            QCoreApplication.translate("BankEntries", outcome),
            confirmed or row.invoice,
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("BankEntries", self.HEADERS[section])


class BankImportDialog(QDialog):
    """Choose the file, read it in the background, see each entry; confirm a suggestion.

    Signals:
        booked: something was booked; the invoice list should be read again.
    """

    booked = Signal()

    def __init__(self, context: PageContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._actor = context, actor
        self.setWindowTitle(self.tr("Bankafschrift inlezen"))
        self.model = EntriesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Headers whole: a stretched last column would count as its minimum in the size the
        # dialog asks for, and be cut at a large text size.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # The dialog grows with the columns' titles at a large text size.
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.message = MessageLine(self)
        self.act = PageAction(lambda: actor, self.message)
        self.choose_button = big_button(self.tr("Bestand kiezen…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.suggestion = touch_sized(QComboBox(self))
        self.suggestion.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.suggestion.setAccessibleName(self.tr("Suggestie"))
        self.confirm_button = big_button(self.tr("Suggestie boeken"), self)
        self.confirm_button.clicked.connect(self.confirm)
        self._row_chosen(QModelIndex())
        self._lay_out()

    def _lay_out(self) -> None:
        """The file, the entries and a suggestion scroll; the message and Sluiten stay put."""
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addStretch(1)
        below = QHBoxLayout()
        below.addWidget(self.suggestion, 1)
        below.addWidget(self.confirm_button)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.table, 1)
        body.addLayout(below)
        close = big_button(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        self.fitting = fit_dialog(self, body, [close], self.message)
        self.resize(900, 520)

    @Slot()
    def choose_file(self) -> None:
        """Ask for the statement and read it; whoever may not is refused before the file choice."""
        self.act.call(partial(may_import, self._context.uow, self._actor), self._ask_file)

    def _ask_file(self, _allowed: None) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Bankafschrift kiezen"),
            "",
            self.tr("Bankafschrift (*.xml *.sta *.940 *.txt);;Alle bestanden (*)"),
        )
        if name:
            self.read_file(Path(name))

    def read_file(self, path: Path) -> None:
        """Read and book ``path`` off the GUI thread; the result fills the list."""
        self.choose_button.setEnabled(False)
        self.message.show_info(self.tr("Het afschrift wordt ingelezen…"))
        work = partial(_read_and_import, self._context, self._actor, path)
        self._context.jobs.run(Pool.DOCUMENTS, work, self._imported, self._failed)

    def _imported(self, result: ImportResult) -> None:
        self.choose_button.setEnabled(True)
        self.model.set_rows(list(result.entries))
        text = self.tr("{booked} geboekt, {left} niet gevonden.").format(
            booked=len(result.matched), left=len(result.unmatched)
        )
        if result.skipped_zero:
            skipped = self.tr("{count} boeking(en) zonder bedrag overgeslagen.")
            text += " " + skipped.format(count=result.skipped_zero)
        self.message.show_info(text)
        self._row_chosen(QModelIndex())
        if result.matched:
            self.booked.emit()

    def _failed(self, error: Exception) -> None:
        self.choose_button.setEnabled(True)
        if isinstance(error, DeskError):
            self.message.show_error(error_text(error))
        else:
            self.message.show_error(self.tr("Het afschrift kon niet worden ingelezen."))

    @Slot(QModelIndex, QModelIndex)
    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.suggestion.clear()
        row = self.model.rows[current.row()] if current.isValid() else None
        if row is not None and current.row() not in self.model.confirmed:
            for suggestion in row.suggestions:
                label = f"{suggestion.number} · {suggestion.hirer_name} · "
                self.suggestion.addItem(label + euro(suggestion.open_cents), suggestion)
        self.confirm_button.setEnabled(self.suggestion.count() > 0)

    @Slot()
    def confirm(self) -> None:
        """Book the chosen entry on the suggested invoice the manager picked."""
        current = self.table.currentIndex()
        suggestion = self.suggestion.currentData()
        if not current.isValid() or suggestion is None:
            return
        entry = self.model.rows[current.row()].entry
        work = partial(
            confirm_suggestion, self._context.uow, self._actor, entry, suggestion.invoice_id
        )
        self.act.call(work, partial(self._confirmed, current.row(), suggestion.number))

    def _confirmed(self, row: int, number: str, _standing: Standing) -> None:
        self.model.confirm(row, number)
        self._row_chosen(self.table.currentIndex())
        self.message.show_info(self.tr("Geboekt op {number}.").format(number=number))
        self.booked.emit()
