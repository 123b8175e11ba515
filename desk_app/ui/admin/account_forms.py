"""Small forms of the accounts screen: a new person, a new PIN."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from desk_app.kinds import Role
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.messages import kind_text
from desk_app.ui.widgets import MessageLabel, PinEdit, add_row, form_layout


def role_combo(parent: QWidget, current: Role = Role.RECEPTION) -> QComboBox:
    """A choice of role, showing the translated names."""
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(kind_text(role), role)
    combo.setCurrentIndex(list(Role).index(current))
    return combo


class PinForm(QDialog):
    """Ask a PIN twice (masked); optionally a name and role first, for a new account."""

    def __init__(self, title: str, *, new_person: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(self)
        self.role = role_combo(self)
        self.pin = PinEdit(self)
        self.pin_again = PinEdit(self)
        self.message = MessageLabel(self)
        form = form_layout()
        if new_person:
            add_row(form, self.tr("Naam"), self.name)
            add_row(form, self.tr("Rol"), self.role)
        add_row(form, self.tr("Pincode (4 tot 6 cijfers)"), self.pin)
        add_row(form, self.tr("Pincode nog een keer"), self.pin_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        self.fitting = fit_dialog(self, form, buttons, self.message)

    @Slot()
    def _check(self) -> None:
        """Only the UI's own check: the two PINs match; the service checks the rest."""
        if self.pin.text() != self.pin_again.text():
            self.message.show_error(self.tr("De twee pincodes zijn niet gelijk."))
            return
        self.accept()
