"""Koffiekaart opwaarderen driven like a volunteer: scan, read the balance, tap a value, pay."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.bootstrap import Desk
from desk_app.codes import CodeKind, new_code
from desk_app.models import CoffeeCardMovement, PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.till.coffee_cards import card_info, issue_card
from desk_app.services.uow import UnitOfWork
from desk_app.ui.bar.coffee_card_top_up import CoffeeCardTopUpDialog
from desk_app.ui.bar.page import BarPage
from desk_app.ui.context import PageContext
from desk_app.ui.i18n import install_translators
from desk_app.ui.scanner import SCAN_MAX_GAP_S, ScanCatcher
from tests.ui.inline_jobs import InlineJobs
from tests.unit.factories import table_counts
from tests.unit.till_factories import Bar, set_up_bar

EURO = "€\xa0"
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def bar(uow: UnitOfWork, desk_manager: Actor) -> Bar:
    return set_up_bar(uow, desk_manager)


@pytest.fixture
def dialog(qtbot: QtBot, qapp: QApplication, uow: UnitOfWork, bar: Bar) -> CoffeeCardTopUpDialog:
    """The dialog shown and active for the bar volunteer, as the Meer menu opens it."""
    install_translators(qapp, "nl")  # as the desk starts: amounts in messages written Dutch
    shown = CoffeeCardTopUpDialog(uow, bar.seller)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def scan(qtbot: QtBot, dialog: CoffeeCardTopUpDialog, code: str) -> None:
    """What the scanner does in the code field: the code's characters, then Enter."""
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)


def scan_at_focus(qtbot: QtBot, dialog: CoffeeCardTopUpDialog, code: str) -> None:
    """What a real scanner does: its keys go wherever the keyboard focus is now."""
    target = QApplication.focusWidget() or dialog
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def value_button(dialog: CoffeeCardTopUpDialog, cents: int) -> QPushButton:
    button = dialog.values.button(cents)
    assert isinstance(button, QPushButton)
    return button


def loads(uow: UnitOfWork) -> list[tuple[int, PaymentMethod | None]]:
    with uow.read() as tx:
        query = select(CoffeeCardMovement.amount_cents, CoffeeCardMovement.method).order_by(
            CoffeeCardMovement.created_at, CoffeeCardMovement.amount_cents
        )
        return [(row.amount_cents, row.method) for row in tx.session.execute(query)]


def test_a_scanned_card_is_topped_up_in_cash(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar, dialog: CoffeeCardTopUpDialog
) -> None:
    card = issue_card(uow, bar.seller, 500, PaymentMethod.CARD)
    assert dialog.code.hasFocus()  # ready for the scanner as it opens
    scan(qtbot, dialog, card.code)
    assert dialog.balance.text() == f"Tegoed: {EURO}5,00"
    qtbot.mouseClick(value_button(dialog, 1000), CLICK)
    qtbot.mouseClick(dialog.pay[PaymentMethod.CASH], CLICK)
    assert dialog.balance.text() == f"Tegoed: {EURO}15,00"
    assert dialog.message.text() == f"{EURO}10,00 erbij gezet. Nieuw tegoed: {EURO}15,00."
    assert card_info(uow, card.code).balance_cents == 1500
    with uow.read() as tx:
        load = tx.session.scalars(
            select(CoffeeCardMovement).where(CoffeeCardMovement.amount_cents == 1000)
        ).one()
        assert (load.method, load.by_id, load.sale_id) == (
            PaymentMethod.CASH,
            bar.seller.person_id,
            None,
        )
    assert dialog.values.checkedButton() is None  # a second tap on Contant pays nothing
    qtbot.mouseClick(dialog.pay[PaymentMethod.CASH], CLICK)
    assert "bedrag" in dialog.message.text()
    assert card_info(uow, card.code).balance_cents == 1500
    assert dialog.close_button.text() == "Sluiten"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.close_button, CLICK)


def test_enter_after_the_scan_pays_nothing(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar, dialog: CoffeeCardTopUpDialog
) -> None:
    """The scanner's Enter (or a second one) only looks the card up: paying is a tap."""
    card = issue_card(uow, bar.seller, 500, PaymentMethod.CASH)
    scan(qtbot, dialog, card.code)
    qtbot.mouseClick(value_button(dialog, 2000), CLICK)  # all set: only the payment is missing
    scan(qtbot, dialog, card.code)  # the text was chosen: the second scan replaces it
    qtbot.keyClick(dialog.code, Qt.Key.Key_Enter)
    for method in (PaymentMethod.CASH, PaymentMethod.CARD):
        dialog.pay[method].setFocus()  # Tabbed to, as with a keyboard
        qtbot.keyClick(dialog.pay[method], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.code.text() == card.code
    assert dialog.balance.text() == f"Tegoed: {EURO}5,00"
    assert loads(uow) == [(500, PaymentMethod.CASH)]


def test_an_unknown_code_is_refused_kindly_and_writes_nothing(
    qtbot: QtBot, uow: UnitOfWork, dialog: CoffeeCardTopUpDialog
) -> None:
    before = table_counts(uow, "coffee_card", "coffee_card_movement")
    for code in (new_code(CodeKind.COFFEE_CARD), "HALLO123"):
        scan(qtbot, dialog, code)
        assert dialog.message.text() == "Deze koffiekaart is niet bekend."
        assert dialog.balance.text().strip() == ""
        assert dialog.code.selectedText() == code  # the next scan replaces it
    qtbot.mouseClick(value_button(dialog, 500), CLICK)
    qtbot.mouseClick(dialog.pay[PaymentMethod.CASH], CLICK)
    assert "Scan eerst de koffiekaart" in dialog.message.text()
    assert table_counts(uow, "coffee_card", "coffee_card_movement") == before


def test_a_card_payment_stops_at_the_cards_maximum(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar, dialog: CoffeeCardTopUpDialog
) -> None:
    card = issue_card(uow, bar.seller, 9000, PaymentMethod.CASH)
    scan(qtbot, dialog, card.code.lower())  # typed by hand, in small letters
    qtbot.mouseClick(value_button(dialog, 2000), CLICK)
    qtbot.mouseClick(dialog.pay[PaymentMethod.CARD], CLICK)
    assert dialog.message.text() == (
        f"Op een koffiekaart staat hoogstens {EURO}100,00: er kan nog {EURO}10,00 bij."
    )
    assert loads(uow) == [(9000, PaymentMethod.CASH)]
    qtbot.mouseClick(value_button(dialog, 1000), CLICK)
    qtbot.mouseClick(dialog.pay[PaymentMethod.CARD], CLICK)
    assert dialog.balance.text() == f"Tegoed: {EURO}100,00"
    assert loads(uow) == [(1000, PaymentMethod.CARD), (9000, PaymentMethod.CASH)]


class KeyClock:
    """The scan filter's clock: each key press comes as fast as a scanner types."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += SCAN_MAX_GAP_S / 10
        return self.now


@pytest.fixture
def caught() -> Iterator[list[str]]:
    """The scans the application's scan filter took away from the dialog (none, we hope)."""
    taken: list[str] = []
    catcher = ScanCatcher(taken.append, KeyClock())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    catcher.install(app)
    yield taken
    app.removeEventFilter(catcher)


def test_a_scan_after_taps_lands_in_the_code_field(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar, dialog: CoffeeCardTopUpDialog, caught: list[str]
) -> None:
    """A tap takes no keyboard from the code field, so the router never holds a scan back."""
    first = issue_card(uow, bar.seller, 500, PaymentMethod.CASH)
    second = issue_card(uow, bar.seller, 2000, PaymentMethod.CASH)
    for tapped in (dialog.search, value_button(dialog, 500)):
        qtbot.mouseClick(tapped, CLICK)
        assert dialog.code.hasFocus()
    scan_at_focus(qtbot, dialog, first.code)
    qtbot.mouseClick(dialog.pay[PaymentMethod.CASH], CLICK)
    assert dialog.balance.text() == f"Tegoed: {EURO}10,00"
    scan_at_focus(qtbot, dialog, second.code)  # the next customer's card
    assert caught == []
    assert dialog.code.text() == second.code
    assert dialog.balance.text() == f"Tegoed: {EURO}20,00"


def test_the_bar_menu_opens_it_beside_the_sale(qtbot: QtBot, desk: Desk, bar: Bar) -> None:
    page = BarPage(PageContext(desk.uow, desk.folder, lambda: bar.seller, jobs=InlineJobs()))
    qtbot.addWidget(page)
    page.show()
    texts = [action.text() for action in page.toolbar.more.actions()]
    at = texts.index("Koffiekaart verkopen")
    assert texts[at + 1] == "Koffiekaart opwaarderen"
    page.toolbar.more.actions()[at + 1].trigger()
    opened = page.toolbar.findChild(CoffeeCardTopUpDialog)
    assert opened is not None
    assert opened.isVisible()
    opened.reject()
