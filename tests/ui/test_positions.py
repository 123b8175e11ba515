"""Nothing moves under a finger: every button of the Huiskamer, the Bar and Dagafsluiting stays put.

Each action (a count, a scan, a sale, a paid sale showing change, an error) is done on the
page in the main window at 1366x698, at the default and the largest text size; every button
shown before it is in the same place, mapped to the window, after it, and no scroll bar
came or went.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.living_room.passes import issue_passes
from desk_app.ui.bar.page import BarPage
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.main_window import MainWindow
from desk_app.ui.page import Page
from desk_app.ui.resources import style_sheet
from desk_app.ui.theme import FONT_FAMILIES
from tests.ui.test_day_close import click, type_count
from tests.unit import hire_factories as hire
from tests.unit.till_factories import set_up_bar

TEXT_SIZES = (13, 22)  # the default and the largest size Weergave offers
WINDOW = (1366, 698)  # 768 px minus a 40 px taskbar and a 30 px title bar

Places = dict[QPushButton, QRect]
P = TypeVar("P", bound=Page)


@pytest.fixture(params=TEXT_SIZES, ids=[f"{size}pt" for size in TEXT_SIZES])
def window(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    qapp: QApplication,
    *,
    desk: Desk,
    desk_manager: Actor,
    jobs: BackgroundJobs,
) -> Iterator[MainWindow]:
    """The main window with the manager at the desk, styled at the text size (not the app)."""
    set_up_bar(desk.uow, desk_manager)
    hire.hirer(desk.uow, desk_manager, "Coachpraktijk Kompas")
    font = qapp.font()
    sized = QFont(font)
    sized.setFamilies(FONT_FAMILIES)
    sized.setPointSize(request.param)
    qapp.setFont(sized)
    shown = MainWindow(desk, "De Meent", desk_manager, jobs=jobs)
    qtbot.addWidget(shown)
    shown.setStyleSheet(style_sheet(request.param))
    shown.resize(*WINDOW)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    qapp.setFont(font)


def open_page(window: MainWindow, kind: type[P]) -> P:
    """Show the section of page type ``kind`` and return its page."""
    page = next(page for page in window.pages if isinstance(page, kind))
    window.show_section(window.pages.index(page))
    settle()
    return page


def settle() -> None:
    """Let restyled and re-laid-out widgets take their places, inner layouts first."""
    for _round in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def places(page: QWidget, window: QWidget) -> Places:
    """Where each button shown on ``page`` is, in the window's coordinates."""
    return {
        button: QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        for button in page.findChildren(QPushButton)
        if button.isVisible()
    }


def scroll_bars(window: MainWindow) -> list[bool]:
    """Which scroll bars of the window's scroll areas are shown."""
    return [
        bar.isVisible()
        for area in window.findChildren(QScrollArea)
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar())
    ]


def assert_still(window: MainWindow, page: QWidget, action: Callable[[], object]) -> None:
    """``action`` moves no button that was shown before it, and shows or hides no scroll bar."""
    settle()
    before, bars = places(page, window), scroll_bars(window)
    action()
    settle()
    after = places(page, window)
    moved = {
        button.text() or button.accessibleName(): (was, after[button])
        for button, was in before.items()
        if button in after and after[button] != was
    }
    assert moved == {}
    assert scroll_bars(window) == bars


def test_the_living_room_stays_put_for_counts_scans_and_errors(
    qtbot: QtBot, window: MainWindow, desk: Desk, desk_manager: Actor
) -> None:
    page = open_page(window, LivingRoomPage)
    [code] = issue_passes(desk.uow, desk_manager)

    def scan(text: str) -> None:
        qtbot.keyClicks(page.panel.scan_field, text)
        qtbot.keyClick(page.panel.scan_field, Qt.Key.Key_Return)

    def count() -> None:
        qtbot.mouseClick(page.panel.count_button, Qt.MouseButton.LeftButton)

    assert_still(window, page, count)
    assert "geteld" in page.panel.message.text()
    assert_still(window, page, lambda: scan(code))
    assert "Welkom" in page.panel.message.text() or "bezoek" in page.panel.message.text()
    assert_still(window, page, lambda: scan("ONBEKEND-1234567"))
    assert page.panel.message.label.property("kind") == "error"
    assert_still(window, page, count)
    assert_still(
        window,
        page,
        lambda: qtbot.mouseClick(page.panel.purposes.buttons()[1], Qt.MouseButton.LeftButton),
    )  # an activity's choice appears in its own place


def test_the_bar_stays_put_for_sales_change_and_errors(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(window, BarPage)

    def tap(button: QPushButton) -> Callable[[], None]:
        return lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def paid_with_a_note() -> None:
        qtbot.keyClicks(page.pay.tendered, "5,00")
        with qtbot.waitSignal(page.sale_recorded):
            qtbot.mouseClick(page.pay.cash, Qt.MouseButton.LeftButton)

    assert_still(window, page, tap(page.grid.tiles["Koffie"]))
    assert_still(window, page, tap(page.pay.on_account))  # an error: no hirer chosen
    assert "huurder" in page.message.text()
    assert_still(window, page, paid_with_a_note)
    assert page.change.text() == "Wisselgeld €\xa03,80"
    assert_still(window, page, tap(page.grid.tiles["Thee"]))  # the next sale clears the change
    assert page.change.text() == ""
    assert_still(window, page, tap(page.pay.card))
    assert_still(window, page, tap(page.grid.categories["Bier"]))


def test_the_day_close_stays_put_for_a_count_and_an_error(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(window, DayClosePage)

    def counted(pieces: dict[int, str]) -> Callable[[], None]:
        def count() -> None:
            type_count(qtbot, page, pieces)
            click(qtbot, page, "count_done")

        return count

    assert_still(window, page, counted({100: "drie"}))  # refused: not a number
    assert page.message.isVisible()
    assert_still(window, page, counted({100: "3"}))
    assert page.count.again.isVisible()
