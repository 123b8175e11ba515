"""The hirer dialog's SEPA mandate: its reference, the day it was signed, first or recurring."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QWidget

from desk_app.ui.i18n import screen_formatter
from desk_app.ui.rooms.common import from_qdate, to_qdate
from desk_app.ui.touch import touch_sized


class MandateFields(QWidget):
    """An empty reference means no mandate; the service checks the rest against the IBAN."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = touch_sized(QLineEdit(self))
        self.reference.setPlaceholderText(self.tr("leeg: geen incasso"))
        self.signed_on = touch_sized(QDateEdit(to_qdate(today), self))
        self.signed_on.setDisplayFormat(screen_formatter().numeric_pattern())
        self.signed_on.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sequence = touch_sized(QComboBox(self))
        self.sequence.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sequence.addItem(self.tr("Eerste incasso nog te doen"), True)
        self.sequence.addItem(self.tr("Doorlopend (al eerder geïncasseerd)"), False)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Machtigingskenmerk"), self.reference)
        form.addRow(self.tr("Getekend op"), self.signed_on)
        form.addRow(self.tr("Incasso"), self.sequence)

    def fill(self, reference: str, signed_on: date | None, first: bool) -> None:
        """Show a stored mandate."""
        self.reference.setText(reference)
        if signed_on is not None:
            self.signed_on.setDate(to_qdate(signed_on))
        self.sequence.setCurrentIndex(0 if first else 1)

    def values(self) -> tuple[str, date | None, bool]:
        """The reference, the signing day (none without a reference) and whether it is first."""
        reference = self.reference.text()
        signed = from_qdate(self.signed_on.date()) if reference.strip() else None
        return reference, signed, bool(self.sequence.currentData())
