"""Selling a prepaid coffee card: its value, how it is paid, and the printable card as PDF."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from desk_app.documents.coffee_card import coffee_card_pdf
from desk_app.errors import DeskError
from desk_app.kinds import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details
from desk_app.services.till.coffee_cards import CardInfo, issue_card
from desk_app.ui.bar.common import money
from desk_app.ui.context import PageContext
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.touch import big_button, tap_only, touch_button
from desk_app.ui.widgets import MessageLabel

VALUES = (500, 1000, 2000)


class CoffeeCardDialog(QDialog):
    """Choose a value, take the money, and save the card to print."""

    def __init__(self, context: PageContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.actor = context.uow, actor
        self.documents = DocumentMaker(context, self)
        self.card: CardInfo | None = None
        self.setWindowTitle(self.tr("Koffiekaart verkopen"))
        self.value = QComboBox()
        for cents in VALUES:
            self.value.addItem(money(cents), cents)
        self.value.setMinimumHeight(44)
        self.message = MessageLabel(self)
        self.documents.failed.connect(self.message.show_error)
        form = QFormLayout()
        form.addRow(self.tr("Waarde"), self.value)
        for text, method in (
            (self.tr("Contant betaald"), PaymentMethod.CASH),
            (self.tr("Gepind"), PaymentMethod.CARD),
        ):
            button = touch_button(text)
            button.clicked.connect(lambda _=None, m=method: self.sell(m))
            form.addRow(button)
        close = big_button(self.tr("Sluiten"))  # no parent yet: last in the Tab order
        close.clicked.connect(self.reject)
        fit_dialog(self, form, [close], self.message)
        tap_only(self)

    def sell(self, method: PaymentMethod) -> None:
        """Issue the card, then offer its PDF for printing."""
        try:
            self.card = issue_card(self.uow, self.actor, self.value.currentData(), method)
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.message.show_info(self.tr("Kaart {code} verkocht.").format(code=self.card.code))
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Kaart opslaan om te printen"),
            f"koffiekaart-{self.card.code}.pdf",
            "PDF (*.pdf)",
        )
        if name:
            self.save_pdf(Path(name), open_it=True)

    def save_pdf(self, path: Path, *, open_it: bool = False) -> None:
        """Write the sold card as a PDF with its QR code, in the background; open it if asked."""
        assert self.card is not None
        centre = centre_details(self.uow).name
        build = partial(coffee_card_pdf, self.card.code, centre, self.card.balance_cents)
        self.documents.save(path, build, open_it=open_it)
