"""Fill a shift by picking a volunteer, with certificates, preferences and availability shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.kinds import DayPartKey, ShiftTask
from desk_app.services.auth import Actor
from desk_app.services.volunteers.roster_pick import Candidate, candidates
from desk_app.services.volunteers.roster_plan import ShiftPlan, plan_shift
from desk_app.ui.context import PageContext
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel
from desk_app.ui.touch import touch_sized
from desk_app.ui.widgets import MessageLabel

YES, NO = QT_TRANSLATE_NOOP("Columns", "ja"), QT_TRANSLATE_NOOP("Columns", "nee")


def _yes(value: bool | None) -> str:
    """A yes or no in a cell, in the user's language; nothing when it is not known."""
    if value is None:
        return ""
    return QCoreApplication.translate("Columns", YES if value else NO)


CANDIDATE_COLUMNS: list[Column[Candidate]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda c: c.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Certificaten"),
        lambda c: ", ".join(kind_text(kind) for kind in c.certificates),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Voorkeur"), lambda c: _yes(c.prefers or None)),
    Column(QT_TRANSLATE_NOOP("Columns", "Beschikbaar"), lambda c: _yes(c.available)),
]


def candidate_table(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """The volunteers to choose from, every column as wide as its header and cells."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    return table


class ShiftPickDialog(QDialog):
    """The task, then a volunteer from the list (qualified first); once, or every week."""

    def __init__(
        self,
        context: PageContext,
        actor: Actor,
        slot: tuple[date, DayPartKey],
        task: ShiftTask,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.actor = context, actor
        self.day, self.part = slot
        self.setWindowTitle(self.tr("Dienst inplannen"))
        when = self.tr("{day}, {part}").format(
            day=screen_formatter().day(self.day), part=kind_text(self.part)
        )
        self.task = touch_sized(QComboBox(self))
        for each in ShiftTask:
            self.task.addItem(kind_text(each), each)
        self.task.setCurrentIndex(list(ShiftTask).index(task))
        self.task.currentIndexChanged.connect(self.refresh)
        self.weekly = QCheckBox(self.tr("Elke week op deze dag en dit dagdeel"), self)
        self.model = RowTableModel(CANDIDATE_COLUMNS, self)
        self.table = candidate_table(self.model, self.tr("Vrijwilligers"), self)
        self.table.doubleClicked.connect(self.plan)
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Wanneer"), QLabel(when, self))
        form.addRow(self.tr("Taak"), self.task)
        body = QVBoxLayout()
        body.addLayout(form)
        body.addWidget(self.table, 1)
        body.addWidget(self.weekly)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.plan_button = self.buttons.addButton(
            self.tr("Inplannen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.plan)
        self.buttons.rejected.connect(self.reject)
        self.fitting = fit_dialog(self, body, self.buttons, self.message)
        self.resize(720, 560)
        self.refresh()

    def chosen_task(self) -> ShiftTask:
        """The task picked in the list."""
        return ShiftTask(self.task.currentData())  # Qt hands a str enum back as its value

    @Slot()
    def refresh(self) -> None:
        """Who is free for the chosen task, qualified first."""
        self.model.set_rows(candidates(self.context.uow, self.day, self.part, self.chosen_task()))

    @Slot()
    def plan(self) -> None:
        """Plan the selected volunteer; a refusal stays in the dialog."""
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            self.message.show_error(self.tr("Kies eerst een vrijwilliger in de lijst."))
            return
        person: Candidate = self.model.data(selected[0], ROW_ROLE)
        plan = ShiftPlan(
            self.day, self.part, self.chosen_task(), person.person_id, self.weekly.isChecked()
        )
        try:
            plan_shift(self.context.uow, self.actor, plan)
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.accept()
