"""The Overzicht page's charts show the day's visits and sales per hour and the week."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import count_walk_in
from desk_app.services.living_room.day_charts import FIRST_HOUR
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.ui.context import PageContext
from desk_app.ui.overview.page import OverviewPage
from desk_app.ui.page import Change
from tests.conftest import FakeClock
from tests.ui.inline_jobs import InlineJobs
from tests.unit.till_factories import set_up_bar


def test_charts_follow_the_day(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, receptionist: Actor, clock: FakeClock
) -> None:
    uow = empty_desk.uow
    bar = set_up_bar(uow, desk_manager)
    context = PageContext(
        uow, empty_desk.folder, lambda: desk_manager, lambda _path: None, jobs=InlineJobs()
    )
    page = OverviewPage(context)
    qtbot.addWidget(page)
    page.show()
    assert sum(page.visits.values()) == 0
    count_walk_in(uow, receptionist, visitors=3)  # 10:30 local
    clock.advance(timedelta(hours=3))  # 13:30 local
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 2)], [PaymentIn(PaymentMethod.CASH)])
    page.refresh_for(Change.VISITS)
    visits = page.visits.values()
    assert visits[10 - FIRST_HOUR] == 3
    assert sum(visits) == 3
    sales = page.sales.values()
    assert sales[13 - FIRST_HOUR] == 2.4
    assert sum(sales) == 2.4
    assert page.week.values()[-1] == 2.4
    assert len(page.week.values()) == 7


def test_the_page_opens_on_an_empty_desk(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    context = PageContext(
        empty_desk.uow,
        empty_desk.folder,
        lambda: desk_manager,
        lambda _path: None,
        jobs=InlineJobs(),
    )
    page = OverviewPage(context)
    qtbot.addWidget(page)
    assert page.week.values() == [0.0] * 7
