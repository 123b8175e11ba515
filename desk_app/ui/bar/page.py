"""The bar till page: categories and tiles, basket, total and change, payment, tabs."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents.receipt_printer import print_receipt, receipt_text
from desk_app.kinds import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.rooms.account_sales import account_hirers
from desk_app.services.till import journal, pricing, sales, settings, tabs
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import ProductRow
from desk_app.services.till.receipts import Receipt
from desk_app.services.volunteers.allowance_guard import LimitWarning, consumption_warning
from desk_app.ui.bar.allowance_warning import AllowanceWarningDialog
from desk_app.ui.bar.basket import BasketLine, BasketModel
from desk_app.ui.bar.common import money
from desk_app.ui.bar.grid import ProductGrid
from desk_app.ui.bar.pay import CARD_KEYS, EXACT_KEYS, PayPanel
from desk_app.ui.bar.toolbar import BarToolbar
from desk_app.ui.context import PageContext
from desk_app.ui.modal import open_dialog
from desk_app.ui.page import Page
from desk_app.ui.page_action import PageAction
from desk_app.ui.printing import SlipPrinting
from desk_app.ui.shortcuts import with_keys
from desk_app.ui.touch import touch_button
from desk_app.ui.widgets import MessagePlace

TABLE_HEIGHT = 56  # the heading and most of a line of the basket, at the largest text size
REMOVE_KEYS = QKeySequence(Qt.Key.Key_Delete)


class BarPage(Page):
    """The till: tap tiles, adjust lines, pay; every rule is checked by the till service.

    Signals:
        sale_recorded: a sale was stored; carries its ``Receipt``.
    """

    sale_recorded = Signal(object)
    icon_name = "bar"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        uow, current_actor = context.uow, context.current_actor
        self.uow = uow
        self.current_actor = current_actor
        self.basket = BasketModel()
        self.grid = ProductGrid()
        self.pay = PayPanel()
        self.toolbar = BarToolbar(context, self.basket)
        self.table = QTableView()
        self.total = self.pay.total
        self.change = self.pay.change
        self.message = MessagePlace(self)
        self.act = PageAction(current_actor, self.message, self.changed.emit)
        self.receipt_view = QPlainTextEdit()
        self.receipt_view.setAccessibleName(self.tr("Laatste bon"))
        self.age_ok, self.training = self.toolbar.age_ok, self.toolbar.training
        remove = with_keys(self.tr("Regel weg"), REMOVE_KEYS)
        self.plus, self.minus, self.remove = (touch_button(text) for text in ("+", "−", remove))
        for button in (self.plus, self.minus, self.remove):
            button.setObjectName("compact")
        self.last_receipt: Receipt | None = None
        self.allowance_warning: AllowanceWarningDialog | None = None  # while it is open
        self.printing = SlipPrinting(context, self)
        self.reprint = touch_button(self.tr("Opnieuw afdrukken"))
        self.reprint.setObjectName("compact")
        self.reprint.hide()
        self._set_up_widgets()
        self._lay_out()
        self._connect()
        self.refresh()

    def title(self) -> str:
        """The section's name."""
        return self.tr("Bar")

    def adopt(self, old: Page) -> None:
        """A sale being rung up stays through a change of language."""
        if isinstance(old, BarPage):
            self.basket.take_over(old.basket)

    def _set_up_widgets(self) -> None:
        self.table.setModel(self.basket)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.receipt_view.setReadOnly(True)
        self.receipt_view.setStyleSheet("font-family: monospace;")
        self.receipt_view.setAccessibleName(self.tr("Laatste bon"))
        self.receipt_view.hide()  # kept for the reprint; a whole receipt has no room here
        self.table.setMinimumHeight(TABLE_HEIGHT)
        self.table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def _lay_out(self) -> None:
        """Every button in view at every text size, and nothing here grows with a message.

        The toolbar with the tabs on top; left the categories and tiles, the line buttons and
        the one message place; right the basket, the total and the change, and payment.
        """
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.grid, 1)
        line_buttons = QHBoxLayout()
        for button in (self.plus, self.minus, self.remove):
            line_buttons.addWidget(button)
        left.addLayout(line_buttons)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.reprint)
        left.addLayout(message_row)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.receipt_view)
        right.addWidget(self.pay)
        body = QHBoxLayout()
        body.addLayout(left, 5)  # the tiles a little more than payment: they grow with the text
        body.addLayout(right, 4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 4, 16, 4)
        outer.addWidget(self.toolbar)
        outer.addLayout(body, 1)

    def _connect(self) -> None:
        self.grid.product_chosen.connect(self.add_product)
        self.grid.add_products_requested.connect(self.toolbar.open_price_list)
        self.plus.clicked.connect(lambda: self._change_selected(1))
        self.minus.clicked.connect(lambda: self._change_selected(-1))
        self.remove.clicked.connect(self._remove_selected)
        self.pay.paid.connect(self.pay_basket)
        self.pay.refused.connect(self.message.show_error)
        self.toolbar.changed.connect(self.refresh)
        self.toolbar.failed.connect(self.message.show_error)
        self.toolbar.to_tab.connect(self.put_on_tab)
        self.printing.failed.connect(self._print_failed)
        self.printing.printed.connect(self.reprint.hide)
        self.reprint.clicked.connect(self.reprint_last)
        self.basket.modelReset.connect(self._show_total)
        self.basket.rowsInserted.connect(self._show_total)
        self.basket.rowsRemoved.connect(self._show_total)
        self.basket.dataChanged.connect(self._show_total)
        QShortcut(QKeySequence(Qt.Key.Key_Plus), self, lambda: self._change_selected(1))
        QShortcut(QKeySequence(Qt.Key.Key_Minus), self, lambda: self._change_selected(-1))
        QShortcut(REMOVE_KEYS, self, self._remove_selected)
        QShortcut(EXACT_KEYS, self, self.pay.exact.click)
        QShortcut(CARD_KEYS, self, self.pay.card.click)

    @Slot()
    def refresh(self) -> None:
        """Reload the price list (busiest first) and the bar's state."""
        self.grid.show_products(pricing.grid_products(self.uow))
        self._refit()
        self.pay.holder.show_hirers(account_hirers(self.uow))
        self.age_ok.setVisible(settings.load_settings(self.uow).confirm_age)
        self.toolbar.refresh()
        self._show_total()

    def showEvent(self, event: QShowEvent) -> None:
        """Hirers registered at the room desk since can be chosen for a sale on account."""
        self.pay.holder.show_hirers(account_hirers(self.uow))
        super().showEvent(event)
        self._refit()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (Weergave): every button's room is measured again."""
        super().changeEvent(event)
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self._refit()

    def _refit(self) -> None:
        """Each button at least as wide as its text at the style sheet's text size.

        The style sheet gives every button a small fixed minimum, which would otherwise let
        a crowded row cut a label; tiles and categories come and go with the price list.
        """
        for button in self.findChildren(QPushButton):
            button.setMinimumWidth(0)
            button.setMinimumWidth(button.sizeHint().width())

    @Slot(object)
    def add_product(self, product: ProductRow) -> None:
        """One more of a product on the basket, selected so +/− act on it."""
        row = self.basket.add(product)
        self.table.selectRow(row)
        self.message.clear_message()
        self.change.clear_amount()  # the last customer's change is not this one's

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _change_selected(self, delta: int) -> None:
        row = self._selected_row()
        if row is not None:
            self._log_removed(self.basket.change(row, delta))

    @Slot()
    def _remove_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._log_removed(self.basket.remove(row))

    def _log_removed(self, line: BasketLine | None) -> None:
        actor = self.current_actor()
        if line is None or actor is None:
            return
        product_id, quantity = line.product.product_id, line.quantity
        self.act.call(lambda: journal.log_removed_line(self.uow, actor, product_id, quantity))

    @Slot()
    def _show_total(self) -> None:
        """The total, and the pay buttons usable only while something is on the bon."""
        self.total.show_amount(money(self.basket.total_cents()))
        self.pay.total_cents = self.basket.total_cents()
        filled = self.basket.rowCount() > 0
        for button in self._pay_buttons():
            button.setEnabled(filled)

    def _pay_buttons(self) -> tuple[QPushButton, ...]:
        """Every button that pays the basket (a second tap after a sale finds them greyed)."""
        pay = self.pay
        return (
            pay.exact,
            pay.cash,
            pay.card,
            pay.own_use,
            pay.on_account,
            pay.coffee_card,
            *pay.notes,
        )

    @Slot(object)
    def pay_basket(self, parts: list[PaymentIn]) -> None:
        """Ring up the basket with the chosen payment; the service refuses what is not allowed.

        An empty basket pays nothing and says nothing: a double tap, or Enter in the amount
        field after a sale, leaves the last sale's message in place.
        """
        if self.basket.rowCount() == 0:
            return
        actor = self.act.actor()
        if actor is None:
            return
        parts = [
            replace(p, volunteer_id=actor.person_id) if p.method is PaymentMethod.VOLUNTEER else p
            for p in parts
        ]
        volunteer = next((p for p in parts if p.method is PaymentMethod.VOLUNTEER), None)
        if volunteer is None or volunteer.volunteer_id is None:
            self._sell(actor, parts)
            return
        person_id, amount = volunteer.volunteer_id, volunteer.amount_cents or 0
        self.act.call(
            lambda: consumption_warning(self.uow, actor, person_id, amount),
            lambda warning: self._warn_or_sell(warning, actor, parts),
        )

    def _warn_or_sell(
        self, warning: LimitWarning | None, actor: Actor, parts: list[PaymentIn]
    ) -> None:
        """Sell at once, or first show the allowance warning; the volunteer decides."""
        if warning is None:
            self._sell(actor, parts)
            return
        self.allowance_warning = open_dialog(
            AllowanceWarningDialog(warning, self),
            lambda: self._sell(actor, parts),
            closed=self._warning_closed,
        )

    def _warning_closed(self) -> None:
        self.allowance_warning = None

    def _sell(self, actor: Actor, parts: list[PaymentIn]) -> None:
        lines, training, age_ok = (
            self.basket.lines(),
            self.training.isChecked(),
            self.age_ok.isChecked(),
        )
        self.act.call(
            lambda: sales.sell(
                self.uow, actor, lines, parts, training=training, age_confirmed=age_ok
            ),
            self._after_sale,
        )

    def _after_sale(self, paid: Receipt) -> None:
        self.last_receipt = paid
        self.basket.clear()
        self.pay.reset()
        self.age_ok.setChecked(False)
        self.receipt_view.setPlainText(receipt_text(paid))
        if any(part.method is PaymentMethod.CASH for part in paid.payments):
            self.change.show_amount(money(paid.change_cents))
        else:
            self.change.clear_amount()
        self.message.show_info(self.tr("Betaald, bon {number}.").format(number=paid.number))
        self.print_receipt(paid)
        self.sale_recorded.emit(paid)

    def print_receipt(self, receipt: Receipt) -> None:
        """Print on the configured receipt printer, if there is one, in the background."""
        self.printing.print_slip(partial(print_receipt, receipt=receipt))

    @Slot()
    def reprint_last(self) -> None:
        """The last receipt again, after the printer failed."""
        self.reprint.hide()
        if self.last_receipt is not None:
            self.print_receipt(self.last_receipt)

    @Slot(str)
    def _print_failed(self, text: str) -> None:
        self.message.show_error(text)
        self.reprint.show()

    @Slot(object)
    def put_on_tab(self, tab_id: UUID) -> None:
        """Move the basket onto an open tab instead of paying it now."""
        lines, age_ok = self.basket.lines(), self.age_ok.isChecked()
        self.act.run(
            lambda actor: tabs.add_to_tab(self.uow, actor, tab_id, lines, age_confirmed=age_ok),
            self._on_tab,
        )

    def _on_tab(self, tab: tabs.TabSummary) -> None:
        self.basket.clear()
        self.age_ok.setChecked(False)
        self.change.clear_amount()
        self.message.show_info(
            self.tr("Op rekening {name}: {amount}").format(
                name=tab.name, amount=money(tab.total_cents)
            )
        )
        self.toolbar.refresh()
