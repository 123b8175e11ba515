"""Signing in and out: scan a badge, or pick your name and type your PIN."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.people import Account
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.widgets import MessageLabel, PinEdit


class SignInPanel(QFrame):
    """Inputs for signing in and out; the page calls the services.

    Signals:
        badge_scanned: a badge code was scanned or typed with Enter; carries the text.
        pin_entered: a name was chosen and a PIN typed; carries the person id and the PIN.
    """

    badge_scanned = Signal(str)
    pin_entered = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("scan")
        self.scan_field.setPlaceholderText(self.tr("Scan uw badge om aan of af te melden"))
        self.scan_field.setMaxLength(200)
        self.scan_field.returnPressed.connect(self._on_scan)
        self.person = QComboBox(self)
        self.pin = PinEdit(self)
        FittingPlaceholder(self.pin, (self.tr("Pincode"), self.tr("Pin")))
        self.pin.returnPressed.connect(self._on_pin)
        self.pin_button = QPushButton(self.tr("Aan- of afmelden"), self)
        self.pin_button.clicked.connect(self._on_pin)
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.person, 2)
        row.addWidget(self.pin, 1)
        row.addWidget(self.pin_button, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan_field)
        layout.addWidget(
            QLabel(self.tr("Geen badge bij de hand? Kies uw naam en typ uw pincode:"), self)
        )
        layout.addLayout(row)
        layout.addWidget(self.message)

    def show_accounts(self, accounts: list[Account]) -> None:
        """The people who can sign in with a PIN."""
        self.person.clear()
        for account in accounts:
            self.person.addItem(account.name, account.person_id)

    @Slot()
    def _on_scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        self.badge_scanned.emit(text)

    @Slot()
    def _on_pin(self) -> None:
        person_id: UUID | None = self.person.currentData()
        pin = self.pin.text()
        self.pin.clear()
        if person_id is not None:
            self.pin_entered.emit(person_id, pin)
