"""The payment panel: cash with the amount tendered, card, on account, own use, coffee card."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from desk_app.kinds import PaymentMethod
from desk_app.services.till.payments import PaymentIn
from desk_app.ui.bar.hirer_field import HirerField
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.scanner import mark_scan_field
from desk_app.ui.touch import touch_button

QUICK_NOTES = (500, 1000, 2000, 5000)


def parse_euros(text: str) -> int | None:
    """``"12,50"`` or ``"12.5"`` as cents; ``None`` when it is no amount."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        return None
    return int(value * 100)


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
        self.tendered = QLineEdit()
        self.tendered.setPlaceholderText(self.tr("Ontvangen, bijv. 10,00"))
        self.tendered.setMinimumHeight(44)
        self.holder = HirerField(self.tr("Huurder (voor op rekening)"))
        self.card_code = QLineEdit()
        self.card_code.setPlaceholderText(self.tr("Koffiekaart scannen"))
        self.card_code.setMinimumHeight(44)
        mark_scan_field(self.card_code)  # a coffee card scanned here pays, it is no visit
        self.exact = touch_button(self.tr("Gepast"))
        self.exact.setToolTip(self.tr("Contant, gepast betaald (F5)"))
        self.cash = touch_button(kind_text(PaymentMethod.CASH))
        self.card = touch_button(kind_text(PaymentMethod.CARD))
        self.on_account = touch_button(self.tr("Op factuur huurder"))
        self.own_use = touch_button(self.tr("Eigen consumptie"))
        self.coffee_card = touch_button(kind_text(PaymentMethod.COFFEE_CARD))
        self.notes = [touch_button(screen_formatter().whole_euros(cents)) for cents in QUICK_NOTES]
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        grid.addWidget(QLabel(self.tr("Betalen")), 0, 0, 1, 4)
        for column, note in enumerate(self.notes):
            grid.addWidget(note, 1, column)
        grid.addWidget(self.tendered, 2, 0, 1, 2)
        grid.addWidget(self.cash, 2, 2)
        grid.addWidget(self.exact, 2, 3)
        grid.addWidget(self.card, 3, 0, 1, 2)
        grid.addWidget(self.own_use, 3, 2, 1, 2)
        grid.addWidget(self.holder, 4, 0, 1, 2)
        grid.addWidget(self.on_account, 4, 2, 1, 2)
        grid.addWidget(self.card_code, 5, 0, 1, 2)
        grid.addWidget(self.coffee_card, 5, 2, 1, 2)

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
