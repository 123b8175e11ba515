"""The day close stays calm: the count kept and blind, blockers handled in place, nothing moves."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.models import PaymentMethod
from desk_app.services import audit, people
from desk_app.services.auth import Actor
from desk_app.services.day_close.z_report_data import closed_days
from desk_app.services.living_room.checkin import count_walk_in
from desk_app.services.till import tabs
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.volunteers import duty
from desk_app.ui.context import PageContext
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.main_window import MainWindow
from desk_app.ui.page import Change
from desk_app.ui.sections import SECTIONS
from tests.conftest import FakeClock
from tests.ui.conftest import MANAGER_PIN, RECEPTION_PIN
from tests.ui.inline_jobs import InlineJobs
from tests.ui.test_day_close import click, make_page, sign_off, type_count
from tests.unit.till_factories import set_up_bar

NOTHING_EXPECTED = "eerst tellen"


def sell_coffee_in_cash(desk: Desk, manager: Actor) -> None:
    """Three coffees paid in cash: 3,60 expected in the drawer."""
    bar = set_up_bar(desk.uow, manager)
    sell(desk.uow, bar.seller, [LineIn(bar.products["Koffie"], 3)], [PaymentIn(PaymentMethod.CASH)])


def leave_and_return(page: DayClosePage) -> None:
    """The manager goes to another page and comes back."""
    page.hide()
    page.show()


def fill_sign_off(qtbot: QtBot, page: DayClosePage) -> None:
    qtbot.keyClicks(page.sign.float_left, "0")
    qtbot.keyClicks(page.sign.card_total, "0")
    qtbot.keyClicks(page.sign.pin, MANAGER_PIN)


def test_a_finished_count_survives_leaving_the_page_and_stays_blind_before(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    sell_coffee_in_cash(empty_desk, desk_manager)
    page = make_page(qtbot, empty_desk, desk_manager, [])
    assert page.count.fields[100].placeholderText() == "aantal"
    assert page.sign.float_left.placeholderText() == "bedrag in euro"
    type_count(qtbot, page, {100: "3"})
    leave_and_return(page)
    assert page.sign.expected.text() == NOTHING_EXPECTED
    assert "3,60" not in page.sign.difference.text()
    click(qtbot, page, "count_done")
    assert page.sign.expected.text() == "€\xa03,60"
    qtbot.keyClicks(page.sign.float_left, "3,00")
    leave_and_return(page)
    assert page.count.fields[100].text() == "3"
    assert page.count.fields[100].isReadOnly()
    assert page.count.again.isVisible()
    assert not page.count.done.isVisible()
    assert page.sign.isEnabled()
    assert page.sign.expected.text() == "€\xa03,60"
    assert page.sign.float_left.text() == "3,00"


def test_a_recount_blanks_the_expected_cash_and_is_audited(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    sell_coffee_in_cash(empty_desk, desk_manager)
    page = make_page(qtbot, empty_desk, desk_manager, [])
    type_count(qtbot, page, {100: "3"})
    click(qtbot, page, "count_done")
    assert page.sign.expected.text() == "€\xa03,60"
    click(qtbot, page, "count_again")
    assert page.sign.expected.text() == NOTHING_EXPECTED
    assert page.sign.difference.text() == ""
    assert not page.sign.isEnabled()
    assert page.count.fields[100].text() == ""
    assert not page.count.fields[100].isReadOnly()
    leave_and_return(page)
    assert page.sign.expected.text() == NOTHING_EXPECTED
    [entry, *_] = audit.recent_entries(empty_desk.uow, desk_manager)
    assert (entry.action, entry.subject) == ("day.recount", str(page.today()))
    assert entry.before == {"counted_cents": 300}
    type_count(qtbot, page, {100: "4"})
    click(qtbot, page, "count_done")
    assert page.sign.expected.text() == "€\xa03,60"


def test_tabs_are_settled_and_carried_over_from_the_close_page(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, clock: FakeClock
) -> None:
    uow = empty_desk.uow
    bar = set_up_bar(uow, desk_manager)
    coffee = [LineIn(bar.products["Koffie"], 2)]
    for name in ("Biljartclub", "Koor"):
        tab = tabs.open_tab(uow, bar.seller, name)
        tabs.add_to_tab(uow, bar.seller, tab.tab_id, coffee)
        clock.advance(timedelta(minutes=5))
    page = make_page(qtbot, empty_desk, desk_manager, [])
    assert not page.blockers.all_clear.isVisible()
    click(qtbot, page, "carry_over_tab_1")
    assert "Koor" in page.message.text()
    assert [t.name for t in tabs.tabs_blocking_close(uow)] == ["Biljartclub"]
    assert page.findChild(QPushButton, "carry_over_tab_1") is None
    click(qtbot, page, "settle_tab_0")
    dialog = page.settling
    assert dialog is not None
    cash = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Contant gepast")
    qtbot.mouseClick(cash, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.settling is None)
    assert tabs.tabs_blocking_close(uow) == []
    assert [t.name for t in tabs.open_tabs(uow)] == ["Koor"]
    assert page.findChild(QPushButton, "settle_tab_0") is None
    assert not page.blockers.tabs_holder.isVisible()
    assert page.summary.values["turnover"].text() == "€\xa02,40"


def test_an_empty_tab_is_closed_from_the_close_page(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    uow = empty_desk.uow
    bar = set_up_bar(uow, desk_manager, on_duty=False)  # nobody signed in holds the close up
    tabs.open_tab(uow, bar.seller, "Verkeerd geopend")
    page = make_page(qtbot, empty_desk, desk_manager, [])
    button = page.findChild(QPushButton, "settle_tab_0")
    assert button is not None
    assert button.text() == "Rekening sluiten"
    click(qtbot, page, "settle_tab_0")
    dialog = page.settling
    assert dialog is not None
    qtbot.mouseClick(dialog.close_tab, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.settling is None)
    assert tabs.open_tabs(uow) == []
    assert page.findChild(QPushButton, "settle_tab_0") is None
    assert page.blockers.all_clear.isVisible()


def test_a_close_before_closing_time_asks_and_can_be_cancelled(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, clock: FakeClock
) -> None:
    page = make_page(qtbot, empty_desk, desk_manager, [])
    type_count(qtbot, page, {})
    click(qtbot, page, "count_done")
    fill_sign_off(qtbot, page)
    click(qtbot, page, "sign_off")
    dialog = page.asking
    assert dialog is not None
    assert "open tot 22:30" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    with qtbot.assertNotEmitted(page.changed):
        qtbot.mouseClick(dialog.not_yet, Qt.MouseButton.LeftButton)
    assert page.asking is None
    assert closed_days(empty_desk.uow) == []
    assert page.sign.expected.text() == "€\xa00,00"  # the count is still there
    clock.advance(timedelta(hours=12, minutes=15))  # 22:45, after closing time
    with qtbot.waitSignal(page.changed):
        click(qtbot, page, "sign_off")
    assert page.asking is None
    assert closed_days(empty_desk.uow) == [(page.today(), 1)]


def test_after_the_close_the_living_room_shows_nobody_inside(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, receptionist: Actor
) -> None:
    count_walk_in(empty_desk.uow, receptionist, visitors=3)
    context = PageContext(
        empty_desk.uow, empty_desk.folder, lambda: receptionist, lambda _p: None, jobs=InlineJobs()
    )
    living_room = LivingRoomPage(context)
    qtbot.addWidget(living_room)
    assert "3" in living_room.figures.inside.text()
    page = make_page(qtbot, empty_desk, desk_manager, [])
    page.changed.connect(living_room.refresh_for)
    type_count(qtbot, page, {})
    click(qtbot, page, "count_done")
    fill_sign_off(qtbot, page)
    with qtbot.waitSignal(page.changed):
        sign_off(qtbot, page)
    assert living_room.figures.inside.text() == "Binnen: 0 bezoekers"


def test_a_refusal_is_gone_after_a_user_switch(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, receptionist: Actor
) -> None:
    at_desk = [receptionist]
    context = PageContext(
        empty_desk.uow, empty_desk.folder, lambda: at_desk[0], lambda _p: None, jobs=InlineJobs()
    )
    page = DayClosePage(context)
    qtbot.addWidget(page)
    page.show()
    assert "sociaal beheerder" in page.message.text()
    page.refresh_for(Change.DUTY)  # the same person: her message stays
    assert "sociaal beheerder" in page.message.text()
    at_desk[0] = desk_manager
    page.refresh_for(Change.DUTY)
    assert page.message.text() == ""
    assert not page.message.isVisible()


def settle_layouts() -> None:
    """Deliver the posted layout requests (the page's, then the main window's scroll area)."""
    for _round in range(3):
        QApplication.sendPostedEvents()


def _place(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_an_error_message_moves_no_button(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    from desk_app.ui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    large = window.font()
    large.setPointSize(22)  # the largest text size, where the page wishes to be taller
    window.setFont(large)
    window.resize(1366, 698)
    page = next(page for page in window.pages if isinstance(page, DayClosePage))
    window.show_section(window.pages.index(page))
    window.show()
    qtbot.waitExposed(window)
    buttons = [page.count.done, page.sign.button, page.reprint]
    settle_layouts()
    before = [_place(button, window) for button in buttons]
    type_count(qtbot, page, {100: "drie"})
    click(qtbot, page, "count_done")
    assert page.message.isVisible()
    settle_layouts()
    assert [_place(button, window) for button in buttons] == before


def test_the_columns_stack_when_they_do_not_fit_side_by_side(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    page = make_page(qtbot, empty_desk, desk_manager, [])
    page.resize(1366, 700)
    qtbot.waitUntil(lambda: page.columns.direction() is QBoxLayout.Direction.LeftToRight)
    side_by_side = sum(side.minimumSize().width() for side in page.sides)
    page.resize(side_by_side, 700)  # no room left for the margins and the scroll bar
    qtbot.waitUntil(lambda: page.columns.direction() is QBoxLayout.Direction.TopToBottom)
    scroll_bar = page.scroller.horizontalScrollBar()
    qtbot.waitUntil(lambda: scroll_bar.maximum() == 0)  # the count is not off to the side


def test_a_switch_in_the_main_window_clears_the_previous_persons_message(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, receptionist: Actor
) -> None:
    window = MainWindow(empty_desk, "De Meent", receptionist)
    qtbot.addWidget(window)
    window.show()
    index = next(i for i, s in enumerate(SECTIONS) if s.page_type() is DayClosePage)
    window.show_section(index)
    page = window.page(index)
    assert isinstance(page, DayClosePage)
    qtbot.waitUntil(lambda: "sociaal beheerder" in page.message.text())
    window.set_actor(desk_manager)
    assert page.message.text() == ""


def test_who_is_still_signed_in_is_counted_and_named_behind_more(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    ria = next(a for a in people.desk_accounts(empty_desk.uow) if a.name == "Ria Jansen")
    duty.toggle_with_pin(empty_desk.uow, ria.person_id, RECEPTION_PIN)
    page = make_page(qtbot, empty_desk, desk_manager, [])
    assert page.blockers.signed_in.text() == "Nog aangemeld: 1 vrijwilliger(s)."
    assert "Ria Jansen" not in page.blockers.signed_in.text()  # one short line above the count
    click(qtbot, page, "blocker_more")
    dialog = page.blockers.dialog
    assert dialog is not None
    assert "Ria Jansen" in dialog.text.text()
    dialog.reject()
    qtbot.waitUntil(lambda: page.blockers.dialog is None)
