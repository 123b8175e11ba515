"""The main window: every section by shortcut and by keys, the status bar, who may manage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.ui.app import application
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.login import LoginDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.overview.page import OverviewPage
from desk_app.ui.page import Change
from desk_app.ui.scanner import ScanCatcher
from desk_app.ui.sections import SECTIONS
from tests.ui.conftest import RECEPTION_PIN


def open_window(qtbot: QtBot, desk: Desk, actor: Actor | None) -> MainWindow:
    window = MainWindow(desk, "De Meent", actor)
    # As ui/app.py does; the filter leaves the application with the window, so no later
    # test's keys reach a catcher that is being torn down.
    catcher = ScanCatcher(window.take_scan, parent=window)
    catcher.install(application())
    qtbot.addWidget(window, before_close_func=lambda _w: application().removeEventFilter(catcher))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_every_section_has_a_ctrl_number_shortcut(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = open_window(qtbot, empty_desk, desk_manager)
    page_types = [section.page_type() for section in SECTIONS]
    for number, page_type in reversed(list(enumerate(page_types, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert isinstance(window.current_page(), page_type)
        tooltip = window.navigation.item(number - 1).toolTip()
        assert f"Ctrl+{number}" in tooltip


def test_arrow_keys_walk_through_the_sections(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = open_window(qtbot, empty_desk, desk_manager)
    window.navigation.setFocus()
    assert isinstance(window.current_page(), LivingRoomPage)
    for _ in SECTIONS[1:]:
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert isinstance(window.current_page(), OverviewPage)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Home)
    assert isinstance(window.current_page(), LivingRoomPage)


def test_tab_reaches_the_navigation_and_the_desk_buttons(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = open_window(qtbot, empty_desk, desk_manager)
    window.navigation.setFocus()
    wanted = {window.switch_button, window.manage_button, window.display_button}
    reached = set()
    for _ in range(80):  # through the section's own fields first
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.add(window.focusWidget())
        if wanted <= reached:
            break
    assert wanted <= reached


def test_status_bar_shows_centre_person_and_sync(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = open_window(qtbot, empty_desk, desk_manager)
    status = window.status
    assert status.centre.whole_text() == "De Meent"
    assert status.person.whole_text() == "Aan de balie: Sanne de Vries (sociaal beheerder)"
    assert status.sync.whole_text() == "Laatste synchronisatie: nog nooit"
    assert status.clock.text()
    window.show_last_sync("vannacht 03:00")
    assert status.sync.whole_text() == "Laatste synchronisatie: vannacht 03:00"


def test_management_only_offered_to_the_manager(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, receptionist: Actor
) -> None:
    window = open_window(qtbot, empty_desk, receptionist)
    assert not window.manage_button.isEnabled()
    window.set_actor(desk_manager)
    assert window.manage_button.isEnabled()


def test_switch_lets_another_person_log_in(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = open_window(qtbot, empty_desk, desk_manager)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.select_person("Ria Jansen")
    qtbot.keyClicks(dialog.pin, RECEPTION_PIN)
    with qtbot.waitSignal(window.actor_changed):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert window.actor is not None
    assert window.actor.name == "Ria Jansen"
    assert "Ria Jansen" in window.status.person.whole_text()


def test_nobody_at_the_desk_until_someone_logs_in(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = open_window(qtbot, empty_desk, None)
    assert window.status.person.whole_text() == "Niemand aan de balie"
    assert not window.manage_button.isEnabled()


def test_a_section_page_is_built_when_first_opened(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = open_window(qtbot, empty_desk, desk_manager)
    assert [type(page) for page in window.built_pages()] == [LivingRoomPage]
    window.current_page().changed.emit(Change.VISITS)  # reaches only the pages built
    assert [type(page) for page in window.built_pages()] == [LivingRoomPage]
    window.show_section(len(SECTIONS) - 1)
    assert [type(page) for page in window.built_pages()] == [LivingRoomPage, OverviewPage]
    assert isinstance(window.current_page(), OverviewPage)
    assert window.current_page().isVisible()


def test_the_navigation_names_each_section_as_its_page_does(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = open_window(qtbot, empty_desk, desk_manager)
    for index, page in enumerate(window.pages):
        assert window.navigation.item(index).text() == page.title()
        assert SECTIONS[index].icon_name == page.icon_name
