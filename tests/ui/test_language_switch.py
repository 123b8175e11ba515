"""The language changes without a restart: Weergave swaps the translation, the window follows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.preferences import load_preferences
from desk_app.ui.app import DeskApp
from desk_app.ui.bar.page import BarPage
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.display import DisplayDialog
from desk_app.ui.i18n import remove_translators
from desk_app.ui.main_window import MainWindow
from desk_app.ui.resources import resource_dir
from tests.ui.visible_texts import DutchTexts, visible_texts
from tests.unit.till_factories import set_up_bar

TS = resource_dir() / "translations" / "desk_app_en.ts"
BAR, DAY_CLOSE = 1, 5


@pytest.fixture
def desk_app(qapp: QApplication, english_qm: Path, empty_desk: Desk) -> Iterator[DeskApp]:
    """The app's own wiring of preferences to the screen, without its event loop."""
    del english_qm
    wired = DeskApp(qapp, empty_desk)
    yield wired
    remove_translators(qapp, wired.translators)
    assert wired.jobs.wait(10_000)


def choose_language(qtbot: QtBot, window: MainWindow, language: str, first_entry: str) -> None:
    """Weergave, the language picked and saved; wait until the navigation reads in it."""
    window.open_display_settings()
    dialog = window.dialog
    assert isinstance(dialog, DisplayDialog)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.save()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == first_entry)
    dialog.close()


def navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_the_language_switches_and_back_without_a_restart(
    qtbot: QtBot, desk_app: DeskApp, empty_desk: Desk, desk_manager: Actor
) -> None:
    set_up_bar(empty_desk.uow, desk_manager)
    window = desk_app.main_window(desk_manager)
    qtbot.addWidget(window)
    window.show()
    window.show_section(BAR)
    bar = window.page(BAR)
    assert isinstance(bar, BarPage)
    qtbot.mouseClick(bar.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)  # a sale being rung up
    window.show_section(DAY_CLOSE)
    page = window.page(DAY_CLOSE)
    assert isinstance(page, DayClosePage)
    page.count.fields[200].setText("7")  # a count begun in Dutch is not lost

    choose_language(qtbot, window, "en", "Living room")

    assert load_preferences(empty_desk.uow).language == "en"
    assert navigation(window)[-2:] == ["Day close", "Overview"]
    assert window.windowTitle() == "Desk De Meent"
    assert window.switch_button.text() == "Switch"
    assert window.status.person.whole_text() == "At the desk: Sanne de Vries (social manager)"
    assert window.actor == desk_manager
    english_page = window.current_page()
    assert isinstance(english_page, DayClosePage)
    assert english_page is not page
    assert english_page.count.fields[200].text() == "7"
    assert english_page.count.done.text() == "Count done"
    english_bar = window.page(BAR)
    assert isinstance(english_bar, BarPage)
    assert english_bar.basket.rowCount() == 1
    assert english_bar.total.text() == "Total €1.20"
    dutch = DutchTexts(TS)
    data = ["De Meent", "Koffie"]
    assert [s for s in visible_texts(window) if dutch.why_dutch(s.text, data)] == []

    choose_language(qtbot, window, "nl", "Huiskamer")

    assert navigation(window)[-2:] == ["Dagafsluiting", "Overzicht"]
    assert window.windowTitle() == "Balie De Meent"
    assert window.status.person.whole_text() == "Aan de balie: Sanne de Vries (sociaal beheerder)"
    dutch_page = window.current_page()
    assert isinstance(dutch_page, DayClosePage)
    assert dutch_page.count.fields[200].text() == "7"
    assert dutch_page.count.done.text() == "Telling klaar"
