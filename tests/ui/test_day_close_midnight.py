"""A close after midnight is for the evening before, and leaves the new day open."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.day_close.z_report_data import closed_days
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.ui.page import Change
from tests.conftest import FakeClock
from tests.ui.test_day_close import click, make_page, type_count
from tests.ui.test_day_close_calm import fill_sign_off
from tests.unit.till_factories import Bar, set_up_bar

MONDAY = date(2026, 3, 2)  # the test clock's day, 10:30 local


def three_coffees_in_cash(desk: Desk, manager: Actor) -> Bar:
    bar = set_up_bar(desk.uow, manager)
    sell(desk.uow, bar.seller, [LineIn(bar.products["Koffie"], 3)], [PaymentIn(PaymentMethod.CASH)])
    return bar


def test_a_count_finished_before_midnight_closes_that_day_after_it(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, clock: FakeClock
) -> None:
    bar = three_coffees_in_cash(empty_desk, desk_manager)
    clock.advance(timedelta(hours=13, minutes=10))  # 23:40
    page = make_page(qtbot, empty_desk, desk_manager, [])
    type_count(qtbot, page, {100: "3", 50: "1", 10: "1"})  # 3,60: the three coffees
    click(qtbot, page, "count_done")
    clock.advance(timedelta(minutes=22))  # 00:02 on Tuesday
    page.refresh()  # a scan or a visit to another page re-reads the day
    assert page.sign.expected.text() == "€\xa03,60"  # the count of Monday stays
    fill_sign_off(qtbot, page)
    with qtbot.waitSignal(page.changed) as closed:
        click(qtbot, page, "sign_off")  # no "close early?" question: Monday is over
    assert closed.args == [Change.DAY_CLOSED]
    assert page.asking is None
    assert closed_days(empty_desk.uow) == [(MONDAY, 1)]
    sell(
        empty_desk.uow,
        bar.seller,
        [LineIn(bar.products["Koffie"], 1)],
        [PaymentIn(PaymentMethod.CASH)],
    )


def test_the_page_opened_after_midnight_offers_the_evening_before(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, clock: FakeClock
) -> None:
    three_coffees_in_cash(empty_desk, desk_manager)
    clock.advance(timedelta(hours=14))  # 00:30 on Tuesday
    page = make_page(qtbot, empty_desk, desk_manager, [])
    assert page.day_label.text() == "Dag: maandag 2 maart, nog niet afgesloten"
    assert page.summary.values["turnover"].text() == "€\xa03,60"
    type_count(qtbot, page, {100: "3", 50: "1", 10: "1"})
    click(qtbot, page, "count_done")
    fill_sign_off(qtbot, page)
    with qtbot.waitSignal(page.changed):
        click(qtbot, page, "sign_off")
    assert closed_days(empty_desk.uow) == [(MONDAY, 1)]
    assert page.day_label.text() == "Dag: 03-03-2026"  # on to Tuesday, still open
    assert page.count.isEnabled()
