"""The room-hire page driven by clicks: book from the calendar, open and cancel, bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.models import Booking, BookingState, DayPartKey
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.rooms.booking_details import BookingDetails
from desk_app.ui.rooms.booking_dialog import BookingDialog
from desk_app.ui.rooms.common import chosen_part, to_qdate
from desk_app.ui.rooms.page import RoomsPage
from desk_app.ui.rooms.week_model import BOOKING_ID_ROLE
from tests.ui.inline_jobs import InlineJobs
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY


def _page(qtbot: QtBot, uow: UnitOfWork, actor: Actor | None) -> RoomsPage:
    folder = DataFolder(uow.database.path.parent)
    page = RoomsPage(PageContext(uow, folder, lambda: actor, jobs=InlineJobs()))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.calendar.go_to(MONDAY)
    return page


def _index(page: RoomsPage, room_row: int, part: DayPartKey, day_offset: int) -> QModelIndex:
    row = room_row * len(DayPartKey) + list(DayPartKey).index(part)
    return page.calendar.model.index(row, day_offset)


def _click_cell(qtbot: QtBot, page: RoomsPage, index: QModelIndex) -> None:
    table = page.calendar.table
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open_dialog(qtbot: QtBot, page: RoomsPage, index: QModelIndex) -> QDialog:
    """Click a cell and wait for the dialog it opens."""
    _click_cell(qtbot, page, index)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog is not None
    return page.dialog


def _count(uow: UnitOfWork) -> int:
    with uow.read() as tx:
        return tx.session.scalar(select(func.count()).select_from(Booking)) or 0


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_clicking_a_free_cell_books_the_room(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    make.hirer(uow, desk_manager)
    page = _page(qtbot, uow, desk_manager)
    target = _index(page, 0, DayPartKey.EVENING, 1)  # Tuesday evening
    assert target.data() == ""

    dialog = _open_dialog(qtbot, page, target)
    assert isinstance(dialog, BookingDialog)
    assert chosen_part(dialog.part) is DayPartKey.EVENING
    dialog.hirer.setCurrentIndex(0)  # no hirer is chosen for the desk
    dialog.people.setValue(12)
    _click(qtbot, dialog.book_button)
    qtbot.waitUntil(
        lambda: "Biljartclub De Keu" in str(_index(page, 0, DayPartKey.EVENING, 1).data())
    )
    assert page.dialog is None
    assert "18:00–22:30" in _index(page, 0, DayPartKey.EVENING, 1).data()
    assert _count(uow) == 1


def test_bad_input_keeps_the_dialog_open_and_writes_nothing(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager, capacity=20)
    make.hirer(uow, desk_manager)
    page = _page(qtbot, uow, desk_manager)
    dialog = _open_dialog(qtbot, page, _index(page, 0, DayPartKey.MORNING, 2))
    assert isinstance(dialog, BookingDialog)
    dialog.hirer.setCurrentIndex(0)  # no hirer is chosen for the desk
    dialog.people.setValue(21)
    _click(qtbot, dialog.book_button)
    assert "hoogstens 20 personen" in dialog.message.text()
    dialog.people.setValue(0)
    _click(qtbot, dialog.book_button)
    assert "minstens 1" in dialog.message.text()
    dialog.part.setCurrentIndex(len(DayPartKey))  # own times: end before start
    dialog.people.setValue(5)
    dialog.starts.setTime(QTime(15, 0))
    dialog.ends.setTime(QTime(14, 0))
    _click(qtbot, dialog.book_button)
    assert "eindtijd moet na de begintijd" in dialog.message.text()
    assert dialog.isVisible()
    assert _count(uow) == 0
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)


def test_a_booking_opens_and_is_cancelled_with_a_second_click(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    room_id, hirer_id = make.room(uow, desk_manager), make.hirer(uow, desk_manager)
    booked = book_room(
        uow, desk_manager, make.request(room_id, hirer_id, day=MONDAY, part=DayPartKey.AFTERNOON)
    )
    page = _page(qtbot, uow, desk_manager)
    cell = _index(page, 0, DayPartKey.AFTERNOON, 0)
    assert cell.data(BOOKING_ID_ROLE) == str(booked.id)
    dialog = _open_dialog(qtbot, page, cell)
    assert isinstance(dialog, BookingDetails)
    _click(qtbot, dialog.cancel_button)  # asks
    assert dialog.booking.state is BookingState.PROVISIONAL
    _click(qtbot, dialog.cancel_button)  # cancels
    assert "annuleringskosten" in dialog.message.text()  # a week ahead: the late fee applies
    dialog.accept()
    qtbot.waitUntil(lambda: _index(page, 0, DayPartKey.AFTERNOON, 0).data() == "")


def test_without_anyone_logged_in_nothing_opens(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    page = _page(qtbot, uow, None)
    _click_cell(qtbot, page, _index(page, 0, DayPartKey.MORNING, 0))
    assert "Log eerst in" in page.message.text()
    assert page.dialog is None


def test_week_navigation_and_closed_cells(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    page = _page(qtbot, uow, desk_manager)
    assert _index(page, 0, DayPartKey.EVENING, 5).data() == "gesloten"
    page.calendar.next_week()
    assert page.calendar.model.headerData(0, Qt.Orientation.Horizontal) == "ma\n16 mrt"
    page.calendar.date_edit.setDate(page.calendar.date_edit.date().addDays(-14))
    page.calendar.go_to_chosen_date()
    assert page.calendar.model.headerData(0, Qt.Orientation.Horizontal) == "ma\n2 mrt"


def test_week_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, uow: UnitOfWork, desk_manager: Actor
) -> None:
    room_id, hirer_id = make.room(uow, desk_manager), make.hirer(uow, desk_manager)
    book_room(uow, desk_manager, make.request(room_id, hirer_id))
    page = _page(qtbot, uow, desk_manager)
    qtmodeltester.check(page.calendar.model)
    page.tabs.setCurrentWidget(page.occupancy)
    qtmodeltester.check(page.occupancy.model)
    assert page.occupancy.model.rowCount() == 1


def test_a_weekly_series_lists_its_conflicts_and_skips_them(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    room_id, club = make.room(uow, desk_manager), make.hirer(uow, desk_manager)
    family = make.hirer(uow, desk_manager, "Familie Yilmaz")
    taken = MONDAY + timedelta(weeks=2)
    book_room(uow, desk_manager, make.request(room_id, family, day=taken))
    page = _page(qtbot, uow, desk_manager)
    dialog = _open_dialog(qtbot, page, _index(page, 0, DayPartKey.EVENING, 0))
    assert isinstance(dialog, BookingDialog)
    dialog.hirer.setCurrentIndex(dialog.hirer.findData(str(club)))
    dialog.repeat.setCurrentIndex(1)  # every week
    dialog.until.setDate(to_qdate(MONDAY + timedelta(weeks=4)))
    _click(qtbot, dialog.book_button)
    assert taken.strftime("%d-%m-%Y") in dialog.message.text()
    assert "Familie Yilmaz" in dialog.message.text()
    assert _count(uow) == 1
    _click(qtbot, dialog.book_button)  # skip the taken date, book the rest
    qtbot.waitUntil(lambda: page.dialog is None)
    assert _count(uow) == 1 + 4


def test_find_a_free_room_then_book_it(qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor) -> None:
    hall = make.room(uow, desk_manager)
    make.room(uow, desk_manager, "Atelier", 12)
    club = make.hirer(uow, desk_manager)
    book_room(uow, desk_manager, make.request(hall, club, day=MONDAY, part=DayPartKey.MORNING))
    page = _page(qtbot, uow, desk_manager)
    page.tabs.setCurrentWidget(page.finder)
    finder = page.finder
    finder.day.setDate(to_qdate(MONDAY))
    finder.part.setCurrentIndex(0)  # morning
    finder.people.setValue(8)
    search = next(b for b in finder.findChildren(QPushButton) if b.text() == "Zoek een vrije zaal")
    _click(qtbot, search)
    assert finder.results.count() == 1
    assert finder.results.item(0).text().startswith("Atelier")
    rect = finder.results.visualItemRect(finder.results.item(0))
    qtbot.mouseClick(finder.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert isinstance(page.dialog, BookingDialog)
    assert page.dialog.room.currentText() == "Atelier (12)"
    page.dialog.reject()


def test_a_month_is_invoiced_from_the_invoices_tab(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    room_id, club = make.room(uow, desk_manager), make.hirer(uow, desk_manager)
    book_room(uow, desk_manager, make.request(room_id, club))
    page = _page(qtbot, uow, desk_manager)
    page.tabs.setCurrentWidget(page.invoices)
    view = page.invoices
    view.month.setDate(to_qdate(MONDAY))
    assert view.hirer.currentText() == "Biljartclub De Keu"
    buttons = {b.text(): b for b in view.findChildren(QPushButton)}
    _click(qtbot, buttons["Maandfactuur maken"])
    assert view.model.rowCount() == 1
    assert "MEE-000001" in view.message.text()
    _click(qtbot, buttons["Maandfactuur maken"])
    assert "niets (meer) te factureren" in view.message.text()


def test_a_private_party_says_so_when_opened(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    room_id, hirer_id = make.room(uow, desk_manager), make.hirer(uow, desk_manager)
    party = make.request(room_id, hirer_id, day=MONDAY, part=DayPartKey.EVENING)
    book_room(uow, desk_manager, replace(party, private_party=True))
    page = _page(qtbot, uow, desk_manager)
    dialog = _open_dialog(qtbot, page, _index(page, 0, DayPartKey.EVENING, 0))
    assert isinstance(dialog, BookingDetails)
    assert "Besloten feest met alcohol" in dialog.summary.text()
    assert "publiek van buiten" not in dialog.summary.text()
