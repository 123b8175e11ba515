"""Fields for the centre's name, code, address and its VAT, KvK and IBAN numbers."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.services.centre import KNOWN_CENTRES, CentreDetails
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.widgets import add_row, form_layout


class IdentityForm(QWidget):
    """Name (one of the known centres or any other), code and address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.addItems(list(KNOWN_CENTRES))
        self.name.setCurrentIndex(-1)
        if (line := self.name.lineEdit()) is not None:
            line.setPlaceholderText(self.tr("Kies of typ de naam"))
        self.code = QLineEdit(self)
        self.code.setMaxLength(8)
        self.code.setPlaceholderText(self.tr("bijvoorbeeld ALM"))
        self.street = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setPlaceholderText(self.tr("bijvoorbeeld 1181 AB"))
        self.city = QLineEdit("Amstelveen", self)
        form = form_layout(self)
        add_row(form, self.tr("Naam van het buurthuis"), self.name)
        add_row(form, self.tr("Code (kort, hoofdletters)"), self.code)
        add_row(form, self.tr("Straat en huisnummer"), self.street)
        add_row(form, self.tr("Postcode"), self.postcode)
        add_row(form, self.tr("Plaats"), self.city)
        self.name.currentTextChanged.connect(self._name_changed)

    @Slot(str)
    def _name_changed(self, name: str) -> None:
        """A known centre brings its own code; another name leaves the code to the user."""
        known = KNOWN_CENTRES.get(name.strip())
        if known is not None:
            self.code.setText(known)
        elif self.code.text() in KNOWN_CENTRES.values():
            self.code.clear()

    def fill(self, details: CentreDetails) -> None:
        """Show stored details."""
        self.name.setEditText(details.name)
        self.code.setText(details.code)
        self.street.setText(details.street)
        self.postcode.setText(details.postcode)
        self.city.setText(details.city)


class NumbersForm(QWidget):
    """The numbers an invoice must carry: VAT, chamber of commerce (KvK), IBAN, incassant-ID."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vat = QLineEdit(self)
        self.vat.setPlaceholderText(self.tr("bijvoorbeeld NL123456789B01"))
        self.coc = QLineEdit(self)
        self.coc.setPlaceholderText(self.tr("8 cijfers"))
        self.iban = QLineEdit(self)
        self.iban.setPlaceholderText(self.tr("bijvoorbeeld NL91 ABNA 0417 1643 00"))
        self.creditor_id = QLineEdit(self)
        creditor = (
            self.tr("alleen voor incasso, bijvoorbeeld NL53ZZZ091734220000"),
            self.tr("bijvoorbeeld NL53ZZZ091734220000"),
            self.tr("alleen voor incasso"),
        )
        FittingPlaceholder(self.creditor_id, creditor)
        form = form_layout(self)
        add_row(form, self.tr("Btw-nummer"), self.vat)
        add_row(form, self.tr("KvK-nummer"), self.coc)
        add_row(form, self.tr("IBAN"), self.iban)
        add_row(form, self.tr("Incassant-ID"), self.creditor_id)

    def fill(self, details: CentreDetails) -> None:
        """Show stored details."""
        self.vat.setText(details.vat_number)
        self.coc.setText(details.coc_number)
        self.iban.setText(details.iban)
        self.creditor_id.setText(details.creditor_id)
