"""Office mode fits 1366x768 beside a taskbar at every text size, in Dutch and English.

Every page of the office window and every dialog of office mode, filled as the gallery fills
them (``tests/screens/office.py``): what ``make screenshots`` shows is what is checked here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.paths import DataFolder
from desk_app.services.office.address import OfficeAddress
from desk_app.services.preferences import load_preferences
from desk_app.services.uow import UnitOfWork
from desk_app.ui.app import application
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office.app import OfficeMode
from desk_app.ui.office.prices import PricesPage
from desk_app.ui.office.window import OFFICE_PAGES, OfficeWindow
from desk_app.ui.resources import style_sheet
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.theme import FONT_FAMILIES
from tests.screens import office
from tests.screens.gallery import TITLE_BAR, WINDOW, show_dialog
from tests.ui.fit import (
    button_box_problems,
    crowded_problems,
    frame_problems,
    sideways_problems,
    text_problems,
    touch_problems,
)
from tests.ui.test_english_complete import TS, dutch_calendar_words
from tests.ui.test_fit import AVAILABLE
from tests.ui.test_keyboard_and_names import nameless
from tests.ui.visible_texts import DutchTexts, visible_texts

SIZES = (13, 18, 22)
# Pages whose tables still show fewer than two rows at once: the signals' rows of wrapped
# advice are taller than half the page. An exception to shrink, not to grow.
CROWDED_LEFT = {"signals"}


@pytest.fixture(params=[(language, size) for language in ("nl", "en") for size in SIZES])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[str, int]]:
    """The app in a language at a text size, put back afterwards."""
    language, size = request.param
    font = qapp.font()
    themed = QFont()
    themed.setFamilies(FONT_FAMILIES)
    themed.setPointSize(size)
    qapp.setFont(themed)
    translators = install_translators(qapp, language)
    yield language, size
    remove_translators(qapp, translators)
    qapp.setFont(font)


def _settle() -> None:
    for _round in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _in_every_tab(screen: QWidget, measure: Callable[[], list[str]]) -> list[str]:
    found = measure()
    for tabs in screen.findChildren(TabButtons):
        for button in tabs.buttons[1:] + tabs.buttons[:1]:
            button.click()
            _settle()
            found += [f"tab {button.text()!r}: {problem}" for problem in measure()]
    return list(dict.fromkeys(found))


def _window_problems(window: OfficeWindow) -> list[str]:
    return (
        frame_problems(window, TITLE_BAR, AVAILABLE)
        + sideways_problems(window)
        + text_problems(window)
        + touch_problems(window)
        + _navigation_problems(window)
    )


def _navigation_problems(window: OfficeWindow) -> list[str]:
    """Every page's name whole in the navigation: its entry holds the icon, padding and text."""
    navigation, found = window.navigation, []
    bold = QFont(navigation.font())
    bold.setBold(True)  # as the chosen entry is written
    metrics = QFontMetrics(bold)
    for row in range(navigation.count()):
        item = navigation.item(row)
        marker = 6  # the chosen entry's left border
        needed = metrics.horizontalAdvance(item.text()) + navigation.iconSize().width() + 2 * 12
        needed += marker
        has = navigation.visualItemRect(item).width()
        if has < needed:
            found.append(f"navigation {item.text()!r} needs {needed} px, has {has}")
    return found


def test_the_office_window_fits_on_every_page(look: tuple[str, int]) -> None:
    found: list[str] = []
    with office.office_window(WINDOW, style_sheet(look[1])) as window:
        for name in office.FILLS:
            page = office.show_office_page(window, name)
            _settle()
            found += [
                f"{name}: {p}" for p in _in_every_tab(window, partial(_window_problems, window))
            ]
            found += [] if name in CROWDED_LEFT else crowded_problems(page)
            if page.minimumSizeHint().width() > window.stack.width():
                found.append(f"{name} needs {page.minimumSizeHint().width()} px")
    assert not found, f"{look}:\n  " + "\n  ".join(found)


def test_every_page_of_the_window_is_in_the_gallery() -> None:
    shown = [kind.__name__ for kind, _fill in office.FILLS.values()]
    assert shown == [getattr(page, "__name__", "") for page in OFFICE_PAGES]


def test_the_office_dialogs_fit(look: tuple[str, int], tmp_path: Path) -> None:
    found: list[str] = []
    uow = cast(UnitOfWork, Any)
    with office.office_window(WINDOW, style_sheet(look[1])) as window:
        for name, make in office.DIALOGS.items():
            dialog = make(window, uow, DataFolder(tmp_path))
            show_dialog(dialog)
            _settle()
            try:
                found += [
                    f"{name}: {problem}"
                    for problem in frame_problems(dialog, TITLE_BAR, AVAILABLE)
                    + button_box_problems(dialog)
                    + sideways_problems(dialog)
                    + text_problems(dialog)
                    + touch_problems(dialog)
                ]
            finally:
                dialog.close()
                dialog.deleteLater()
    assert not found, f"{look}:\n  " + "\n  ".join(found)


def test_the_office_window_reads_in_english_and_names_every_control(
    qapp: QApplication, english_qm: Path
) -> None:
    translators = install_translators(qapp, "en")
    dutch = DutchTexts(TS, dutch_calendar_words())
    found: list[str] = []
    try:
        with office.office_window(WINDOW) as window:
            for name in office.FILLS:
                page = office.show_office_page(window, name)
                _settle()
                found += _in_every_tab(page, partial(_english_problems, window, dutch))
    finally:
        remove_translators(qapp, translators)
    assert not found, "\n".join(sorted(set(found)))


def _english_problems(window: QWidget, dutch: DutchTexts) -> list[str]:
    """Dutch that escaped the translation (the data is the office's own), nameless controls."""
    book = office.BOOK
    data = sorted(
        {*(line.category for line in book.lines), *(line.name for line in book.lines)}
        | {"koffie 2027", "Grote zaal", "MEE, OPH, WES", *book.centres, *office.NAMES}
        | {"Amstelveen", "Ouder-Amstel", "Annemiek"},
        key=len,
        reverse=True,
    )
    found = [
        f"{seen.where}: {seen.text!r}"
        for seen in visible_texts(window)
        if dutch.why_dutch(seen.text, data)
    ]
    return found + [f"nameless {name}" for name in nameless(window)]


def test_another_language_builds_the_window_anew_and_is_kept(
    qtbot: QtBot, empty_desk: Desk, jobs: BackgroundJobs
) -> None:
    office = OfficeMode(application(), empty_desk, jobs)
    window = office.show(OfficeAddress("postgresql://kantoor@127.0.0.1:1/buurthuizen"))
    qtbot.addWidget(window)
    try:
        window.language.setCurrentIndex(window.language.findData("en"))
        window.language.activated.emit(window.language.currentIndex())
        assert office.window is not None
        assert office.window is not window
        qtbot.addWidget(office.window)
        assert office.window.windowTitle() == "The organisation's office"
        assert office.window.navigation.item(2).text() == "Prices and tariffs"
        assert load_preferences(empty_desk.uow).language == "en"
        page = office.window.open_page(PricesPage)
        assert isinstance(page, PricesPage)
        qtbot.waitUntil(lambda: bool(page.message.text()))  # the address does not answer
    finally:
        remove_translators(application(), office.translators)
