"""Cash paid out of the drawer at the till (shopping, a refund), with the amount and why."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.amounts import parse_euros
from desk_app.errors import InvalidInput
from desk_app.services.auth import Actor
from desk_app.services.day_close.day_lock import check_paid_out_amount, record_paid_out
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.widgets import MessageLabel

FIELD_HEIGHT = 48


class PaidOutDialog(QDialog):
    """Amount and reason; the day close subtracts it from the cash expected in the drawer."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.actor = uow, actor
        self.setWindowTitle(self.tr("Geld uit de kas"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("12,50"))
        self.amount.textEdited.connect(self._check_amount)
        self.reason = QLineEdit(self)
        example = (self.tr("bijvoorbeeld: boodschappen melk"), self.tr("bijv. boodschappen"), "")
        FittingPlaceholder(self.reason, example)
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        body = QVBoxLayout()
        for label, field in (
            (self.tr("Bedrag (euro)"), self.amount),
            (self.tr("Reden"), self.reason),
        ):
            field.setMinimumHeight(FIELD_HEIGHT)
            body.addWidget(QLabel(label, self))
            body.addWidget(field)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in box.buttons():
            button.setMinimumHeight(FIELD_HEIGHT)
        box.accepted.connect(self.record)
        box.rejected.connect(self.reject)
        fit_dialog(self, body, box, self.message)

    @Slot(str)
    def _check_amount(self, text: str) -> None:
        """Say while typing when an amount cannot be paid in coins, and the nearest that can."""
        cents = parse_euros(text)
        try:
            if cents is not None and cents > 0:
                check_paid_out_amount(cents)
        except InvalidInput as refusal:
            self.message.show_desk_error(refusal)
            return
        self.message.clear_message()

    @Slot()
    def record(self) -> None:
        """Record the paid-out; a refusal stays in the dialog and nothing is written."""
        cents = parse_euros(self.amount.text() or "x")
        if cents is None:
            self.message.show_error(self.tr("Vul het bedrag in als euro's, zoals 12,50."))
            return
        reason = self.reason.text()
        self.act.run(
            lambda actor: record_paid_out(self.uow, actor, cents, reason),
            lambda _recorded: self.accept(),
        )
