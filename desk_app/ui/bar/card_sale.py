"""Selling a strippenkaart at the bar: which card, how it is paid, and the card to print."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QPushButton, QVBoxLayout, QWidget

from desk_app.documents.multi_visit_card import multi_visit_card_pdf
from desk_app.kinds import PaymentMethod
from desk_app.services.activities import cards
from desk_app.services.activities.cards import SoldCard
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details
from desk_app.services.till.payments import PaymentIn
from desk_app.ui.bar.common import money
from desk_app.ui.context import PageContext
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.touch import touch_button, touch_sized
from desk_app.ui.widgets import MessageLabel, add_row, form_layout


class CardSaleDialog(QDialog):
    """Choose the card, take the money (a receipt like any sale), and save the card to print.

    Opened while the till is in practice mode (``practice``) it sells nothing and says so.
    """

    def __init__(
        self,
        context: PageContext,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        practice: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context, self.actor, self.practice = context, actor, practice
        self.documents = DocumentMaker(context, self)
        self.sold: SoldCard | None = None
        self.setWindowTitle(self.tr("Strippenkaart verkopen"))
        self.card = touch_sized(QComboBox(self))
        for product in cards.card_products(context.uow):
            label = self.tr("{name}: {stamps} strippen, {price}").format(
                name=product.name, stamps=product.stamps, price=money(product.price_cents)
            )
            self.card.addItem(label, product)
        self.message = MessageLabel(self)
        self.documents.failed.connect(self.message.show_error)
        self.act = PageAction(lambda: actor, self.message)
        form = form_layout()
        add_row(form, self.tr("Kaart"), self.card)
        body = QVBoxLayout()
        body.addLayout(form)
        buttons: list[QPushButton] = []
        for text, method in (
            (self.tr("Contant betaald"), PaymentMethod.CASH),
            (self.tr("Gepind"), PaymentMethod.CARD),
        ):
            button = touch_button(text, self)
            button.clicked.connect(lambda _=None, m=method: self.sell(m))
            buttons.append(button)
        close = touch_button(self.tr("Sluiten"), self)
        close.clicked.connect(self.reject)
        self.fitting = fit_dialog(self, body, [*buttons, close], self.message)
        if practice:
            self.message.show_desk_error(cards.practice_refusal())
        elif self.card.count() == 0:
            self.message.show_error(self.tr("Er staat nog geen strippenkaart op de prijslijst."))

    @Slot()
    def sell(self, method: PaymentMethod) -> None:
        """Sell the chosen card, then offer its PDF for printing."""
        product: cards.CardProduct | None = self.card.currentData()
        if product is None:
            return
        exact = None if method is PaymentMethod.CASH else product.price_cents
        self.act.call(
            lambda: cards.sell_card(
                self.context.uow,
                self.actor,
                product.product_id,
                [PaymentIn(method, exact)],
                training=self.practice,
            ),
            self._sold,
        )

    def _sold(self, sold: SoldCard) -> None:
        self.sold = sold
        self.message.show_info(
            self.tr("Strippenkaart {code} verkocht, bon {number}.").format(
                code=sold.code, number=sold.receipt.number
            )
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Kaart opslaan om te printen"),
            f"strippenkaart-{sold.code}.pdf",
            "PDF (*.pdf)",
        )
        if name:
            self.save_pdf(Path(name), open_it=True)

    def save_pdf(self, path: Path, *, open_it: bool = False) -> None:
        """Write the sold card as a PDF with its QR code, in the background; open it if asked."""
        assert self.sold is not None
        product: cards.CardProduct = self.card.currentData()
        centre = centre_details(self.context.uow).name
        build = partial(
            multi_visit_card_pdf, self.sold.code, centre, product.name, self.sold.stamps
        )
        self.documents.save(path, build, open_it=open_it)
