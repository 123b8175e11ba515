"""*Betaling registreren*: money for an invoice taken at the desk, or booked by the manager."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.kinds import SettlementMethod
from desk_app.services.auth import Actor
from desk_app.services.rooms.invoice_payments import (
    PaymentEntry,
    amount_from_text,
    register_payment,
)
from desk_app.services.rooms.open_items import Standing
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.rooms.common import MessageLine, euro, from_qdate, to_qdate
from desk_app.ui.rooms.rates_editor import amount_text
from desk_app.ui.touch import big_button, touch_sized

# The dialog is for a payment at the desk: cash first, then card, then the manager's kinds.
DESK_FIRST = (
    SettlementMethod.CASH,
    SettlementMethod.CARD,
    SettlementMethod.BANK,
    SettlementMethod.DIRECT_DEBIT,
    SettlementMethod.WRITE_OFF,
)


class PaymentDialog(QDialog):
    """Amount (what is open, to start with), how it was paid and when; the service checks it.

    The dialog stays open with the refusal when the input is wrong; ``saved`` holds where the
    invoice stands once the payment is registered.
    """

    def __init__(
        self,
        uow: UnitOfWork,
        actor: Actor,
        standing: Standing,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow, self._standing = uow, standing
        self.saved: Standing | None = None
        self.setWindowTitle(self.tr("Betaling registreren"))
        self.summary = QLabel(self._summary_text(standing), self)
        self.summary.setWordWrap(True)
        self.amount = touch_sized(QLineEdit(amount_text(max(standing.open_cents, 0)), self))
        self.method = touch_sized(QComboBox(self))
        self.method.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for method in DESK_FIRST:
            self.method.addItem(kind_text(method), method.value)
        self.paid_on = touch_sized(QDateEdit(to_qdate(today), self))
        self.paid_on.setDisplayFormat(screen_formatter().numeric_pattern())
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reason = touch_sized(QLineEdit(self))
        wordings = (self.tr("Nodig bij afschrijven"), self.tr("Bij afschrijven"), "")
        FittingPlaceholder(self.reason, wordings)  # the dialog's width follows the invoice
        self.message = MessageLine(self)
        self.act = PageAction(lambda: actor, self.message)
        self.save_button = big_button(self.tr("Registreren"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self._lay_out()

    def _summary_text(self, standing: Standing) -> str:
        return self.tr("Factuur {number} van {hirer}: nog open {open}.").format(
            number=standing.invoice.number,
            hirer=standing.invoice.hirer_name,
            open=euro(standing.open_cents),
        )

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Bedrag (€)"), self.amount)
        form.addRow(self.tr("Betaald met"), self.method)
        form.addRow(self.tr("Datum"), self.paid_on)
        form.addRow(self.tr("Reden"), self.reason)
        cancel = big_button(self.tr("Annuleren"), self)
        cancel.clicked.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(self.summary)
        body.addLayout(form)
        self.fitting = fit_dialog(self, body, [self.save_button, cancel], self.message)
        self.setMinimumWidth(480)

    def chosen_method(self) -> SettlementMethod:
        """The method picked (Qt hands string enums back as plain text)."""
        return SettlementMethod(self.method.currentData())

    @Slot()
    def save(self) -> None:
        """Register the payment, or say what is wrong and keep the dialog open."""
        self.act.run(self._store, self._stored)

    def _store(self, actor: Actor) -> Standing:
        entry = PaymentEntry(
            self._standing.invoice.id,
            amount_from_text(self.amount.text()),
            self.chosen_method(),
            from_qdate(self.paid_on.date()),
            self.reason.text(),
        )
        return register_payment(self._uow, actor, entry)

    def _stored(self, standing: Standing) -> None:
        self.saved = standing
        self.accept()
