"""Keyboard and screen reader: every control is named, and the desk's tasks need no mouse.

The names are read as a screen reader reads them, through Qt's accessibility interface, on
every page and every dialog of the gallery (dialogs opened the way the app opens them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.bootstrap import Desk
from desk_app.kinds import PaymentMethod
from desk_app.models import Booking, Payment, Visit
from desk_app.services.auth import Actor
from desk_app.services.living_room.passes import issue_passes
from desk_app.ui.accessible import accessible_name, prepare, takes_focus
from desk_app.ui.bar.page import BarPage
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.main_window import MainWindow
from desk_app.ui.modal import open_dialog
from desk_app.ui.overview.page import OverviewPage
from desk_app.ui.rooms.booking_dialog import BookingDialog
from desk_app.ui.rooms.page import RoomsPage
from tests.screens.dialogs import DIALOGS
from tests.screens.gallery import WINDOW, demo_desk, demo_manager
from tests.unit import hire_factories as make
from tests.unit.till_factories import set_up_bar

LIVING_ROOM, BAR, ROOMS, DAY_CLOSE, OVERVIEW = 0, 1, 2, 5, 6
MOST_TABS = 150  # far more stops than any page has: a missing stop fails, it does not hang


def nameless(root: QWidget) -> list[str]:
    """The controls under ``root`` that take focus but have no name for a screen reader."""
    return [
        f"{type(widget).__name__} {widget.objectName()} in {type(widget.parentWidget()).__name__}"
        for widget in [root, *root.findChildren(QWidget)]
        if takes_focus(widget) and widget.isVisibleTo(root) and not accessible_name(widget)
    ]


@pytest.fixture
def demo() -> Iterator[tuple[Desk, Actor]]:
    """The gallery's seeded demo centre, its social manager at the desk."""
    with demo_desk() as desk:
        yield desk, demo_manager(desk)


@pytest.fixture
def demo_window(qtbot: QtBot, demo: tuple[Desk, Actor]) -> Iterator[MainWindow]:
    desk, actor = demo
    shown = MainWindow(desk, "De Meent", actor)
    qtbot.addWidget(shown)
    shown.resize(WINDOW)
    shown.show()
    yield shown
    shown.close()
    assert shown.jobs.wait(10_000)


def test_every_control_on_every_page_and_dialog_has_a_name(
    demo_window: MainWindow, demo: tuple[Desk, Actor]
) -> None:
    desk, actor = demo
    found: list[str] = []
    for index, page in enumerate(demo_window.pages):
        demo_window.show_section(index)
        QApplication.processEvents()
        found += [f"{page.icon_name}: {name}" for name in nameless(demo_window)]
    for name, make_dialog in DIALOGS.items():
        dialog = make_dialog(demo_window, desk, actor)
        assert isinstance(dialog, QDialog)
        opened = open_dialog(dialog)  # as the app opens every dialog
        QApplication.processEvents()
        found += [f"{name}: {widget}" for widget in nameless(opened)]
        opened.close()
    assert not found, "\n".join(sorted(set(found)))


def test_each_cash_count_field_has_its_own_name(demo_window: MainWindow) -> None:
    page = demo_window.page(DAY_CLOSE)
    assert isinstance(page, DayClosePage)
    names = [accessible_name(field) for field in page.count.fields.values()]
    assert len(set(names)) == len(names) == 10
    assert "Aantal biljetten van €\u00a050,00" in names
    assert "Aantal munten van €\u00a00,05" in names


def test_the_charts_say_their_title_and_values(demo_window: MainWindow) -> None:
    demo_window.show_section(OVERVIEW)
    page = demo_window.page(OVERVIEW)
    assert isinstance(page, OverviewPage)
    assert accessible_name(page.week) == "Baromzet per dag, afgelopen week (euro)"
    described = page.week.accessibleDescription()
    assert described.count(";") == 6  # the seven days, each with its value
    assert all(f"{value:g}" in described for value in page.week.values())


def test_every_cell_of_the_week_calendar_is_spoken(demo_window: MainWindow) -> None:
    page = demo_window.page(ROOMS)
    assert isinstance(page, RoomsPage)
    model = page.calendar.model
    spoken = [
        model.data(model.index(row, column), Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert spoken
    assert all(text and ": " in text for text in spoken)


# -- the desk's tasks by key presses alone -------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, jobs: BackgroundJobs) -> MainWindow:
    """The real main window, active, with the manager at the desk."""
    shown = MainWindow(empty_desk, "De Meent", desk_manager, jobs=jobs)
    qtbot.addWidget(shown)
    shown.resize(WINDOW)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def focused(window: QWidget) -> QWidget:
    return QApplication.focusWidget() or window


def keys(qtbot: QtBot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(focused(window), key, modifier)


def tab_to(qtbot: QtBot, window: QWidget, wanted: Callable[[QWidget], bool]) -> QWidget:
    """Press Tab until the focus is on a widget ``wanted`` picks."""
    for _ in range(MOST_TABS):
        widget = focused(window)
        if wanted(widget):
            return widget
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    seen = []
    for _ in range(20):
        widget = focused(window)
        seen.append(f"{type(widget).__name__}:{accessible_name(widget)}")
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError("the Tab key never reached the wanted control: " + " | ".join(seen))


def count(desk: Desk, what: type[Visit] | type[Booking]) -> int:
    with desk.uow.read() as tx:
        return int(tx.session.scalar(select(func.count()).select_from(what)) or 0)


def test_a_check_in_by_keys_alone(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    [code] = issue_passes(empty_desk.uow, desk_manager)
    keys(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    field = tab_to(qtbot, window, lambda w: accessible_name(w).startswith("Scan een pas"))
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count(empty_desk, Visit) == 1)


def test_a_cash_sale_by_keys_alone(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    set_up_bar(empty_desk.uow, desk_manager)
    keys(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(BAR)
    assert isinstance(page, BarPage)
    tile = tab_to(qtbot, window, lambda w: w is page.grid.tiles["Koffie"])
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    keys(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)  # cash, paid exactly

    def paid_in_cash() -> bool:
        with empty_desk.uow.read() as tx:
            return tx.session.scalars(select(Payment.method)).all() == [PaymentMethod.CASH]

    qtbot.waitUntil(paid_in_cash)


def test_a_booking_by_keys_alone(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    make.room(empty_desk.uow, desk_manager)
    make.hirer(empty_desk.uow, desk_manager)
    keys(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.page(ROOMS)
    assert isinstance(page, RoomsPage)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BookingDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    hirer = tab_to(qtbot, dialog, lambda w: w is dialog.hirer)
    qtbot.keyClicks(hirer, "Biljart")
    assert dialog.hirer.currentText().startswith("Biljartclub")
    book = tab_to(qtbot, dialog, lambda w: w is dialog.book_button)
    qtbot.keyClick(book, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: count(empty_desk, Booking) == 1)


def test_escape_closes_a_dialog_without_doing_anything(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    make.room(empty_desk.uow, desk_manager)
    make.hirer(empty_desk.uow, desk_manager)
    keys(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.page(ROOMS)
    assert isinstance(page, RoomsPage)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BookingDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert count(empty_desk, Booking) == 0


def test_a_button_with_a_shortcut_tells_its_keys(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    button = QPushButton("Betalen", form)
    button.setShortcut("F7")
    prepare(form)
    assert button.accessibleDescription() == "Sneltoets F7"
