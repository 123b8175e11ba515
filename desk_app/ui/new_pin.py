"""A social manager whose PIN is too short chooses a new one before the desk lets her in."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk_app.errors import DeskError
from desk_app.services import people
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.widgets import MessageLabel, PinEdit, add_row, form_layout


class NewPinDialog(QDialog):
    """Ask the new PIN twice and store it through the service; accepted once it is stored.

    ``actor`` is the settled session afterwards (``None`` until then).
    """

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.pending = actor
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Nieuwe pincode kiezen"))
        why = QLabel(
            self.tr(
                "Een sociaal beheerder heeft een pincode van minstens 6 cijfers. "
                "Kies nu een nieuwe pincode."
            ),
            self,
        )
        why.setWordWrap(True)
        self.pin = PinEdit(self)
        self.pin_again = PinEdit(self)
        self.message = MessageLabel(self)
        form = form_layout()
        add_row(form, self.tr("Nieuwe pincode (6 cijfers)"), self.pin)
        add_row(form, self.tr("Pincode nog een keer"), self.pin_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @Slot()
    def save(self) -> None:
        """Store the new PIN when both fields agree; the service checks its length."""
        if self.pin.text() != self.pin_again.text():
            self.message.show_error(self.tr("De twee pincodes zijn niet gelijk."))
            return
        try:
            self.actor = people.choose_own_pin(self.uow, self.pending, self.pin.text())
        except DeskError as error:
            self.pin.clear()
            self.pin_again.clear()
            self.message.show_desk_error(error)
            return
        self.accept()
