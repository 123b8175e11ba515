"""The till's top row (bar duty, age check, practice, a menu with the rest) and its tab buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.till import alcohol, tabs
from desk_app.ui.bar import dialogs
from desk_app.ui.bar.basket import BasketModel
from desk_app.ui.bar.card_kind import CardKindDialog
from desk_app.ui.bar.card_load_reversal import CardLoadReversalDialog
from desk_app.ui.bar.card_sale import CardSaleDialog
from desk_app.ui.bar.coffee_card_sale import CoffeeCardDialog
from desk_app.ui.bar.coffee_card_top_up import CoffeeCardTopUpDialog
from desk_app.ui.bar.common import money
from desk_app.ui.bar.journal_export import JournalExportDialog
from desk_app.ui.bar.paid_out import PaidOutDialog
from desk_app.ui.bar.price_editor import PriceListDialog
from desk_app.ui.bar.till_settings import TillSettingsDialog
from desk_app.ui.context import PageContext
from desk_app.ui.modal import open_dialog
from desk_app.ui.page_action import PageAction, TextPlace
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.touch import touch_button

TAB_NAME_LENGTH = 6  # characters of a tab's name the picker is wide enough for


class BarToolbar(QWidget):
    """Buttons for what happens beside ringing up.

    Two rows of four at the top of the page, always in view: bar duty, the age check,
    practice and the menu; below them the open tabs and what to do with them.

    Signals:
        changed: something the page shows was changed (duty, prices, tabs).
        failed: an action was refused; carries the Dutch message.
        to_tab: put the basket on the tab with this id.
    """

    changed = Signal()
    failed = Signal(str)
    to_tab = Signal(object)

    def __init__(self, context: PageContext, basket: BasketModel) -> None:
        super().__init__()
        self.context = context
        self.uow = context.uow
        self.current_actor = context.current_actor
        self.basket = basket
        self.act = PageAction(context.current_actor, TextPlace(self.failed.emit))
        self.tabs = QComboBox()
        self.tabs.setMinimumHeight(44)
        self.tabs.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tabs.setMinimumContentsLength(TAB_NAME_LENGTH)  # a new tab's name moves nothing
        self.tabs.setAccessibleName(self.tr("Open rekening"))
        none_open = (self.tr("Geen open rekening"), self.tr("Geen rekening"), self.tr("Geen"))
        FittingPlaceholder(self.tabs, none_open)  # an empty picker says why it is empty
        self.tabs.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # its share
        self.buttons = {
            key: touch_button(text, height=48)
            for key, text in (
                ("duty", self.tr("Bardienst")),
                ("new_tab", self.tr("Rekening openen")),
                ("to_tab", self.tr("Op rekening")),
                ("settle", self.tr("Rekening betalen")),
                ("more", self.tr("Meer …")),
            )
        }
        self.age_ok = self._toggle(self.tr("18+ gecontroleerd"))
        self.training = self._toggle(self.tr("Oefenmodus"))
        for button in self.buttons.values():
            button.setObjectName("compact")
        self.more = QMenu(self)
        self.buttons["more"].setMenu(self.more)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        """Two rows, each as wide as its own buttons need (a grid would add up the widest)."""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        rows = (
            (self.buttons["duty"], self.age_ok, self.training, self.buttons["more"]),
            (self.tabs, *(self.buttons[key] for key in ("new_tab", "to_tab", "settle"))),
        )
        for widgets in rows:
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget, 1)
            column.addLayout(row)

    def _toggle(self, text: str) -> QPushButton:
        toggle = touch_button(text, height=48)
        toggle.setObjectName("compact")
        toggle.setCheckable(True)
        return toggle

    def _connect(self) -> None:
        actions: dict[str, Callable[[], None]] = {
            "duty": self._edit_duty,
            "new_tab": self._new_tab,
            "to_tab": self._to_tab,
            "settle": self._settle,
        }
        for key, action in actions.items():
            self.buttons[key].clicked.connect(action)
        for text, slot in (
            (self.tr("Bon terugdraaien"), self._reverse),
            (self.tr("Koffiekaart verkopen"), self._coffee_card),
            (self.tr("Koffiekaart opwaarderen"), self._coffee_card_top_up),
            (self.tr("Opwaardering koffiekaart terugdraaien"), self._card_load_reversal),
            (self.tr("Strippenkaart verkopen"), self._multi_visit_card),
            (self.tr("X-rapport"), self._x_report),
            (self.tr("Prijslijst"), self.open_price_list),
            (self.tr("Nieuwe strippenkaart"), self._card_kind),
            (self.tr("Journaal exporteren"), self._journal),
            (self.tr("Geld uit de kas"), self._paid_out),
            (self.tr("Kassa-instellingen"), self._till_settings),
        ):
            self.more.addAction(text, slot)

    @Slot()
    def refresh(self) -> None:
        """Show who is on bar duty and the open tabs."""
        on_duty = [p for p in alcohol.bar_duty(self.uow) if p.on_duty]
        unqualified = self.tr("{name} (geen IVA/SVH)")
        names = ", ".join(
            p.name if p.qualified else unqualified.format(name=p.name) for p in on_duty
        )
        text = self.tr("Bardienst: {names}").format(names=names or self.tr("niemand"))
        self.buttons["duty"].setToolTip(text)
        self.tabs.clear()
        for tab in tabs.open_tabs(self.uow):
            self.tabs.addItem(f"{tab.name} ({money(tab.total_cents)})", tab.tab_id)

    def _run(self, action: Callable[[], object]) -> None:
        """Run a service call; show a refusal instead of raising it."""
        self.act.call(action, lambda _result: self.changed.emit())

    def _edit_duty(self) -> None:
        if (actor := self.act.actor()) is not None:
            duty = dialogs.DutyDialog(alcohol.bar_duty(self.uow), self)
            open_dialog(
                duty,
                lambda: self._run(lambda: alcohol.set_bar_duty(self.uow, actor, duty.chosen())),
            )

    def _new_tab(self) -> None:
        if (actor := self.act.actor()) is not None:
            new = dialogs.NewTabDialog(self)
            open_dialog(
                new,
                lambda: self._run(
                    lambda: tabs.open_tab(
                        self.uow,
                        actor,
                        new.name.text(),
                        youth=new.youth.isChecked(),
                        outsiders=new.outsiders.isChecked(),
                    )
                ),
            )

    def _to_tab(self) -> None:
        if self.tabs.currentData() is None:
            self.failed.emit(self.tr("Open eerst een rekening."))
            return
        self.to_tab.emit(self.tabs.currentData())

    def _settle(self) -> None:
        actor = self.act.actor()
        tab_id = self.tabs.currentData()
        if tab_id is None:
            self.failed.emit(self.tr("Kies eerst een open rekening."))
            return
        if actor is None:
            return
        summary = next((t for t in tabs.open_tabs(self.uow) if t.tab_id == tab_id), None)
        if summary is not None:
            open_dialog(
                dialogs.SettleTabDialog(self.uow, actor, summary, self), closed=self.changed.emit
            )

    def _reverse(self) -> None:
        if (actor := self.act.actor()) is not None:
            open_dialog(dialogs.ReversalDialog(self.uow, actor, self), closed=self.changed.emit)

    def _x_report(self) -> None:
        if (actor := self.act.actor()) is not None:
            self._run(lambda: dialogs.show_x_report(self.uow, actor, self))

    def open_price_list(self) -> None:
        """The price-list editor (the manager's; the service refuses anyone else's change)."""
        if (actor := self.act.actor()) is not None:
            open_dialog(PriceListDialog(self.uow, actor, self), closed=self.changed.emit)

    def _coffee_card(self) -> None:
        if (actor := self.act.actor()) is not None:
            open_dialog(CoffeeCardDialog(self.context, actor, self))

    def _coffee_card_top_up(self) -> None:
        if (actor := self.act.actor()) is not None:
            open_dialog(CoffeeCardTopUpDialog(self.uow, actor, self))

    def _card_load_reversal(self) -> None:
        if (actor := self.act.actor()) is not None:
            open_dialog(CardLoadReversalDialog(self.uow, actor, self))

    def _multi_visit_card(self) -> None:
        if (actor := self.act.actor()) is not None:
            sale = CardSaleDialog(self.context, actor, self, practice=self.training.isChecked())
            open_dialog(sale, closed=self.changed.emit)

    def _card_kind(self) -> None:
        if (actor := self.act.actor()) is not None:
            open_dialog(CardKindDialog(self.uow, actor, self), closed=self.changed.emit)

    def _journal(self) -> None:
        if (actor := self.act.actor()) is not None:
            open_dialog(JournalExportDialog(self.uow, actor, self))

    def _till_settings(self) -> None:
        """Serving hours and the bar's rules (the manager's; the service refuses anyone else)."""
        if (actor := self.act.actor()) is not None:
            open_dialog(TillSettingsDialog(self.context, actor, self), closed=self.changed.emit)

    def _paid_out(self) -> None:
        if (actor := self.act.actor()) is not None:
            open_dialog(PaidOutDialog(self.uow, actor, self), self.changed.emit)
