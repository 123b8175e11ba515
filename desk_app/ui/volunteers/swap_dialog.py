"""Swap a shift: who takes it over, and who agreed to the swap."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services.auth import Actor
from desk_app.services.volunteers.roster import PlannedShift
from desk_app.services.volunteers.roster_pick import Candidate, candidates
from desk_app.services.volunteers.roster_plan import swap_shift
from desk_app.ui.context import PageContext
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.table_model import ROW_ROLE, RowTableModel
from desk_app.ui.touch import touch_sized
from desk_app.ui.volunteers.shift_pick_dialog import CANDIDATE_COLUMNS, candidate_table
from desk_app.ui.widgets import MessageLabel

TAKER = "taker"


class SwapDialog(QDialog):
    """The shift, the volunteer who takes it (qualified first) and whose agreement it rests on."""

    def __init__(
        self, context: PageContext, actor: Actor, shift: PlannedShift, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.actor, self.shift = context, actor, shift
        self.setWindowTitle(self.tr("Dienst ruilen"))
        about = self.tr("{task} op {day}, {part}: {name}").format(
            task=kind_text(shift.task),
            day=screen_formatter().day(shift.day),
            part=kind_text(shift.part),
            name=shift.name,
        )
        self.model: RowTableModel[Candidate] = RowTableModel(CANDIDATE_COLUMNS, self)
        self.model.set_rows(candidates(context.uow, shift.day, shift.part, shift.task))
        self.table = candidate_table(self.model, self.tr("Wie neemt de dienst over"), self)
        self.agreed = touch_sized(QComboBox(self))
        self.agreed.addItem(self.tr("wie de dienst overneemt"), TAKER)
        self.agreed.addItem(shift.name, str(shift.person_id))
        self.message = MessageLabel(self)
        label = QLabel(about, self)
        label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Akkoord gegeven door"), self.agreed)
        body = QVBoxLayout()
        body.addWidget(label)
        body.addWidget(self.table, 1)
        body.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.swap_button = self.buttons.addButton(
            self.tr("Ruilen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.swap)
        self.buttons.rejected.connect(self.reject)
        self.fitting = fit_dialog(self, body, self.buttons, self.message)

    @Slot()
    def swap(self) -> None:
        """Record the swap; a refusal stays in the dialog."""
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            self.message.show_error(self.tr("Kies eerst wie de dienst overneemt."))
            return
        taker: Candidate = self.model.data(selected[0], ROW_ROLE)
        agreed = taker.person_id if self.agreed.currentData() == TAKER else self.shift.person_id
        try:
            swap_shift(self.context.uow, self.actor, self.shift, taker.person_id, agreed)
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.accept()
