"""Taking a coffee card's last load back: the card, the manager who approves, and why."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.kinds import Role
from desk_app.services.auth import Actor
from desk_app.services.people import desk_accounts
from desk_app.services.till.card_loads import CardLoad, last_load, reverse_load
from desk_app.services.till.coffee_cards import CardInfo
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_heading, kind_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.scanner import mark_scan_field
from desk_app.ui.touch import big_button, tap_only, touch_button
from desk_app.ui.widgets import MessageLabel


class CardLoadReversalDialog(QDialog):
    """Scan the card, see its last load, and take it back with the manager's PIN and a reason.

    The load is looked up first, so the person sees what is taken back before a manager
    approves it; the service refuses a load already spent or taken back.
    """

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.actor = uow, actor
        self.load: CardLoad | None = None
        self.card: CardInfo | None = None  # the card as it stands after the reversal
        self.setWindowTitle(self.tr("Opwaardering koffiekaart terugdraaien"))
        self.code, self.pin, self.reason = QLineEdit(), QLineEdit(), QLineEdit()
        mark_scan_field(self.code)  # a card scanned here is looked up, it is no visit
        FittingPlaceholder(self.code, (self.tr("Koffiekaart scannen"), self.tr("Koffiekaart")))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.manager = QComboBox()
        for account in desk_accounts(uow):
            if account.role is Role.MANAGER:
                self.manager.addItem(account.name, account.person_id)
        self.search = touch_button(self.tr("Opzoeken"))
        self.shown = QLabel(" ")
        self.shown.setWordWrap(True)
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        self.reverse = big_button(self.tr("Terugdraaien"))
        cancel = big_button(self.tr("Annuleren"))  # no parent yet: last in the Tab order
        fit_dialog(self, self._body(), [self.reverse, cancel], self.message)
        tap_only(self)
        self.code.returnPressed.connect(self.look_up)
        self.code.textEdited.connect(self._forget_load)
        self.search.clicked.connect(self.look_up)
        self.reverse.clicked.connect(self.take_back)
        cancel.clicked.connect(self.reject)

    def _body(self) -> QVBoxLayout:
        """The card and its load above the approval, each field under its label."""
        layout = QVBoxLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Koffiekaart"), self.code),
            (kind_heading(Role.MANAGER), self.manager),
            (self.tr("Pincode beheerder"), self.pin),
            (self.tr("Reden"), self.reason),
        )
        for label, widget in rows:
            widget.setMinimumHeight(44)
            widget.setAccessibleName(label)
            layout.addWidget(QLabel(label))
            layout.addWidget(widget)
            if widget is self.code:
                layout.addWidget(self.search)
                layout.addWidget(self.shown)
        return layout

    @Slot()
    def look_up(self) -> None:
        """Show the card's last load still standing: what a reversal would take back."""
        code = self.code.text()
        self.act.call(lambda: last_load(self.uow, code), self._show_load)

    def _show_load(self, load: CardLoad) -> None:
        self.load = load
        screen = screen_formatter()
        self.shown.setText(
            self.tr("Laatste opwaardering: {amount}, {method}, {moment}.").format(
                amount=screen.cents(load.amount_cents),
                method=kind_text(load.method),
                moment=screen.moment(load.at),
            )
        )
        self.message.clear_message()

    @Slot()
    def _forget_load(self) -> None:
        self.load = None
        self.shown.setText(" ")

    @Slot()
    def take_back(self) -> None:
        """Reverse the load shown, once the manager approved it with her PIN."""
        load = self.load
        if load is None:
            self.message.show_error(self.tr("Zoek eerst de koffiekaart op."))
            return
        self.act.run(
            lambda actor: reverse_load(
                self.uow,
                actor,
                load.movement_id,
                manager_id=self.manager.currentData(),
                manager_pin=self.pin.text(),
                reason=self.reason.text(),
            ),
            self._taken_back,
        )

    def _taken_back(self, card: CardInfo) -> None:
        self.card = card
        self.accept()
