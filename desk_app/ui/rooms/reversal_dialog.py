"""*Betaling terugdraaien*: the manager undoes a wrongly registered payment, with a reason."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.auth import Actor
from desk_app.services.rooms.invoice_payments import PaymentRow, payments_of, reverse_payment
from desk_app.services.rooms.open_items import Standing
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.common import MessageLine, euro
from desk_app.ui.touch import big_button, touch_sized


class ReversalDialog(QDialog):
    """The invoice's payments not yet reversed; the one chosen is undone by a reversal row.

    ``saved`` holds where the invoice stands afterwards; the service checks role and reason.
    """

    def __init__(
        self, uow: UnitOfWork, actor: Actor, standing: Standing, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        self.saved: Standing | None = None
        self.setWindowTitle(self.tr("Betaling terugdraaien"))
        heading = QLabel(
            self.tr("Betalingen op factuur {number}:").format(number=standing.invoice.number), self
        )
        self.payments = QListWidget(self)
        self.payments.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.payments.setAccessibleName(self.tr("Betalingen"))
        for row in payments_of(uow, standing.invoice.id):
            if not row.reversed:
                self._add(row)
        self.reason = touch_sized(QLineEdit(self))
        self.message = MessageLine(self)
        self.act = PageAction(lambda: actor, self.message)
        self.save_button = big_button(self.tr("Terugdraaien"), self)
        self.save_button.clicked.connect(self.save)
        self._lay_out(heading)

    def _add(self, row: PaymentRow) -> None:
        paid_on = screen_formatter().numeric(row.paid_on)
        text = f"{paid_on}  {euro(row.amount_cents)}  {kind_text(row.method)}"
        item = QListWidgetItem(f"{text}  ({row.by_name})", self.payments)
        item.setData(Qt.ItemDataRole.UserRole, str(row.id))

    def _lay_out(self, heading: QLabel) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Reden"), self.reason)
        cancel = big_button(self.tr("Annuleren"), self)
        cancel.clicked.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(heading)
        body.addWidget(self.payments, 1)
        body.addLayout(form)
        self.fitting = fit_dialog(self, body, [self.save_button, cancel], self.message)
        self.setMinimumWidth(480)

    @Slot()
    def save(self) -> None:
        """Reverse the chosen payment, or say what is missing and keep the dialog open."""
        item = self.payments.currentItem()
        if item is None:
            self.message.show_error(self.tr("Kies eerst een betaling in de lijst."))
            return
        payment_id = UUID(str(item.data(Qt.ItemDataRole.UserRole)))
        reason = self.reason.text()
        self.act.run(
            lambda actor: reverse_payment(self._uow, actor, payment_id, reason), self._stored
        )

    def _stored(self, standing: Standing) -> None:
        self.saved = standing
        self.accept()
