"""The bar page driven like a volunteer: tap tiles, pay, read the receipt and the refusals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.bootstrap import Desk
from desk_app.models import Payment, PaymentMethod, RemovedLine, Sale
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.bar.page import BarPage
from desk_app.ui.context import PageContext
from tests.conftest import FakeClock
from tests.ui.inline_jobs import InlineJobs
from tests.unit import hire_factories as hire
from tests.unit.till_factories import Bar, set_up_bar


@pytest.fixture
def bar(uow: UnitOfWork, desk_manager: Actor) -> Bar:
    return set_up_bar(uow, desk_manager)


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, bar: Bar) -> BarPage:
    widget = BarPage(PageContext(desk.uow, desk.folder, lambda: bar.seller, jobs=InlineJobs()))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_coffee_paid_cash_with_change(qtbot: QtBot, uow: UnitOfWork, page: BarPage) -> None:
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    assert "1,20" in page.total.text()
    qtbot.keyClicks(page.pay.tendered, "5,00")
    with qtbot.waitSignal(page.sale_recorded):
        qtbot.mouseClick(page.pay.cash, Qt.MouseButton.LeftButton)
    assert page.change.text() == "Wisselgeld €\xa03,80"
    assert "1 x Koffie" in page.receipt_view.toPlainText()
    assert page.basket.rowCount() == 0
    with uow.read() as tx:
        sale = tx.session.scalars(select(Sale)).one()
        payment = tx.session.scalars(select(Payment)).one()
        assert (sale.total_cents, sale.receipt_number) == (120, 1)
        assert (payment.method, payment.tendered_cents, payment.change_cents) == (
            PaymentMethod.CASH,
            500,
            380,
        )
    qtbot.mouseClick(page.grid.tiles["Thee"], Qt.MouseButton.LeftButton)
    assert page.change.text() == ""  # the next customer's sale clears it


def test_a_double_tap_on_gepast_keeps_the_receipt_message(
    qtbot: QtBot, uow: UnitOfWork, page: BarPage
) -> None:
    assert not page.pay.exact.isEnabled()  # nothing on the bon yet
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    assert page.pay.exact.isEnabled()
    with qtbot.waitSignal(page.sale_recorded):
        qtbot.mouseClick(page.pay.exact, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Betaald, bon 1."
    places = {w: w.geometry() for w in (page.message, page.pay, page.pay.exact, page.table)}
    qtbot.mouseClick(page.pay.exact, Qt.MouseButton.LeftButton)  # the second tap of a double
    qtbot.keyClick(page, Qt.Key.Key_F5)
    qtbot.keyClick(page.pay.tendered, Qt.Key.Key_Return)
    assert page.message.text() == "Betaald, bon 1."
    assert {w: w.geometry() for w in places} == places
    assert not page.pay.exact.isEnabled()
    with uow.read() as tx:
        assert tx.session.scalar(select(func.count(Sale.id))) == 1


def test_plus_minus_and_remove_before_payment_are_logged(
    qtbot: QtBot, uow: UnitOfWork, page: BarPage
) -> None:
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.plus, Qt.MouseButton.LeftButton)
    assert "3,60" in page.total.text()
    qtbot.mouseClick(page.minus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert page.basket.rowCount() == 0
    assert "0,00" in page.total.text()
    with uow.read() as tx:
        removed = tx.session.scalars(select(RemovedLine.quantity)).all()
        assert sorted(removed) == [1, 2]
        assert tx.session.scalar(select(func.count(Sale.id))) == 0


def test_card_payment_by_keyboard(qtbot: QtBot, uow: UnitOfWork, page: BarPage) -> None:
    qtbot.mouseClick(page.grid.tiles["Appeltaart"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.sale_recorded):
        qtbot.keyClick(page, Qt.Key.Key_F6)
    with uow.read() as tx:
        assert tx.session.scalars(select(Payment.method)).all() == [PaymentMethod.CARD]


def test_alcohol_outside_hours_is_refused_in_plain_dutch(
    qtbot: QtBot, uow: UnitOfWork, page: BarPage, clock: FakeClock
) -> None:
    clock.moment = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    qtbot.mouseClick(page.grid.tiles["Pils"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.age_ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pay.exact, Qt.MouseButton.LeftButton)
    assert "buiten de schenktijden" in page.message.text()
    assert page.basket.rowCount() == 1
    with uow.read() as tx:
        assert tx.session.scalar(select(func.count(Sale.id))) == 0


def test_nonsense_tendered_amount_writes_nothing(
    qtbot: QtBot, uow: UnitOfWork, page: BarPage
) -> None:
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.pay.tendered, "vijf euro")
    qtbot.mouseClick(page.pay.cash, Qt.MouseButton.LeftButton)
    assert "ontvangen bedrag" in page.message.text()
    with uow.read() as tx:
        assert tx.session.scalar(select(func.count(Sale.id))) == 0


def test_no_one_logged_in_cannot_sell(qtbot: QtBot, desk: Desk, uow: UnitOfWork, bar: Bar) -> None:
    page = BarPage(PageContext(uow, desk.folder, lambda: None, jobs=InlineJobs()))
    qtbot.addWidget(page)
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pay.exact, Qt.MouseButton.LeftButton)
    assert "Log eerst in" in page.message.text()


def test_basket_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, page: BarPage
) -> None:
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.grid.tiles["Thee"], Qt.MouseButton.LeftButton)
    qtmodeltester.check(page.basket)


def test_a_sale_goes_on_a_hirers_account_chosen_by_typing(
    qtbot: QtBot, uow: UnitOfWork, bar: Bar, page: BarPage
) -> None:
    club = hire.hirer(uow, bar.manager, "Koor Zanglust")
    page.hide()
    page.show()  # hirers registered meanwhile are offered when the till is shown again
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pay.on_account, Qt.MouseButton.LeftButton)
    assert "huurder" in page.message.text()
    qtbot.keyClicks(page.pay.holder, "koor zanglust")
    with qtbot.waitSignal(page.sale_recorded):
        qtbot.mouseClick(page.pay.on_account, Qt.MouseButton.LeftButton)
    assert "Koor Zanglust" in page.receipt_view.toPlainText()
    assert page.pay.holder.currentText() == ""
    with uow.read() as tx:
        payment = tx.session.scalars(select(Payment)).one()
        assert (payment.method, payment.hirer_id) == (PaymentMethod.ON_ACCOUNT, club)
