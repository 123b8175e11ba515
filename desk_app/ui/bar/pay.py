"""The payment panel: total and change above cash, card, on account, own use and coffee card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desk_app.amounts import parse_euros
from desk_app.kinds import PaymentMethod
from desk_app.services.till.payments import PaymentIn
from desk_app.ui.bar.hirer_field import HirerField
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.scanner import mark_scan_field
from desk_app.ui.shortcuts import with_keys
from desk_app.ui.touch import touch_button

QUICK_NOTES = (500, 1000, 2000, 5000)
EXACT_KEYS = QKeySequence(Qt.Key.Key_F5)  # the page's shortcuts, shown on their buttons
CARD_KEYS = QKeySequence(Qt.Key.Key_F6)
FIELD_WIDTH = 140  # a typed amount or a few letters of a name; the buttons get the rest


class Figure(QWidget):
    """A caption over a large, calm amount; empty, it keeps its place so nothing moves."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption_text = caption
        self.caption = QLabel(caption, self)
        self.value = QLabel(" ", self)  # a space keeps the line's height while it is empty
        self.value.setObjectName("figure")
        self.value.setAccessibleName(caption)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_amount(self, amount: str) -> None:
        """Show ``amount`` under the caption."""
        self.caption.setText(self.caption_text)
        self.value.setText(amount)

    def clear_amount(self) -> None:
        """Show nothing, in the same place (a space keeps each line's height)."""
        self.caption.setText(" ")
        self.value.setText(" ")

    def text(self) -> str:
        """Caption and amount as one line, as a reader hears them."""
        return f"{self.caption.text()} {self.value.text().strip()}".strip()


class PayPanel(QWidget):
    """Buttons that pay the basket; the page supplies the total when they are pressed.

    Signals:
        paid: the parts of a payment were chosen; carries a list of ``PaymentIn``.
        refused: the typed input was no amount; carries a Dutch message.
    """

    paid = Signal(object)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_cents = 0
        self.total = Figure(self.tr("Totaal"), "total", self)
        self.change = Figure(self.tr("Wisselgeld"), "change", self)
        self.change.setToolTip(self.tr("Terug te geven aan de klant"))
        self.change.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.change.caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tendered = QLineEdit()
        self.tendered.setMinimumHeight(44)
        self.holder = HirerField(self.tr("Huurder (voor op rekening)"))
        self.card_code = QLineEdit()
        self.card_code.setMinimumHeight(44)
        mark_scan_field(self.card_code)  # a coffee card scanned here pays, it is no visit
        self.exact = touch_button(with_keys(self.tr("Gepast"), EXACT_KEYS))
        self.exact.setToolTip(self.tr("Contant, gepast betaald (F5)"))
        self.cash = touch_button(kind_text(PaymentMethod.CASH))
        self.card = touch_button(with_keys(kind_text(PaymentMethod.CARD), CARD_KEYS))
        self.on_account = touch_button(self.tr("Op factuur huurder"))
        self.own_use = touch_button(self.tr("Eigen consumptie"))
        self.coffee_card = touch_button(kind_text(PaymentMethod.COFFEE_CARD))
        self._fit_hints()
        self.notes = [touch_button(screen_formatter().whole_euros(cents)) for cents in QUICK_NOTES]
        for button in (self.exact, self.cash, self.card, self.on_account, self.own_use):
            button.setObjectName("compact")
        for button in (self.coffee_card, *self.notes):
            button.setObjectName("compact")
        self._lay_out()
        self._connect()

    def _fit_hints(self) -> None:
        """Hints read whole at any text size: a shorter wording where the long one is cut."""
        tendered = (self.tr("Ontvangen, bijv. 10,00"), self.tr("Ontvangen"), "€")
        FittingPlaceholder(self.tendered, tendered)
        hirer = (self.holder.accessibleName(), self.tr("Huurder"), self.tr("Naam"))
        FittingPlaceholder(self.holder, hirer)  # beside "Op factuur huurder": whose name
        FittingPlaceholder(self.card_code, (self.tr("Koffiekaart scannen"), self.tr("Koffiekaart")))

    def _lay_out(self) -> None:
        """Rows of their own, so every button keeps at least the width of its text."""
        rows: list[list[QWidget]] = [
            [self.total, self.change],
            list(self.notes),
            [self.tendered, self.cash, self.exact],
            [self.card, self.own_use],
            [self.holder, self.on_account],
            [self.card_code, self.coffee_card],
        ]
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for widgets in rows:
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget, 1)
            column.addLayout(row)
        for field in (self.tendered, self.holder, self.card_code):
            field.setMinimumWidth(FIELD_WIDTH)
            field.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def _connect(self) -> None:
        self.exact.clicked.connect(lambda: self._pay_cash(None))
        self.cash.clicked.connect(self._pay_typed_cash)
        self.tendered.returnPressed.connect(self._pay_typed_cash)
        for cents, note in zip(QUICK_NOTES, self.notes, strict=True):
            note.clicked.connect(lambda _=False, c=cents: self._pay_cash(c))
        self.card.clicked.connect(lambda: self._exact(PaymentMethod.CARD))
        self.own_use.clicked.connect(lambda: self._exact(PaymentMethod.VOLUNTEER))
        self.on_account.clicked.connect(self._pay_on_account)
        self.coffee_card.clicked.connect(self._pay_coffee_card)

    def _pay_cash(self, tendered: int | None) -> None:
        self.paid.emit([PaymentIn(PaymentMethod.CASH, tendered_cents=tendered)])

    @Slot()
    def _pay_typed_cash(self) -> None:
        if not self.tendered.text().strip():
            self._pay_cash(None)
            return
        cents = parse_euros(self.tendered.text())
        if cents is None:
            self.refused.emit(self.tr("Typ het ontvangen bedrag, bijvoorbeeld 10,00."))
            return
        self._pay_cash(cents)

    def _exact(self, method: PaymentMethod) -> None:
        self.paid.emit([PaymentIn(method, amount_cents=self.total_cents)])

    @Slot()
    def _pay_on_account(self) -> None:
        hirer = self.holder.chosen()
        if hirer is None:
            self.refused.emit(self.tr("Kies eerst de huurder op wiens factuur dit komt."))
            return
        self.paid.emit([PaymentIn(PaymentMethod.ON_ACCOUNT, self.total_cents, hirer_id=hirer.id)])

    @Slot()
    def _pay_coffee_card(self) -> None:
        self.paid.emit(
            [
                PaymentIn(
                    PaymentMethod.COFFEE_CARD, self.total_cents, card_code=self.card_code.text()
                )
            ]
        )

    def reset(self) -> None:
        """Clear what was typed, after a sale."""
        for edit in (self.tendered, self.card_code):
            edit.clear()
        self.holder.clear_choice()
