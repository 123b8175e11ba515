"""After the count: expected cash and the difference, the card total, and the PIN sign-off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QTimeEdit, QWidget

from desk_app.services.day_close.sign_off import CashCheck
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.touch import touch_button
from desk_app.ui.widgets import PinEdit, add_row, form_layout

FIELD_HEIGHT = 48


class SignOffPanel(QGroupBox):
    """Shown once the count is in: the comparison, reasons, float, card total, PIN.

    Signals:
        sign_off: "Dag afsluiten" pressed.
    """

    sign_off = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("2. Vergelijken en aftekenen"))
        self.expected = QLabel(self)
        self.expected.setObjectName("cash_expected")
        self.difference = QLabel(self)
        self.difference.setObjectName("cash_difference")
        self.difference.setWordWrap(True)
        example = (self.tr("bijvoorbeeld: wisselgeld fout"), self.tr("bijv. wisselgeld fout"), "")
        amount = (self.tr("bedrag in euro"), "€")
        self.cash_reason = self._line("cash_reason", example)
        self.float_left = self._line("float_left", amount)
        self.card_total = self._line("card_total", amount)
        self.card_reason = self._line("card_reason", (self.tr("alleen bij een verschil"), ""))
        self.sign_out_at = QTimeEdit(QTime(22, 30), self)
        self.sign_out_at.setMinimumHeight(FIELD_HEIGHT)
        self.pin = PinEdit(self)
        self.pin.setMinimumHeight(FIELD_HEIGHT)
        self.button = touch_button(self.tr("Dag afsluiten"), self)
        self.button.setObjectName("sign_off")
        self.button.clicked.connect(self.sign_off)
        self.pin.returnPressed.connect(self.sign_off)
        form = form_layout(self)
        form.addRow(self.tr("Verwacht in de kas"), self.expected)
        form.addRow(self.tr("Kasverschil"), self.difference)
        add_row(form, self.tr("Reden van het verschil"), self.cash_reason)
        add_row(form, self.tr("Wisselgeld voor morgen (euro)"), self.float_left)
        add_row(form, self.tr("Totaal van de pinautomaat (euro)"), self.card_total)
        add_row(form, self.tr("Reden pinverschil"), self.card_reason)
        add_row(form, self.tr("Eindtijd voor wie nog is aangemeld"), self.sign_out_at)
        add_row(form, self.tr("Uw pincode"), self.pin)
        form.addRow(self.button)
        self._fit_difference()

    def changeEvent(self, event: QEvent) -> None:
        """Room for a two-line difference at any text size, so the count moves no button."""
        super().changeEvent(event)
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self._fit_difference()

    def _fit_difference(self) -> None:
        self.difference.setMinimumHeight(self.difference.fontMetrics().lineSpacing() * 2)

    def _line(self, name: str, hints: tuple[str, ...]) -> QLineEdit:
        """A field with the longest hint that fits, or none: its label says what it is for."""
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setMinimumHeight(FIELD_HEIGHT)
        FittingPlaceholder(field, hints)
        return field

    @Slot(object)
    def show_check(self, check: CashCheck, *, focus: bool = True) -> None:
        """Reveal the expected cash and the difference; ask for a reason when it is large."""
        self.expected.setText(screen_formatter().cents(check.expected_cents))
        text = screen_formatter().cents(check.difference_cents)
        if check.reason_needed:
            text += "  " + self.tr("(groot verschil: geef een reden)")
        self.difference.setText(text)
        self.difference.setProperty("kind", "error" if check.reason_needed else "info")
        self.setEnabled(True)
        if focus:
            self.cash_reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def hide_check(self) -> None:
        """No count finished: nothing expected shown, nothing to sign; typed fields stay."""
        self.expected.setText(self.tr("eerst tellen"))
        self.difference.clear()
        self.setEnabled(False)

    def reset(self) -> None:
        """Hide the comparison and empty the fields (after the close, another day)."""
        for field in (self.cash_reason, self.float_left, self.card_total, self.card_reason):
            field.clear()
        self.pin.clear()
        self.hide_check()
