"""Everything fits 1366x768 with a taskbar, at every text size of Weergave, in Dutch and English.

The pages and dialogs are the screenshot gallery's (``tests/screens``), shown the way it shows
them. One demo centre serves the whole module (the checks only look, never write), and one
main window per language and text size serves every page and dialog of that pair.

The desk's own pages (Huiskamer, Bar, Dagafsluiting) also keep every button in view without
scrolling: on the Huiskamer the count and *Bezoeker binnen +1* among them, on the Bar the
tiles of every category; the navigation beside them elides no section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, QSize, QTranslator
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.pin_hashing import PRODUCTION_PIN_COST, use_pin_cost_in_tests
from desk_app.services.preferences import FONT_SIZES, LANGUAGES
from desk_app.ui.bar.page import BarPage
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.key_hints import KeyedButton, key_font
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.main_window import MainWindow
from desk_app.ui.page import Page
from desk_app.ui.resources import style_sheet
from desk_app.ui.rooms.page import RoomsPage
from desk_app.ui.sections import SECTIONS
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.theme import FONT_FAMILIES
from tests.conftest import TEST_PIN_COST
from tests.screens.dialogs import DIALOGS
from tests.screens.gallery import TITLE_BAR, WINDOW, demo_desk, demo_manager, show_dialog
from tests.ui.fit import (
    button_box_problems,
    cell_problems,
    crowded_problems,
    dismiss_order_problems,
    frame_problems,
    out_of_view_problems,
    placeholder_problems,
    sideways_problems,
    text_problems,
    touch_problems,
)

AVAILABLE = QSize(1366, 768 - 40)  # the screen beside a 40 px taskbar
PAGES = {section.icon_name: index for index, section in enumerate(SECTIONS)}
DEFAULT_SIZE = 13  # pt: Weergave's default text size
NAVIGATION_WIDEST = 260  # px: the navigation never takes the width the pages need
# Pages and dialogs whose grids promise every word whole (the roster, the week, the lists).
WHOLE_CELLS = {"roster", "zalen", "activiteiten", "vrijwilligers"}

# One window per language and size serves every case; the module sets and restores the
# app's font itself (the ``app_look`` fixture leaves it alone).
SHARES_ONE_WINDOW = True


@dataclass
class Screens:
    """The demo centre and the one main window of the language and size asked last."""

    desk: Desk
    actor: Actor
    key: tuple[str, int] | None = None
    window: MainWindow | None = None
    translators: list[QTranslator] = field(default_factory=list)

    def main_window(self, language: str, size: int) -> MainWindow:
        """The main window in ``language`` at ``size`` points, every page built."""
        if self.key != (language, size) or self.window is None:
            self.close()
            _app().setFont(_themed_font(size))  # the charts' own texts follow the app's font
            self.translators = install_translators(_app(), language)
            self.window = MainWindow(self.desk, "De Meent", self.actor)
            self.window.setStyleSheet(style_sheet(size))
            self.window.resize(WINDOW)
            self.window.show()
            _ = self.window.pages
            self.key = (language, size)
            _settle()  # a window in use was left settled by the case before
        return self.window

    def close(self) -> None:
        """Close the window and take its language away."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            _settle()
        remove_translators(_app(), self.translators)
        self.window, self.key, self.translators = None, None, []


@pytest.fixture(scope="module")
def screens(qapp: QApplication) -> Iterator[Screens]:
    """One demo centre with its manager logged in; the app's own font is restored after.

    Made before the tests' cheap PIN hashing is switched on for each test, so switched on
    here: production-cost hashes would take seconds for the demo's accounts and the login.
    """
    font = qapp.font()
    use_pin_cost_in_tests(TEST_PIN_COST)
    try:
        with demo_desk() as desk:
            shown = Screens(desk, demo_manager(desk))
            yield shown
            shown.close()
    finally:
        use_pin_cost_in_tests(PRODUCTION_PIN_COST)
        qapp.setFont(font)


def _cases() -> Iterator[object]:
    names = ["window", *(f"page-{name}" for name in PAGES), *(f"dialog-{d}" for d in DIALOGS)]
    for language in LANGUAGES:
        for size in FONT_SIZES:
            for name in names:
                yield pytest.param(language, size, name, id=f"{language}-{size}pt-{name}")


@pytest.mark.parametrize(("language", "size", "name"), list(_cases()))
def test_screen_fits(screens: Screens, language: str, size: int, name: str) -> None:
    """The window, page or dialog fits beside the taskbar, its texts whole, its buttons big."""
    window = screens.main_window(language, size)
    if name == "window":
        found = _window_problems(window)
    elif name.startswith("page-"):
        found = _page_problems(window, PAGES[name.removeprefix("page-")])
        if name == "page-zalen" and size <= DEFAULT_SIZE:
            found += _week_problems(window.current_page())
    else:
        found = _dialog_problems(screens, window, name.removeprefix("dialog-"))
    where = f"{name} at {size} pt in {language}"
    assert not found, f"{where}:\n  " + "\n  ".join(found)


def _window_problems(window: MainWindow) -> list[str]:
    return (
        frame_problems(window, TITLE_BAR, AVAILABLE)
        + text_problems(window, leave_out=window.stack)
        + touch_problems(window, leave_out=window.stack)
        + _navigation_problems(window)
        + _key_problems(window)
    )


def _key_problems(window: MainWindow) -> list[str]:
    """The side buttons' and the navigation's keys are written whole inside them."""
    found = []
    for button in window.findChildren(KeyedButton):
        keys, line = str(button.property("keys")), button.key_line()
        width = QFontMetrics(key_font(button.font())).horizontalAdvance(keys)
        if line.width() < width or not button.rect().contains(line.adjusted(0, 0, -1, -1)):
            found.append(f"the keys {keys!r} of {button.text()!r} do not fit {line}")
    navigation = window.navigation
    two_lines = (
        QFontMetrics(navigation.font()).height()
        + QFontMetrics(key_font(navigation.font())).height()
    )
    for row in range(navigation.count()):
        if navigation.visualItemRect(navigation.item(row)).height() < two_lines:
            found.append(f"the entry {navigation.item(row).text()!r} has no room for its keys")
    return found


def _navigation_problems(window: MainWindow) -> list[str]:
    """Every section's name whole in the navigation, which stays narrow."""
    navigation = window.navigation
    needed = navigation.sizeHintForColumn(0) + 2 * navigation.frameWidth()
    has = navigation.viewport().width() + 2 * navigation.frameWidth()
    found = [f"the navigation needs {needed} px, has {has}"] if has < needed else []
    if navigation.width() > NAVIGATION_WIDEST:
        found.append(f"the navigation is {navigation.width()} px wide")
    return found


def _page_problems(window: MainWindow, index: int) -> list[str]:
    window.show_section(index)
    _settle()
    page = window.page(index)

    def measure() -> list[str]:
        area = window.stack.currentWidget()
        assert area is not None
        found = frame_problems(window, TITLE_BAR, AVAILABLE) + sideways_problems(window.stack)
        if page.minimumSizeHint().width() > area.width():
            found.append(f"the page needs {page.minimumSizeHint().width()} px, has {area.width()}")
        found += cell_problems(page) if page.icon_name in WHOLE_CELLS else []
        found += crowded_problems(page)
        return found + text_problems(page) + touch_problems(page) + placeholder_problems(page)

    return _in_every_tab(page, measure) + _desk_page_problems(window, page)


def _desk_page_problems(window: MainWindow, page: Page) -> list[str]:
    """On the desk's own pages every button is in view without scrolling, and more."""
    if not isinstance(page, LivingRoomPage | BarPage | DayClosePage):
        return []
    found = out_of_view_problems(page, window)
    if isinstance(page, LivingRoomPage):
        inside = page.figures.inside
        if inside.visibleRegion().boundingRect().height() < inside.height():
            found.append(f"the count {inside.text()!r} is not wholly in view")
    if isinstance(page, BarPage):
        found += _tile_problems(page)
    if isinstance(page, DayClosePage):
        found += _band_problems(page) + _count_problems(page)
    return found


def _count_problems(page: DayClosePage) -> list[str]:
    """The count's first field is in view at once, whatever blocks the close above it."""
    viewport = page.scroller.viewport()
    first = page.count.findChildren(QLineEdit)[0]
    bottom = first.mapTo(viewport, QPoint(0, first.height())).y()
    if page.count.isHidden() or bottom <= viewport.height():
        return []
    return [f"the count's first field ends at {bottom} px, below the {viewport.height()} in view"]


def _band_problems(page: DayClosePage) -> list[str]:
    """The day close's message place sits beside the title, not as an empty band below it."""
    title = page.findChild(QLabel, "title")
    assert title is not None
    if page.message_place.y() < title.geometry().bottom():
        return []
    return [f"the message place is a band below the title, {page.message_place.height()} px"]


def _week_problems(page: Page) -> list[str]:
    """At the usual text size the week calendar shows all seven days without scrolling."""
    assert isinstance(page, RoomsPage)
    table = page.calendar.table
    if table.horizontalScrollBar().maximum() == 0:
        return []
    return [f"the week scrolls sideways by {table.horizontalScrollBar().maximum()} px"]


def _tile_problems(page: BarPage) -> list[str]:
    """Every category's tiles in view at once: their area never scrolls."""
    grid, found = page.grid, []
    first = grid.current_category()
    for name, button in grid.categories.items():
        button.click()
        _settle()
        bars = (grid.scroller.verticalScrollBar(), grid.scroller.horizontalScrollBar())
        if any(bar.maximum() > 0 for bar in bars):
            found.append(f"the tiles of {name!r} scroll")
    if first is not None:
        grid.show_category(first)
    return found


def _dialog_problems(screens: Screens, window: MainWindow, name: str) -> list[str]:
    dialog = DIALOGS[name](window, screens.desk, screens.actor)
    try:
        show_dialog(dialog)
        _settle()
        return _in_every_tab(
            dialog,
            lambda: (
                frame_problems(dialog, TITLE_BAR, AVAILABLE)
                + button_box_problems(dialog)
                + dismiss_order_problems(dialog)
                + sideways_problems(dialog)
                + text_problems(dialog)
                + touch_problems(dialog)
                + placeholder_problems(dialog)
                + crowded_problems(dialog)
                + _font_problems(dialog, window)
                + (cell_problems(dialog) if name in WHOLE_CELLS else [])
            ),
        )
    finally:
        dialog.close()
        dialog.deleteLater()
        _settle()


def _in_every_tab(screen: QWidget, measure: Callable[[], list[str]]) -> list[str]:
    """What ``measure`` finds with each tab of the screen open in turn (its first one last)."""
    found = measure()
    for tabs in screen.findChildren(TabButtons):
        for button in tabs.buttons[1:] + tabs.buttons[:1]:
            button.click()
            _settle()
            found += [f"tab {button.text()!r}: {problem}" for problem in measure()]
    return list(dict.fromkeys(found))  # a problem outside the tabs once, not once per tab


def _font_problems(dialog: QWidget, window: QWidget) -> list[str]:
    """The dialog has the window's text size (the size Weergave chose)."""
    if dialog.font().pointSize() == window.font().pointSize():
        return []
    return [f"dialog text is {dialog.font().pointSize()} pt, not {window.font().pointSize()}"]


def _themed_font(size: int) -> QFont:
    """The application font as the theme sets it (a font, not a style sheet: that one the
    window under test gets, since restyling the application can crash a test worker)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(size)
    return font


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _settle() -> None:
    """Let restyled and resized layouts settle, inner ones first."""
    for _round in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
