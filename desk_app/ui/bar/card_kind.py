"""The social manager puts a strippenkaart on the price list: its name, stamps and price."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QSpinBox, QWidget

from desk_app.amounts import parse_euros
from desk_app.services.activities import cards
from desk_app.services.auth import Actor
from desk_app.services.till.vat import VAT_RATES
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.touch import touch_sized
from desk_app.ui.widgets import MessageLabel, add_row, form_layout


class CardKindDialog(QDialog):
    """A new kind of strippenkaart; the service refuses anyone but the social manager."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.setWindowTitle(self.tr("Nieuwe strippenkaart"))
        self.name = touch_sized(QLineEdit(self))
        example = (self.tr("bijvoorbeeld: Yoga 10 keer"), self.tr("bijv. Yoga 10 keer"))
        FittingPlaceholder(self.name, (*example, self.tr("Yoga 10 keer")))
        self.stamps = touch_sized(QSpinBox(self))
        self.stamps.setRange(1, cards.MAX_STAMPS)
        self.stamps.setValue(10)
        self.price = touch_sized(QLineEdit(self))
        self.price.setPlaceholderText(self.tr("25,00"))
        self.vat = touch_sized(QComboBox(self))
        for rate in sorted(VAT_RATES, reverse=True):
            self.vat.addItem(f"{rate} %", rate)
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        form = form_layout()
        for text, field in (
            (self.tr("Naam"), self.name),
            (self.tr("Strippen"), self.stamps),
            (self.tr("Prijs (euro)"), self.price),
            (self.tr("Btw"), self.vat),
        ):
            add_row(form, text, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.fitting = fit_dialog(self, form, buttons, self.message)

    @Slot()
    def save(self) -> None:
        """Add the card to the price list; a refusal stays in the dialog, nothing written."""
        cents = parse_euros(self.price.text() or "x")
        if cents is None:
            self.message.show_error(self.tr("Vul de prijs in als euro's, zoals 25,00."))
            return
        name, stamps, rate = self.name.text(), self.stamps.value(), self.vat.currentData()
        self.act.run(
            lambda actor: cards.add_card_product(
                self.uow, actor, name, stamps=stamps, price_cents=cents, vat_rate=rate
            ),
            lambda _added: self.accept(),
        )
