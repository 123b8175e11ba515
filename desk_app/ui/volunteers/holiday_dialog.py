"""Close the centre for a day (a public holiday): its shifts and gaps fall out of the roster."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services.auth import Actor
from desk_app.services.volunteers.roster_plan import set_holiday
from desk_app.ui.context import PageContext
from desk_app.ui.dates import python_date
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.touch import touch_sized
from desk_app.ui.widgets import MessageLabel


class HolidayDialog(QDialog):
    """The day the centre is closed and its name (Koningsdag, Tweede Kerstdag)."""

    def __init__(
        self, context: PageContext, actor: Actor, day: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.actor = context, actor
        self.setWindowTitle(self.tr("Dag dicht"))
        self.day = touch_sized(QDateEdit(QDate(day.year, day.month, day.day), self))
        self.day.setCalendarPopup(True)
        self.day.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel leaves it alone
        self.name = touch_sized(QLineEdit(self))
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("bijv. Koningsdag"))
        about = QLabel(self.tr("Op deze dag is het buurthuis dicht: er staan geen diensten."), self)
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Dag"), self.day)
        form.addRow(self.tr("Naam van de dag"), self.name)
        body = QVBoxLayout()
        body.addWidget(about)
        body.addLayout(form)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.close_button = buttons.addButton(
            self.tr("Dicht zetten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.close_day)
        buttons.rejected.connect(self.reject)
        self.fitting = fit_dialog(self, body, buttons, self.message)

    @Slot()
    def close_day(self) -> None:
        """Store the closed day; a refusal (no name, closed already) stays in the dialog."""
        try:
            set_holiday(
                self.context.uow, self.actor, python_date(self.day.date()), self.name.text()
            )
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.accept()
