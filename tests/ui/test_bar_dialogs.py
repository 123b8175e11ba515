"""The till's dialogs: price list, PIN-approved reversal, journal export, coffee card sale."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.errors import NotAllowed
from desk_app.models import Payment, PaymentMethod, Product, Sale, SaleKind, TariffClass
from desk_app.paths import DataFolder
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor
from desk_app.services.till import tabs
from desk_app.services.till.basket import LineIn
from desk_app.services.till.coffee_cards import card_info, issue_card
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from desk_app.ui.bar.card_load_reversal import CardLoadReversalDialog
from desk_app.ui.bar.coffee_card_sale import CoffeeCardDialog
from desk_app.ui.bar.dialogs import ReversalDialog, SettleTabDialog
from desk_app.ui.bar.journal_export import JournalExportDialog
from desk_app.ui.bar.price_editor import PriceListDialog
from desk_app.ui.context import PageContext
from tests.ui.conftest import MANAGER_PIN
from tests.ui.inline_jobs import InlineJobs
from tests.unit import hire_factories as hire
from tests.unit.till_factories import Bar, set_up_bar


@pytest.fixture
def bar(uow: UnitOfWork, desk_manager: Actor) -> Bar:
    return set_up_bar(uow, desk_manager)


def _edit_coffee_price(qtbot: QtBot, dialog: PriceListDialog, text: str) -> None:
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    assert dialog.name.text() == "Koffie"
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, text)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)


def test_manager_changes_a_price_and_it_is_audited(qtbot: QtBot, uow: UnitOfWork, bar: Bar) -> None:
    dialog = PriceListDialog(uow, bar.manager)
    _edit_coffee_price(qtbot, dialog, "1,35")
    assert "Opgeslagen" in dialog.message.text()
    with uow.read() as tx:
        price = tx.session.scalar(select(Product.price_cents).where(Product.name == "Koffie"))
    assert price == 135
    assert recent_entries(uow, bar.manager)[0].action == "product.change"


def test_manager_sets_a_product_to_zero_vat(qtbot: QtBot, uow: UnitOfWork, bar: Bar) -> None:
    dialog = PriceListDialog(uow, bar.manager)
    rates = [dialog.vat.itemText(index) for index in range(dialog.vat.count())]
    assert rates == ["0", "9", "21"]
    dialog.list.setCurrentRow(0)
    dialog.vat.setCurrentText("0")
    _edit_coffee_price(qtbot, dialog, "1,20")
    assert "Opgeslagen" in dialog.message.text()
    with uow.read() as tx:
        assert tx.session.scalar(select(Product.vat_rate).where(Product.name == "Koffie")) == 0


def test_ticking_alcohol_chooses_the_high_vat_rate(qtbot: QtBot, uow: UnitOfWork, bar: Bar) -> None:
    dialog = PriceListDialog(uow, bar.manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.vat.currentText() == "9"  # a new product starts at the drinks' low rate
    for widget, text in (
        (dialog.category, "Bier"),
        (dialog.name, "Radler"),
        (dialog.price, "2,50"),
    ):
        qtbot.keyClicks(widget, text)
    box = dialog.alcohol  # tapped on its tick box: the row is wider than the box and its text
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.vat.currentText() == "21"
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "Opgeslagen" in dialog.message.text()
    with uow.read() as tx:
        assert tx.session.scalar(select(Product.vat_rate).where(Product.name == "Radler")) == 21


def test_bar_volunteer_cannot_change_prices(qtbot: QtBot, uow: UnitOfWork, bar: Bar) -> None:
    dialog = PriceListDialog(uow, bar.seller)
    _edit_coffee_price(qtbot, dialog, "0,10")
    assert "sociaal beheerder" in dialog.message.text()
    with uow.read() as tx:
        assert tx.session.scalar(select(Product.price_cents).where(Product.name == "Koffie")) == 120


def test_reversal_dialog_needs_the_managers_pin(qtbot: QtBot, uow: UnitOfWork, bar: Bar) -> None:
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [PaymentIn(PaymentMethod.CASH)])
    dialog = ReversalDialog(uow, bar.seller)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.number.setValue(1)
    qtbot.keyClicks(dialog.reason, "verkeerd aangeslagen")
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "pincode" in dialog.message.text()
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, MANAGER_PIN)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with uow.read() as tx:
        kinds = tx.session.scalars(select(Sale.kind).order_by(Sale.receipt_number)).all()
    assert kinds == [SaleKind.SALE, SaleKind.REVERSAL]


def test_a_coffee_card_load_is_taken_back_with_the_managers_pin(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar
) -> None:
    card = issue_card(uow, bar.seller, 2000, PaymentMethod.CASH)
    dialog = CardLoadReversalDialog(uow, bar.seller)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.reverse, Qt.MouseButton.LeftButton)
    assert "Zoek eerst" in dialog.message.text()
    qtbot.keyClicks(dialog.code, card.code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # as the scanner ends a code
    assert "€\xa020,00" in dialog.shown.text()
    assert "Contant" in dialog.shown.text()
    qtbot.keyClicks(dialog.reason, "Verkeerde kaart verkocht")
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.mouseClick(dialog.reverse, Qt.MouseButton.LeftButton)
    assert "pincode" in dialog.message.text()
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, MANAGER_PIN)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.reverse, Qt.MouseButton.LeftButton)
    assert card_info(uow, card.code).balance_cents == 0
    assert recent_entries(uow, bar.manager)[0].action == "coffee_card.reverse_load"


def test_journal_export_writes_the_period(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar, tmp_path: Path
) -> None:
    sell(uow, bar.seller, [LineIn(bar.products["Thee"], 3)], [PaymentIn(PaymentMethod.CASH)])
    dialog = JournalExportDialog(uow, bar.manager)
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2026, 3, 1))
    dialog.last.setDate(QDate(2026, 3, 31))
    dialog.export_to(tmp_path / "journaal.csv")
    lines = (tmp_path / "journaal.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("regel;1;")
    assert ";Thee;3;100;300;9;" in lines[1]
    refused = JournalExportDialog(uow, bar.seller)
    qtbot.addWidget(refused)
    with pytest.raises(NotAllowed):
        refused.export_to(tmp_path / "nee.csv")


@pytest.fixture
def coffee_dialog(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> CoffeeCardDialog:
    """The coffee-card sale at the bar; its save dialog answers as if cancelled."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    context = PageContext(uow, DataFolder(tmp_path), lambda: bar.seller, jobs=InlineJobs())
    dialog = CoffeeCardDialog(context, bar.seller)
    qtbot.addWidget(dialog)
    return dialog


def test_a_coffee_card_is_sold_and_saved_with_its_code(
    coffee_dialog: CoffeeCardDialog, tmp_path: Path
) -> None:
    dialog = coffee_dialog
    dialog.value.setCurrentIndex(1)
    dialog.sell(PaymentMethod.CASH)
    assert dialog.card is not None
    assert dialog.card.balance_cents == 1000
    assert dialog.card.code in dialog.message.text()
    dialog.save_pdf(tmp_path / "kaart.pdf")
    assert dialog.card.code in PdfReader(tmp_path / "kaart.pdf").pages[0].extract_text()


def test_a_party_tab_is_settled_on_the_hirers_invoice(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar
) -> None:
    party = hire.hirer(uow, bar.manager, "Familie Jansen", TariffClass.COMMERCIAL)
    tab = tabs.open_tab(uow, bar.seller, "Familie Jansen")
    tab = tabs.add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Koffie"], 12)])
    dialog = SettleTabDialog(uow, bar.seller, tab)
    qtbot.addWidget(dialog)
    assert dialog.hirer.chosen() is not None  # the tab's name is the hirer's
    dialog.hirer.clear_choice()
    qtbot.mouseClick(dialog.on_account, Qt.MouseButton.LeftButton)
    assert "huurder" in dialog.message.text()
    qtbot.keyClicks(dialog.hirer, "familie jansen")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.on_account, Qt.MouseButton.LeftButton)
    with uow.read() as tx:
        payment = tx.session.scalars(select(Payment)).one()
        assert (payment.hirer_id, payment.amount_cents) == (party, 1440)


def test_an_empty_tab_is_closed_not_paid(qtbot: QtBot, uow: UnitOfWork, bar: Bar) -> None:
    tab = tabs.open_tab(uow, bar.seller, "Verkeerd geopend")
    dialog = SettleTabDialog(uow, bar.seller, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = {b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert "Rekening sluiten" in shown
    assert not shown & {"Contant gepast", "Op factuur huurder"}
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.close_tab, Qt.MouseButton.LeftButton)
    assert tabs.open_tabs(uow) == []
    with uow.read() as tx:
        assert tx.session.scalars(select(Sale)).all() == []


def test_enter_in_the_settle_dialog_pays_nothing(qtbot: QtBot, uow: UnitOfWork, bar: Bar) -> None:
    """A payment is a deliberate tap: Enter typed in the hirer's box settles no tab."""
    tab = tabs.open_tab(uow, bar.seller, "Biljartclub")
    tab = tabs.add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Koffie"], 2)])
    dialog = SettleTabDialog(uow, bar.seller, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.hirer.setFocus()
    qtbot.keyClick(dialog.hirer, Qt.Key.Key_Return)
    assert dialog.isVisible()
    with uow.read() as tx:
        assert tx.session.scalars(select(Payment)).all() == []


def test_enter_in_the_coffee_card_dialog_sells_nothing(
    qtbot: QtBot, coffee_dialog: CoffeeCardDialog
) -> None:
    dialog = coffee_dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.value.setFocus()
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    assert dialog.card is None
    assert dialog.isVisible()
