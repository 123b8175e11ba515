"""The mouse wheel never changes a choice or a count that has no focus: it scrolls the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.bar.page import BarPage
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.main_window import MainWindow
from tests.unit import hire_factories as hire
from tests.unit.till_factories import Bar, set_up_bar

BAR, LIVING_ROOM = 1, 0


@pytest.fixture
def bar(uow: UnitOfWork, desk_manager: Actor) -> Bar:
    set_up = set_up_bar(uow, desk_manager)
    hire.hirer(uow, desk_manager, "Coachpraktijk Kompas")
    hire.hirer(uow, desk_manager, "Koor Zanglust")
    return set_up


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, bar: Bar, jobs: BackgroundJobs) -> MainWindow:
    shown = MainWindow(desk, "De Meent", bar.manager, jobs=jobs)
    qtbot.addWidget(shown)
    shown.resize(1366, 698)
    shown.show()
    return shown


def roll(widget: QWidget, notches: int) -> None:
    """Turn the wheel over the middle of ``widget``, through the application as a mouse does."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_hirer_picker_picks_no_hirer(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_section(BAR)
    page = window.current_page()
    assert isinstance(page, BarPage)
    holder = page.pay.holder
    qtbot.waitUntil(lambda: holder.count() == 2)
    assert (holder.currentIndex(), holder.currentText()) == (-1, "")  # empty until chosen
    page.pay.tendered.setFocus()
    for target in (holder, holder.lineEdit()):
        assert target is not None
        roll(target, 2)
    assert (holder.currentIndex(), holder.currentText()) == (-1, "")
    assert not holder.hasFocus()


def test_the_wheel_over_an_unfocused_group_size_leaves_the_count(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_section(LIVING_ROOM)
    page = window.current_page()
    assert isinstance(page, LivingRoomPage)
    spin = page.panel.group_size
    qtbot.waitUntil(spin.isVisible)
    before = spin.value()
    roll(spin, 3)
    assert spin.value() == before
    assert not spin.hasFocus()


def test_a_control_with_the_focus_still_follows_the_wheel(qtbot: QtBot, window: MainWindow) -> None:
    window.show_section(LIVING_ROOM)
    page = window.current_page()
    assert isinstance(page, LivingRoomPage)
    spin = page.panel.group_size
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)  # a tap chooses it
    qtbot.waitUntil(spin.hasFocus)
    before = spin.value()
    roll(spin, 1)
    assert spin.value() != before


def test_on_account_without_a_chosen_hirer_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.show_section(BAR)
    page = window.current_page()
    assert isinstance(page, BarPage)
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pay.on_account, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Kies eerst de huurder op wiens factuur dit komt."
    assert page.basket.rowCount() == 1  # nothing sold
