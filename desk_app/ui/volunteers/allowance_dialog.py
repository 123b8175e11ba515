"""Volunteer allowances for the manager: who is near a limit, an allowance paid, the statement."""

from __future__ import annotations

from functools import partial
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.amounts import parse_euros
from desk_app.documents.allowance_statement import allowance_statement_pdf
from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.formatting import LOCAL_ZONE
from desk_app.services.auth import Actor
from desk_app.services.volunteers import register
from desk_app.services.volunteers.allowance import AllowanceSum, LimitKind, near_limits
from desk_app.services.volunteers.allowance_entry import (
    AllowanceIn,
    record_allowance,
    set_birth_date,
)
from desk_app.services.volunteers.allowance_statement import yearly_statement
from desk_app.ui.context import PageContext
from desk_app.ui.dates import python_date
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.modal import open_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.touch import big_button, touch_sized
from desk_app.ui.volunteers.allowances_paid_dialog import AllowancesPaidDialog
from desk_app.ui.volunteers.limits_dialog import LimitsDialog
from desk_app.ui.widgets import MessageLabel

PER = {
    LimitKind.HOUR: QT_TRANSLATE_NOOP("AllowanceDialog", "per uur"),
    LimitKind.MONTH: QT_TRANSLATE_NOOP("AllowanceDialog", "per maand"),
    LimitKind.YEAR: QT_TRANSLATE_NOOP("AllowanceDialog", "per jaar"),
}


def _per(line: AllowanceSum) -> str:
    return QCoreApplication.translate("AllowanceDialog", PER[line.nearest().kind])


NEAR_COLUMNS: list[Column[AllowanceSum]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda line: line.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Grens"), _per),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Ontvangen"),
        lambda line: screen_formatter().cents(line.nearest().used_cents),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Onbelast tot"),
        lambda line: screen_formatter().cents(line.nearest().limit_cents),
    ),
]


class AllowanceDialog(QDialog):
    """The year's list of volunteers near a limit; enter an allowance; print a statement."""

    def __init__(self, context: PageContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.actor = context, actor
        self.setWindowTitle(self.tr("Vrijwilligersvergoedingen"))
        now = context.uow.now().astimezone(LOCAL_ZONE)
        today = QDate(now.year, now.month, now.day)
        self.year = touch_sized(QSpinBox(self))
        self.year.setRange(2020, 2100)
        self.year.setValue(today.year())
        self.model = RowTableModel(NEAR_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Dicht bij een grens"))
        self._entry_fields(today)
        for field in (self.year, self.person, self.month, self.born):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel leaves it alone
        self.message = MessageLabel(self)
        self.limits_dialog: LimitsDialog | None = None
        self.paid_dialog: AllowancesPaidDialog | None = None
        self.act = PageAction(lambda: actor, self.message)
        self.documents = DocumentMaker(context, self)
        self.documents.failed.connect(self.message.show_error)
        self.year.valueChanged.connect(self.refresh)
        self.fitting = fit_dialog(self, self._body(), self._buttons(), self.message)
        self.resize(760, 620)  # room for the list; fit_dialog keeps it on the screen
        self.refresh()

    def _entry_fields(self, today: QDate) -> None:
        """Who, their birth date, which month and how much."""
        self.person = touch_sized(QComboBox(self))
        for row in register.register(self.context.uow):
            self.person.addItem(row.name, str(row.person_id))
        self.month = touch_sized(QDateEdit(QDate(today.year(), today.month(), 1), self))
        self.month.setDisplayFormat("MM-yyyy")
        self.born = touch_sized(QDateEdit(QDate(2000, 1, 1), self))
        self.born.setCalendarPopup(True)
        self.born.setAccessibleName(self.tr("Geboortedatum"))
        self.save_born = big_button(self.tr("Geboortedatum opslaan"), self)
        self.save_born.clicked.connect(self.save_birth_date)
        self.amount = touch_sized(QLineEdit(self))
        self.amount.setPlaceholderText(self.tr("bijv. 25,00"))

    def _body(self) -> QVBoxLayout:
        year = QFormLayout()
        year.addRow(self.tr("Jaar"), self.year)
        near = QLabel(self.tr("Dicht bij een grens (80 % of meer):"), self)
        near.setWordWrap(True)
        born = QHBoxLayout()
        born.addWidget(self.born, 1)
        born.addWidget(self.save_born)
        entry = QFormLayout()
        entry.addRow(self.tr("Vrijwilliger"), self.person)
        entry.addRow(self.tr("Geboortedatum (onder 21 lagere grens per uur)"), born)
        entry.addRow(self.tr("Maand"), self.month)
        entry.addRow(self.tr("Betaalde vergoeding"), self.amount)
        body = QVBoxLayout()
        body.addLayout(year)
        body.addWidget(near)
        body.addWidget(self.table, 1)
        body.addLayout(entry)
        return body

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save = buttons.addButton(
            self.tr("Vergoeding opslaan"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.statement = buttons.addButton(
            self.tr("Jaaropgave (PDF)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save.clicked.connect(self.save_allowance)
        self.limits = buttons.addButton(self.tr("Grenzen…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.paid = buttons.addButton(
            self.tr("Betaalde vergoedingen…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.paid.clicked.connect(self.open_paid)
        self.statement.clicked.connect(self.print_statement)
        self.limits.clicked.connect(self.open_limits)
        buttons.rejected.connect(self.reject)
        return buttons

    def _person(self) -> UUID | None:
        data = self.person.currentData()
        if data is None:
            self.message.show_error(self.tr("Kies eerst een vrijwilliger."))
        return None if data is None else UUID(data)

    @Slot()
    def refresh(self) -> None:
        """The volunteers near a limit in the chosen year."""
        self.act.call(
            lambda: near_limits(self.context.uow, self.actor, self.year.value()),
            self.model.set_rows,
        )

    @Slot()
    def save_allowance(self) -> None:
        """Store the allowance typed for the chosen volunteer and month."""
        person_id, cents = self._person(), parse_euros(self.amount.text())
        if person_id is None:
            return
        if cents is None:
            self.message.show_error(self.tr("Typ het bedrag, bijvoorbeeld 25,00."))
            return
        allowance = AllowanceIn(person_id, python_date(self.month.date()), cents)
        self.act.call(
            lambda: record_allowance(self.context.uow, self.actor, allowance), self._saved
        )

    def _saved(self, _result: None) -> None:
        self.amount.clear()
        self.message.show_info(self.tr("De vergoeding is opgeslagen."))
        self.refresh()

    @Slot()
    def open_limits(self) -> None:
        """The year's limits, to correct when the tax authority sets new ones."""
        dialog = LimitsDialog(self.context.uow, self.actor, self.year.value(), self)
        self.limits_dialog = open_dialog(dialog, closed=self.refresh)

    @Slot()
    def open_paid(self) -> None:
        """The year's allowances paid, to reverse one entered wrongly."""
        dialog = AllowancesPaidDialog(self.context, self.actor, self.year.value(), self)
        self.paid_dialog = open_dialog(dialog, closed=self._paid_closed)

    def _paid_closed(self) -> None:
        self.paid_dialog = None
        self.refresh()

    @Slot()
    def save_birth_date(self) -> None:
        """Note the chosen volunteer's birth date, for the under-21 hourly limit."""
        person_id = self._person()
        if person_id is None:
            return
        born_on = python_date(self.born.date())
        self.act.call(
            lambda: set_birth_date(self.context.uow, self.actor, person_id, born_on),
            lambda _none: self._birth_date_saved(),
        )

    def _birth_date_saved(self) -> None:
        self.message.show_info(self.tr("De geboortedatum is opgeslagen."))
        self.refresh()

    @Slot()
    def print_statement(self) -> None:
        """The chosen volunteer's yearly statement, archived and opened."""
        person_id = self._person()
        if person_id is None:
            return
        year = self.year.value()
        self.act.call(
            lambda: yearly_statement(self.context.uow, self.actor, person_id, year),
            lambda made: self.documents.archive(
                "jaaropgave-vergoeding", partial(allowance_statement_pdf, made)
            ),
        )
