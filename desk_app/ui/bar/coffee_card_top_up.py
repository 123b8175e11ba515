"""Putting more money on a coffee card: scan it, see what is on it, tap a value and pay."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.kinds import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.till.coffee_cards import CardInfo, card_info, top_up
from desk_app.services.uow import UnitOfWork
from desk_app.ui.bar.coffee_card_sale import VALUES
from desk_app.ui.bar.common import money
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.messages import kind_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.scanner import mark_scan_field
from desk_app.ui.touch import TOUCH_HEIGHT, big_button, tap_only, touch_button
from desk_app.ui.widgets import MessageLabel


class CoffeeCardTopUpDialog(QDialog):
    """Scan a card and see its balance; tap a value, then Contant or Pin; see the new balance.

    The code field keeps the keyboard: a tap on a button in the dialog takes no focus from it,
    so a card scanned while the dialog is open lands in the field (the scanner's Enter looks it
    up) instead of waiting behind the dialog. Enter never pays: a payment is a tap, and after
    one the value is unchosen again, so a second tap pays nothing twice.
    """

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.card: CardInfo | None = None  # the card looked up, as it stands now
        self.topped_up: CardInfo | None = None  # the card after the last top-up here
        self.setWindowTitle(self.tr("Koffiekaart opwaarderen"))
        self.code = QLineEdit()
        self.code.setMinimumHeight(TOUCH_HEIGHT)
        mark_scan_field(self.code)  # a card scanned here is looked up, it is no visit
        FittingPlaceholder(self.code, (self.tr("Koffiekaart scannen"), self.tr("Koffiekaart")))
        self.search = self._tap(big_button(self.tr("Opzoeken")))
        self.balance = QLabel(" ")
        self.balance.setObjectName("figure")
        self.balance.setWordWrap(True)
        self.values = QButtonGroup(self)
        for cents in VALUES:
            button = self._tap(touch_button(money(cents)))
            button.setCheckable(True)
            self.values.addButton(button, cents)
        self.pay = {
            method: self._tap(big_button(kind_text(method)))
            for method in (PaymentMethod.CASH, PaymentMethod.CARD)
        }
        for button in self.pay.values():
            button.setObjectName("primary")  # what takes the money stands out from Annuleren
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        self.close_button = big_button(self.tr("Annuleren"))  # no parent yet: last in Tab order
        buttons = [*self.pay.values(), self.close_button]
        self.fitting = fit_dialog(self, self._body(), buttons, self.message)
        tap_only(self)
        self._connect()

    @staticmethod
    def _tap(button: QPushButton) -> QPushButton:
        """A button a finger presses without taking the keyboard from the code field."""
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _body(self) -> QVBoxLayout:
        """The card and its balance above the values, each under its label.

        The three values stay side by side: at the largest text they need a third of the
        screen's width.
        """
        layout = QVBoxLayout()
        card_label = QLabel(self.tr("Koffiekaart"))
        card_label.setBuddy(self.code)
        self.code.setAccessibleName(card_label.text())
        layout.addWidget(card_label)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.search)
        layout.addLayout(code_row)
        layout.addWidget(self.balance)
        layout.addWidget(QLabel(self.tr("Bedrag erbij")))
        value_row = QHBoxLayout()
        for button in self.values.buttons():
            value_row.addWidget(button, 1)
        layout.addLayout(value_row)
        return layout

    def _connect(self) -> None:
        self.code.returnPressed.connect(self.look_up)
        self.code.textEdited.connect(self._forget_card)
        self.search.clicked.connect(self.look_up)
        for method, button in self.pay.items():
            button.clicked.connect(lambda _=False, m=method: self.top_up(m))
        self.close_button.clicked.connect(self._close)

    @Slot()
    def look_up(self) -> None:
        """Show what is on the card in the code field (the scanner's Enter comes here)."""
        code = self.code.text()
        self.act.call(lambda: card_info(self.uow, code), self._show_card, failed=self._not_found)

    def _show_card(self, card: CardInfo) -> None:
        self.card = card
        self.balance.setText(self.tr("Tegoed: {amount}").format(amount=money(card.balance_cents)))
        self.message.clear_message()
        self._ready_for_a_scan()

    def _not_found(self, _error: object) -> None:
        self._forget_card()
        self._said()
        self._ready_for_a_scan()

    def _said(self) -> None:
        """Grow the dialog for its message, so the message does not push the values away."""
        self.fitting.fit()

    @Slot()
    def _forget_card(self) -> None:
        self.card = None
        self.balance.setText(" ")

    def _ready_for_a_scan(self) -> None:
        """The code field has the keyboard, its text chosen: the next scan replaces it."""
        self.code.setFocus()
        self.code.selectAll()

    def top_up(self, method: PaymentMethod) -> None:
        """Load the chosen value onto the card shown, paid as ``method`` (a tap, never Enter)."""
        value = self.values.checkedId()  # -1: none chosen
        if self.card is None:
            self.message.show_error(
                self.tr("Scan eerst de koffiekaart, of typ de code en tik op Opzoeken.")
            )
            self._said()
            return
        if value not in VALUES:
            self.message.show_error(self.tr("Tik eerst op het bedrag dat erbij komt."))
            self._said()
            return
        code = self.card.code
        self.act.run(
            lambda actor: top_up(self.uow, actor, code, value, method),
            lambda done: self._topped_up(done, value),
            failed=lambda _error: self._said(),
        )

    def _topped_up(self, card: CardInfo, value: int) -> None:
        self.card = self.topped_up = card
        new_balance = money(card.balance_cents)
        self.balance.setText(self.tr("Tegoed: {amount}").format(amount=new_balance))
        self.message.show_info(
            self.tr("{value} erbij gezet. Nieuw tegoed: {amount}.").format(
                value=money(value), amount=new_balance
            )
        )
        self._unchoose_value()
        self.close_button.setText(self.tr("Sluiten"))
        self._said()
        self._ready_for_a_scan()

    def _unchoose_value(self) -> None:
        """No value chosen after a top-up: paying again takes a new, deliberate tap."""
        self.values.setExclusive(False)
        for button in self.values.buttons():
            button.setChecked(False)
        self.values.setExclusive(True)

    @Slot()
    def _close(self) -> None:
        """Closed after a top-up counts as done; before one, as cancelled."""
        if self.topped_up is not None:
            self.accept()
        else:
            self.reject()
