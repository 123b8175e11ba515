"""A change re-reads only the page on screen; a hidden page shows current figures when opened."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.living_room import figures
from desk_app.services.living_room.figures import VisitFigures
from desk_app.services.uow import UnitOfWork
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.main_window import MainWindow
from desk_app.ui.overview.page import OverviewPage
from desk_app.ui.page import Page
from desk_app.ui.sections import SECTIONS


def _index(page_type: type[Page]) -> int:
    return [section.page_type() for section in SECTIONS].index(page_type)


def _open(qtbot: QtBot, desk: Desk, actor: Actor) -> MainWindow:
    window = MainWindow(desk, "De Meent", actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_walk_in_leaves_hidden_pages_alone_until_they_are_shown(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = _open(qtbot, empty_desk, desk_manager)
    for page_type in (DayClosePage, OverviewPage):
        window.show_section(_index(page_type))
    day_close = window.page(_index(DayClosePage))
    overview = window.page(_index(OverviewPage))
    assert isinstance(day_close, DayClosePage)
    assert isinstance(overview, OverviewPage)
    window.show_section(0)
    living_room = window.current_page()
    assert isinstance(living_room, LivingRoomPage)
    visits_label = day_close.summary.values["visits"]
    assert visits_label.text() == "0 (0)"
    for _ in range(2):
        qtbot.mouseClick(living_room.panel.count_button, Qt.MouseButton.LeftButton)
    assert visits_label.text() == "0 (0)"  # hidden: not re-read on every scan
    assert sum(overview.visits.values()) == 0
    window.show_section(_index(DayClosePage))
    assert visits_label.text().startswith("2 ")
    window.show_section(_index(OverviewPage))
    assert sum(overview.visits.values()) == 2


def test_every_page_that_follows_changes_rereads_when_shown() -> None:
    """A page told of changes only while on screen must catch up in its ``showEvent``."""
    for section in SECTIONS:
        page_type = section.page_type()
        if page_type.refresh_for is not Page.refresh_for:
            assert page_type.showEvent is not Page.showEvent, page_type.__name__


def test_the_first_page_reads_once_as_the_window_opens_and_again_when_shown_later(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[date] = []
    read = figures.visit_figures

    def counted(uow: UnitOfWork) -> VisitFigures:
        latest = read(uow)
        reads.append(latest.day)
        return latest

    monkeypatch.setattr(figures, "visit_figures", counted)
    window = _open(qtbot, empty_desk, desk_manager)
    living_room = window.current_page()
    assert isinstance(living_room, LivingRoomPage)
    assert len(reads) == 1  # built and shown in one turn: read once, not twice
    qtbot.waitUntil(lambda: not living_room.just_built)  # the event loop turned
    window.show_section(_index(DayClosePage))
    window.show_section(0)
    assert len(reads) == 2  # shown again later: read again
