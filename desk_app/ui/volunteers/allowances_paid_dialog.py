"""The year's allowances paid, one of which the manager reverses when it was entered wrongly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.auth import Actor
from desk_app.services.volunteers.allowance_corrections import (
    AllowanceRow,
    allowances_paid,
    reverse_allowance,
)
from desk_app.ui.context import PageContext
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.modal import ask
from desk_app.ui.page_action import PageAction
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel
from desk_app.ui.touch import big_button
from desk_app.ui.volunteers.roster_lists import list_view
from desk_app.ui.widgets import MessageLabel

REVERSED = QT_TRANSLATE_NOOP("Columns", "teruggedraaid")


def _state(row: AllowanceRow) -> str:
    return QCoreApplication.translate("Columns", REVERSED) if row.reversed else ""


PAID_COLUMNS: list[Column[AllowanceRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Maand"),
        lambda row: screen_formatter().day(row.month, "MMM yyyy"),
        lambda row: row.month.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda row: row.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Bedrag"),
        lambda row: screen_formatter().cents(row.amount_cents),
        lambda row: row.amount_cents,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Bron"), lambda row: row.source),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), _state),
]


class AllowancesPaidDialog(QDialog):
    """The allowances paid in a year; *Terugdraaien* undoes the chosen one after a yes."""

    def __init__(
        self, context: PageContext, actor: Actor, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.actor, self.year = context, actor, year
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Betaalde vergoedingen {year}").format(year=year))
        self.model: RowTableModel[AllowanceRow] = RowTableModel(PAID_COLUMNS, self)
        self.table = list_view(self.model, self.tr("Betaalde vergoedingen"), self)
        about = QLabel(
            self.tr(
                "Een verkeerde vergoeding wordt niet gewist maar teruggedraaid: "
                "er komt een tegenboeking bij."
            ),
            self,
        )
        about.setWordWrap(True)
        body = QVBoxLayout()
        body.addWidget(about)
        body.addWidget(self.table, 1)
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        self.reverse_button = big_button(self.tr("Terugdraaien"), self)
        close = big_button(self.tr("Sluiten"), self)
        self.reverse_button.clicked.connect(self.ask_reverse)
        close.clicked.connect(self.reject)
        self.fitting = fit_dialog(self, body, [self.reverse_button, close], self.message)
        self.resize(760, 560)  # room for the list; fit_dialog keeps it on the screen
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """The year's allowances paid, read again."""
        self.act.call(
            lambda: allowances_paid(self.context.uow, self.actor, self.year), self._show_rows
        )

    def _show_rows(self, rows: list[AllowanceRow]) -> None:
        """The rows, and the list as wide as its headers and cells need at this text size."""
        self.model.set_rows(rows)
        header, table = self.table.horizontalHeader(), self.table
        needed = sum(
            max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
            for c in range(self.model.columnCount())
        )
        table.setMinimumWidth(needed + 2 * table.frameWidth())

    def _chosen(self) -> AllowanceRow | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            self.message.show_error(self.tr("Kies eerst een vergoeding in de lijst."))
            return None
        row: AllowanceRow = self.model.data(selected[0], ROW_ROLE)
        return row

    @Slot()
    def ask_reverse(self) -> None:
        """Ask the manager before the chosen allowance is reversed (``question``)."""
        row = self._chosen()
        if row is None:
            return
        formatter = screen_formatter()
        text = self.tr("De vergoeding van {amount} aan {name} over {month} terugdraaien?").format(
            amount=formatter.cents(row.amount_cents),
            name=row.name,
            month=formatter.day(row.month, "MMMM yyyy"),
        )

        def answered(yes: bool) -> None:
            self.question = None
            if yes:
                self.reverse(row)

        self.question = ask(self, self.tr("Vergoeding terugdraaien"), text, answered)

    def reverse(self, row: AllowanceRow) -> None:
        """Reverse ``row`` through the service (a refusal, such as twice, is shown)."""
        self.act.call(
            lambda: reverse_allowance(self.context.uow, self.actor, row.payment_id),
            lambda _none: self._reversed(row),
        )

    def _reversed(self, row: AllowanceRow) -> None:
        self.refresh()
        self.message.show_info(
            self.tr("De vergoeding aan {name} is teruggedraaid.").format(name=row.name)
        )
