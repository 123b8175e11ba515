"""Booking a room as the desk does: Nieuwe boeking, typed dates, N times, and a dialog that fits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Booking, DayPartKey
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.calendar import day_part_times
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.dates import parse_day
from desk_app.ui.resources import style_sheet
from desk_app.ui.rooms.booking_dialog import BookingDialog
from desk_app.ui.rooms.page import RoomsPage
from desk_app.ui.theme import FONT_FAMILIES
from tests.ui.inline_jobs import InlineJobs
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

TODAY = date(2026, 3, 2)  # the test clock's day


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("28-02-2027", date(2027, 2, 28)),
        ("1-3", date(2027, 3, 1)),  # this year's has passed
        ("9-3", date(2026, 3, 9)),
        ("2-3", date(2026, 3, 2)),  # today is not past
        ("1 maart", date(2027, 3, 1)),
        ("15 mrt", date(2026, 3, 15)),
        ("15 mrt. 2028", date(2028, 3, 15)),
        ("4/5/27", date(2027, 5, 4)),
        ("30-2", None),
        ("1 maar", None),
        ("morgen", None),
        ("", None),
    ],
)
def test_dates_typed_the_dutch_way(typed: str, meant: date | None) -> None:
    assert parse_day(typed, TODAY) == meant


LargeText = Callable[[QWidget], None]


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[LargeText]:
    """Style a window at the largest text size Weergave offers, as the app's theme does.

    The style sheet goes on the window under test, not on the application: restyling the
    application repolishes every widget earlier tests left waiting for deletion, which
    crashed a test worker.
    """
    font = qapp.font()
    large = QFont(font)
    large.setFamilies(FONT_FAMILIES)
    large.setPointSize(22)
    qapp.setFont(large)

    def styled(window: QWidget) -> None:
        window.setStyleSheet(style_sheet(22))
        for _round in range(3):  # the restyled layouts settle, inner ones first
            QApplication.sendPostedEvents()
            QApplication.processEvents()

    yield styled
    qapp.setFont(font)


def _page(qtbot: QtBot, uow: UnitOfWork, actor: Actor, width: int = 1200) -> RoomsPage:
    folder = DataFolder(uow.database.path.parent)
    page = RoomsPage(PageContext(uow, folder, lambda: actor, jobs=InlineJobs()))
    qtbot.addWidget(page)
    page.resize(width, 698)
    page.show()
    return page


def _new_booking(qtbot: QtBot, page: RoomsPage) -> BookingDialog:
    qtbot.mouseClick(page.new_booking, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert isinstance(page.dialog, BookingDialog)
    return page.dialog


def _type_date(qtbot: QtBot, dialog: BookingDialog, text: str) -> None:
    dialog.day.line.selectAll()
    qtbot.keyClicks(dialog.day.line, text)
    dialog.day.line.editingFinished.emit()  # as when the desk tabs on


def _bookings(uow: UnitOfWork) -> list[tuple[date, str]]:
    with uow.read() as tx:
        rows = tx.session.scalars(select(Booking).order_by(Booking.starts_at))
        return [(b.starts_at.astimezone(LOCAL_ZONE).date(), str(b.hirer_id)) for b in rows]


def test_a_new_booking_with_a_typed_date_and_a_chosen_hirer(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    club = make.hirer(uow, desk_manager)
    page = _page(qtbot, uow, desk_manager)
    assert page.new_booking.text() == "Nieuwe boeking (Ctrl+N)"
    dialog = _new_booking(qtbot, page)
    assert dialog.day.day() == TODAY  # 10:30: the morning is not over yet
    assert dialog.part.currentData() == DayPartKey.MORNING

    _type_date(qtbot, dialog, "1-3")
    assert dialog.day.line.text() == "01-03-2027"
    dialog.hirer.setCurrentIndex(dialog.hirer.findData(str(club)))
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert _bookings(uow) == [(date(2027, 3, 1), str(club))]
    assert page.calendar.model.headerData(0, Qt.Orientation.Horizontal) == "ma\n1 mrt"


def test_a_date_that_cannot_be_read_is_refused_in_dutch(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    make.hirer(uow, desk_manager)
    dialog = _new_booking(qtbot, _page(qtbot, uow, desk_manager))
    dialog.hirer.setCurrentIndex(0)
    _type_date(qtbot, dialog, "30-2")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "De datum '30-2' kan ik niet lezen" in dialog.message.text()
    assert _bookings(uow) == []


def test_no_hirer_is_preselected_and_booking_without_one_is_refused(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    make.hirer(uow, desk_manager)
    dialog = _new_booking(qtbot, _page(qtbot, uow, desk_manager))
    assert dialog.hirer.currentIndex() == -1
    assert dialog.hirer.currentText() == ""
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Kies eerst een huurder, of voeg een nieuwe huurder toe."
    assert dialog.isVisible()
    assert _bookings(uow) == []


def test_the_evening_part_shows_the_evening_times(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    dialog = _new_booking(qtbot, _page(qtbot, uow, desk_manager))
    evening = day_part_times(uow)[DayPartKey.EVENING]
    assert evening == (time(18, 0), time(22, 30))
    dialog.part.setCurrentIndex(dialog.part.findData(DayPartKey.EVENING))
    assert (dialog.starts.time(), dialog.ends.time()) == (QTime(18, 0), QTime(22, 30))
    assert not dialog.starts.isEnabled()
    dialog.part.setCurrentIndex(dialog.part.findData(DayPartKey.MORNING))
    assert dialog.starts.time() != QTime(18, 0)
    dialog.part.setCurrentIndex(dialog.part.count() - 1)  # own times: free to change
    assert dialog.starts.isEnabled()


def _weekly_ten_times_with_two_clashes(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, page: RoomsPage
) -> tuple[BookingDialog, str]:
    room_id, club = make.room(uow, desk_manager), make.hirer(uow, desk_manager)
    family = make.hirer(uow, desk_manager, "Familie Yilmaz")
    for weeks in (2, 5):
        day = MONDAY + timedelta(weeks=weeks)
        book_room(uow, desk_manager, make.request(room_id, family, day=day))
    page.calendar.go_to(MONDAY)
    cell = page.calendar.model.index(list(DayPartKey).index(DayPartKey.EVENING), 0)
    page.calendar.table.scrollTo(cell)
    qtbot.mouseClick(
        page.calendar.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.calendar.table.visualRect(cell).center(),
    )
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    dialog.hirer.setCurrentIndex(dialog.hirer.findData(str(club)))
    dialog.repeat.setCurrentIndex(1)  # every week
    dialog.ends_by.setCurrentIndex(dialog.ends_by.findData("times"))
    assert dialog.times.isVisible()
    assert not dialog.until.isVisible()
    dialog.times.selectAll()
    qtbot.keyClicks(dialog.times, "10")
    return dialog, str(club)


def test_a_weekly_series_of_ten_times_skips_two_clashes_and_sums_up(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    page = _page(qtbot, uow, desk_manager)
    dialog, club = _weekly_ten_times_with_two_clashes(qtbot, uow, desk_manager, page)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "23-03-2026" in dialog.message.text()
    assert "13-04-2026" in dialog.message.text()
    assert dialog.book_button.text() == "Deze data overslaan en de rest boeken"
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.message.text() == "8 geboekt, 2 overgeslagen: 23-03, 13-04"
    assert page.message.isVisible()
    ours = [day for day, hirer in _bookings(uow) if hirer == club]
    assert ours == [MONDAY + timedelta(weeks=n) for n in range(10) if n not in (2, 5)]


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_at_22pt_the_dialog_and_its_buttons_fit_the_screen_with_a_long_conflict_list(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, large_text: LargeText
) -> None:
    page = _page(qtbot, uow, desk_manager)
    large_text(page)
    dialog, _club = _weekly_ten_times_with_two_clashes(qtbot, uow, desk_manager, page)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible()
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry())
    for button in dialog.findChildren(QPushButton):
        if button.isVisible() and not dialog.fitting.content.isAncestorOf(button):
            assert screen.contains(_global_rect(button)), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()
    assert dialog.fitting.content.sizeHint().height() > dialog.fitting.scroll.height()


def test_at_22pt_no_label_or_button_of_the_agenda_is_cut(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, large_text: LargeText
) -> None:
    room_id, club = make.room(uow, desk_manager), make.hirer(uow, desk_manager)
    youth = make.request(room_id, club, starts=time(8, 30), ends=time(12, 0))
    book_room(uow, desk_manager, replace(youth, description="Jongerenwerkplaats"))
    page = _page(qtbot, uow, desk_manager, width=1000)  # the page beside the side bar
    large_text(page)
    page.calendar.go_to(MONDAY)
    qtbot.waitUntil(page.calendar.isVisible)
    widgets: list[QPushButton | QLabel] = [page.new_booking]
    widgets += page.calendar.findChildren(QPushButton)
    widgets += [w for w in page.calendar.findChildren(QLabel) if w.text()]
    for widget in widgets:
        assert isinstance(widget, QPushButton | QLabel)
        text = widget.text()
        if isinstance(widget, QLabel) and widget.wordWrap():  # it may wrap, not be cut
            assert widget.heightForWidth(widget.width()) <= widget.height(), text
            continue
        assert widget.fontMetrics().horizontalAdvance(text) <= widget.width(), text
        if isinstance(widget, QPushButton):  # its padding too, or the style cuts the text
            assert widget.width() >= widget.minimumSizeHint().width(), text
    header = page.calendar.table.horizontalHeader()
    for column in range(7):
        text = str(page.calendar.model.headerData(column, Qt.Orientation.Horizontal))
        widest = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        assert widest < header.sectionSize(column), text
    table = page.calendar.table
    cell = page.calendar.model.index(0, 0)
    assert str(cell.data()) == "Jongerenwerkplaats\n08:30–12:00"
    assert table.fontMetrics().horizontalAdvance("08:30–12:00") < table.columnWidth(0)
    assert "Jongerenwerkplaats" in str(cell.data(Qt.ItemDataRole.ToolTipRole))


def test_the_free_room_search_reads_a_typed_date_and_refuses_an_unreadable_one(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    page = _page(qtbot, uow, desk_manager)
    page.tabs.setCurrentWidget(page.finder)
    finder = page.finder
    finder.day.line.selectAll()
    qtbot.keyClicks(finder.day.line, "9 mrt")
    assert finder.day.day() == MONDAY
    search = next(b for b in finder.findChildren(QPushButton) if b.text() == "Zoek een vrije zaal")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert finder.results.count() == 1
    finder.day.line.selectAll()
    qtbot.keyClicks(finder.day.line, "9 mrtt")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert "De datum '9 mrtt' kan ik niet lezen" in finder.message.text()
    assert finder.results.count() == 0


def test_a_private_party_over_the_yearly_cap_is_refused_with_the_count(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    room, family = make.room(uow, desk_manager), make.hirer(uow, desk_manager, "Familie Yilmaz")
    for week in range(4):
        party = make.request(room, family, day=MONDAY + timedelta(weeks=week))
        book_room(uow, desk_manager, replace(party, private_party=True))
    dialog = _new_booking(qtbot, _page(qtbot, uow, desk_manager))
    _type_date(qtbot, dialog, "13-4-2026")
    dialog.hirer.setCurrentIndex(dialog.hirer.findData(str(family)))
    qtbot.mouseClick(dialog.private_party, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert "hoogstens 4 besloten feesten" in dialog.message.text()
    assert "al 4 geboekt" in dialog.message.text()
    assert dialog.isVisible()
    assert len(_bookings(uow)) == 4
    qtbot.mouseClick(dialog.private_party, Qt.MouseButton.LeftButton)  # a party without alcohol
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(_bookings(uow)) == 5
