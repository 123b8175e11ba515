"""Printing new visitor passes: how many, card or A4 sheet, and a name only with consent."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.living_room.passes import MAX_PASSES_AT_ONCE, Holder
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.widgets import MessageLabel, add_row, form_layout

# Above this many the desk asks once more before printing.
CONFIRM_ABOVE = 10


@dataclass(frozen=True)
class PassRequest:
    """What the desk asked for."""

    count: int
    sheet: bool
    holder: Holder | None


class NewPassDialog(QDialog):
    """Ask for the passes to print; the page calls the service with :meth:`request`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe bezoekerspas"))
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_PASSES_AT_ONCE)  # the service's limit
        self.count.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.count.valueChanged.connect(self._update_holder_fields)
        self.count.valueChanged.connect(self._withdraw_confirmation)
        self.confirming = False
        self.message = MessageLabel(self)
        self.single = QRadioButton(self.tr("Losse kaart (kaartprinter)"), self)
        self.sheet = QRadioButton(self.tr("A4-vel met 10 kaarten om uit te knippen"), self)
        self.single.setChecked(True)
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.consent = QCheckBox(
            self.tr("De bezoeker geeft toestemming om naam en telefoon te bewaren"), self
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.print_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.print_button.setText(self.tr("Afdrukken"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = form_layout()
        add_row(form, self.tr("Aantal passen"), self.count)
        note = QLabel(
            self.tr(
                "Naam en telefoon zijn niet nodig. Alleen met toestemming, en alleen bij één pas."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addWidget(self.single)
        layout.addWidget(self.sheet)
        layout.addWidget(note)
        holder_form = form_layout()
        add_row(holder_form, self.tr("Naam (mag leeg)"), self.name)
        add_row(holder_form, self.tr("Telefoon (mag leeg)"), self.phone)
        layout.addLayout(holder_form)
        layout.addWidget(self.consent)
        fit_dialog(self, layout, buttons, self.message)

    def accept(self) -> None:
        """Qt override: many passes at once are printed only after a second, explicit click."""
        count = self.count.value()
        if count > CONFIRM_ABOVE and not self.confirming:
            self.confirming = True
            self.message.show_error(
                self.tr("U maakt {count} nieuwe passen. Klopt dat aantal?").format(count=count)
            )
            self.print_button.setText(self.tr("Ja, {count} passen afdrukken").format(count=count))
            return
        super().accept()

    @Slot()
    def _withdraw_confirmation(self) -> None:
        if self.confirming:
            self.confirming = False
            self.message.clear_message()
            self.print_button.setText(self.tr("Afdrukken"))

    @Slot(int)
    def _update_holder_fields(self, count: int) -> None:
        for field in (self.name, self.phone, self.consent):
            field.setEnabled(count == 1)

    def request(self) -> PassRequest:
        """The passes asked for; a holder only when a name or phone was typed."""
        wants_holder = bool(self.name.text().strip() or self.phone.text().strip())
        holder = (
            Holder(self.name.text(), self.phone.text(), self.consent.isChecked())
            if wants_holder and self.count.value() == 1
            else None
        )
        return PassRequest(self.count.value(), self.sheet.isChecked(), holder)
