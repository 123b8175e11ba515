"""Activiteiten at the door: a second hand count is asked, a count is corrected, a session
called off says how many stamps go back, a door scan for the wrong session is refused; and
the bar sells no strippenkaart in practice mode."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.kinds import PaymentMethod
from desk_app.models import Recurrence, TargetGroup
from desk_app.services.activities import cards, stamps
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.till.payments import PaymentIn
from desk_app.ui.activities.page import ActivitiesPage
from desk_app.ui.bar.card_sale import CardSaleDialog
from desk_app.ui.bar.page import BarPage
from desk_app.ui.context import PageContext
from tests.ui.inline_jobs import InlineJobs
from tests.ui.questions import answer
from tests.unit.factories import table_counts

MONDAY = date(2026, 3, 2)  # the test clock's day
CLICK = Qt.MouseButton.LeftButton
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def context(empty_desk: Desk, desk_manager: Actor) -> PageContext:
    return PageContext(
        empty_desk.uow, empty_desk.folder, lambda: desk_manager, lambda _p: None, jobs=InlineJobs()
    )


def _plan(context: PageContext, manager: Actor, name: str, day: date = MONDAY) -> None:
    activities.plan_activity(
        context.uow,
        manager,
        activities.ActivityPlan(
            name, TargetGroup.ADULTS, Recurrence.ONCE, day, day, time(19), time(20)
        ),
    )


@pytest.fixture
def page(qtbot: QtBot, context: PageContext, desk_manager: Actor) -> ActivitiesPage:
    """The programme with today's one session, Yoga, chosen."""
    _plan(context, desk_manager, "Yoga")
    shown = ActivitiesPage(context)
    qtbot.addWidget(shown)
    shown.show()
    shown.table.selectRow(0)
    return shown


def _counted(page: ActivitiesPage) -> int:
    chosen = page.selected()
    assert chosen is not None
    return chosen.counted


def test_a_second_count_is_asked_and_a_wrong_count_corrected(
    qtbot: QtBot, page: ActivitiesPage
) -> None:
    page.attendees.setValue(12)
    qtbot.mouseClick(page.count_button, CLICK)
    assert page.count_question is None  # the first count is not asked
    assert _counted(page) == 12
    qtbot.mouseClick(page.count_button, CLICK)  # a double tap
    asked = answer(qtbot, lambda: page.count_question, NO)
    assert asked == "Er zijn bij Yoga al 12 aanwezigen geteld. Nog 12 erbij?"
    assert _counted(page) == 12
    qtbot.mouseClick(page.count_button, CLICK)
    answer(qtbot, lambda: page.count_question, YES)  # a second group did come in
    assert _counted(page) == 24
    page.attendees.setValue(15)
    qtbot.mouseClick(page.correct_button, CLICK)
    asked = answer(qtbot, lambda: page.correct_question, NO)
    assert asked == "De telling van Yoga van 24 naar 15 zetten?"
    assert _counted(page) == 24
    qtbot.mouseClick(page.correct_button, CLICK)
    answer(qtbot, lambda: page.correct_question, YES)
    assert _counted(page) == 15
    assert page.message.text() == "De telling van Yoga staat nu op 15."
    assert page.model.data(page.model.index(0, 4)) == "15"


def test_calling_off_says_how_many_stamps_go_back(
    qtbot: QtBot, page: ActivitiesPage, context: PageContext, desk_manager: Actor
) -> None:
    product = cards.add_card_product(context.uow, desk_manager, "Yoga 5x", stamps=5, price_cents=0)
    sold = cards.sell_card(
        context.uow, desk_manager, product.product_id, [PaymentIn(PaymentMethod.CASH)]
    )
    chosen = page.selected()
    assert chosen is not None
    for another in (False, True):
        stamps.stamp_card(
            context.uow, desk_manager, chosen.occurrence_id, sold.code, another=another
        )
    page.refresh()
    qtbot.mouseClick(page.cancel_button, CLICK)
    question = page.cancel_question
    assert question is not None
    assert "2 strip(pen)" in question.informativeText()
    answer(qtbot, lambda: page.cancel_question, YES)
    assert page.message.text() == (
        "Yoga op maandag 2 maart 2026 is afgelast. 2 strip(pen) terug op de kaarten."
    )
    assert page.model.data(page.model.index(0, 4)) == "0"


def test_a_door_scan_for_a_session_not_held_today_is_refused(
    qtbot: QtBot, page: ActivitiesPage, context: PageContext, desk_manager: Actor
) -> None:
    _plan(context, desk_manager, "Zumba", date(2026, 3, 4))  # Wednesday of the same week
    page.refresh()
    [code] = issue_passes(context.uow, desk_manager)
    page.table.selectRow(1)
    qtbot.keyClicks(page.door_scan, code)
    qtbot.keyClick(page.door_scan, Qt.Key.Key_Return)
    assert "niet vandaag" in page.message.text()
    page.table.selectRow(0)
    qtbot.mouseClick(page.cancel_button, CLICK)
    answer(qtbot, lambda: page.cancel_question, YES)
    page.table.selectRow(0)
    qtbot.keyClicks(page.door_scan, code)
    qtbot.keyClick(page.door_scan, Qt.Key.Key_Return)
    assert page.message.text() == "Deze bijeenkomst bestaat niet of gaat niet door."
    assert table_counts(context.uow, "visit")["visit"] == 0


def test_the_bar_sells_no_strippenkaart_in_practice_mode(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    cards.add_card_product(context.uow, desk_manager, "Yoga 10x", stamps=10, price_cents=4000)
    bar = BarPage(context)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.mouseClick(bar.toolbar.training, CLICK)
    assert bar.toolbar.training.isChecked()
    [sale] = [a for a in bar.toolbar.more.actions() if a.text() == "Strippenkaart verkopen"]
    sale.trigger()
    dialog = bar.toolbar.findChild(CardSaleDialog)
    assert dialog is not None
    assert "oefenmodus" in dialog.message.text()
    before = table_counts(context.uow, "sale", "multi_visit_card")
    dialog.sell(PaymentMethod.CASH)
    assert dialog.sold is None
    assert "oefenmodus" in dialog.message.text()
    assert table_counts(context.uow, "sale", "multi_visit_card") == before
    dialog.reject()
