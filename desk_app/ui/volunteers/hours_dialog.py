"""Hours per volunteer over a period, and the signed statement of one volunteer as a PDF."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents.volunteers import hours_statement_pdf
from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.formatting import format_hours
from desk_app.services.auth import Actor
from desk_app.services.volunteers import hours
from desk_app.ui.context import PageContext
from desk_app.ui.dates import python_date
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.messages import kind_text
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel
from desk_app.ui.widgets import MessageLabel

HOURS_COLUMNS: list[Column[hours.HoursLine]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda line: line.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Soort"), lambda line: kind_text(line.kind)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Uren"),
        lambda line: format_hours(line.hours),
        lambda line: line.hours,
    ),
]


class HoursDialog(QDialog):
    """Pick a period; see the hours; print a statement for the selected volunteer."""

    def __init__(self, context: PageContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.actor = context, actor
        self.setWindowTitle(self.tr("Uren van vrijwilligers"))
        today = QDate.currentDate()
        self.first = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.last = QDateEdit(today, self)
        self.first.setAccessibleName(self.tr("Eerste dag"))
        self.last.setAccessibleName(self.tr("Laatste dag"))
        for field in (self.first, self.last):
            field.setCalendarPopup(True)
            field.dateChanged.connect(self.refresh)
        self.model = RowTableModel(HOURS_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)  # one line per kind at large text, never a wider dialog
        self.message = MessageLabel(self)
        self.documents = DocumentMaker(context, self)
        self.documents.failed.connect(self.message.show_error)
        period = QHBoxLayout()
        for text, field in ((self.tr("Van"), self.first), (self.tr("t/m"), self.last)):
            period.addWidget(QLabel(text, self))
            period.addWidget(field)
        period.addStretch(1)
        body = QVBoxLayout()
        body.addLayout(period)
        body.addWidget(self.table, 1)
        body.addWidget(self.totals)
        self.fitting = fit_dialog(self, body, self._buttons(), self.message)
        self.resize(720, 560)  # room for the list; fit_dialog keeps it on the screen
        self.refresh()

    def _buttons(self) -> QDialogButtonBox:
        """The statement to print, and Sluiten."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        statement = buttons.addButton(
            self.tr("Urenverklaring (PDF) van de gekozen vrijwilliger"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        statement.clicked.connect(self.print_statement)
        buttons.rejected.connect(self.reject)
        return buttons

    def period(self) -> tuple[date, date]:
        """The chosen first and last day."""
        return python_date(self.first.date()), python_date(self.last.date())

    @Slot()
    def refresh(self) -> None:
        """Hours for the chosen period."""
        try:
            lines = hours.volunteer_hours(self.context.uow, *self.period())
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.message.clear_message()
        self.model.set_rows(lines)
        per_kind = hours.hours_by_kind(lines)
        per_kind_text = self.tr("{kind}: {hours} uur")
        self.totals.setText(
            ", ".join(
                per_kind_text.format(kind=kind_text(kind), hours=format_hours(total))
                for kind, total in per_kind.items()
            )
        )

    @Slot()
    def print_statement(self) -> None:
        """The statement of the selected volunteer, archived and opened."""
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            self.message.show_error(self.tr("Kies eerst een vrijwilliger in de lijst."))
            return
        line: hours.HoursLine = self.model.data(selected[0], ROW_ROLE)
        try:
            statement = hours.hours_statement(
                self.context.uow, self.actor, line.person_id, *self.period()
            )
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.documents.archive("urenverklaring", partial(hours_statement_pdf, statement))
