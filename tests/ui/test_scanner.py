"""The scanner is always heard: a burst typed as fast as a scanner, wherever the focus sits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.codes import CodeKind, new_code
from desk_app.models import Recurrence, TargetGroup
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.living_room.figures import visit_figures
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.volunteers import duty, register
from desk_app.services.volunteers.register import Task, VolunteerDetails
from desk_app.ui.activities.page import ActivitiesPage
from desk_app.ui.bar.page import BarPage
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.living_room.pass_dialog import NewPassDialog
from desk_app.ui.login import LoginDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.rooms.page import RoomsPage
from desk_app.ui.scan_router import HOLD_LIMIT_S
from desk_app.ui.scanner import SCAN_MAX_GAP_S, ScanCatcher
from desk_app.ui.sections import SECTIONS
from desk_app.ui.volunteers.page import VolunteersPage
from tests.ui.conftest import RECEPTION_PIN
from tests.unit.till_factories import set_up_bar

P = TypeVar("P")


class KeyClock:
    """The scan filter's clock: each key press is ``gap`` seconds after the one before."""

    def __init__(self) -> None:
        self.now = 0.0
        self.gap = SCAN_MAX_GAP_S / 10  # a scanner

    def __call__(self) -> float:
        self.now += self.gap
        return self.now


@pytest.fixture
def key_clock() -> KeyClock:
    return KeyClock()


@pytest.fixture
def window(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, key_clock: KeyClock
) -> Iterator[MainWindow]:
    """The main window for the manager, with the scan filter installed as ``ui/app.py`` does."""
    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    catcher = ScanCatcher(window.take_scan, key_clock)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    catcher.install(app)
    yield window
    app.removeEventFilter(catcher)


def new_pass(desk: Desk, actor: Actor) -> str:
    [code] = issue_passes(desk.uow, actor, 1, None)
    return code


def new_badge(desk: Desk, actor: Actor) -> str:
    person_id = register.add_volunteer(desk.uow, actor, VolunteerDetails("Kees Smit", (Task.BAR,)))
    row = next(v for v in register.register(desk.uow) if v.person_id == person_id)
    assert row.badge_code is not None
    return row.badge_code


def visits(desk: Desk) -> int:
    return visit_figures(desk.uow).today.visits


def focused(window: QWidget) -> QWidget:
    """Where a keyboard's keys go now: the focus widget, or the active window without one."""
    return QApplication.focusWidget() or QApplication.activeWindow() or window


def scan(qtbot: QtBot, window: QWidget, code: str) -> None:
    """What a USB scanner does: the code's characters and Enter, with no pause between them."""
    target = focused(window)
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def page_of(window: MainWindow, page_type: type[P]) -> P:
    return next(p for p in window.pages if isinstance(p, page_type))


def show_page(qtbot: QtBot, window: MainWindow, page_type: type[QWidget]) -> None:
    window.show_section(next(i for i, s in enumerate(SECTIONS) if s.page_type() is page_type))
    qtbot.waitUntil(lambda: isinstance(window.current_page(), page_type))


def active_dialog(qtbot: QtBot) -> QDialog:
    """The dialog that just opened, once it has the keyboard."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize("section", range(len(SECTIONS)))
def test_a_scan_on_every_page_checks_the_visitor_in(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor, section: int
) -> None:
    code = new_pass(empty_desk, desk_manager)
    window.show_section(section)
    window.navigation.setFocus()  # the focus on the list of sections, as after a tap on it
    scan(qtbot, window, code)
    assert visits(empty_desk) == 1
    said = window.status.outcome.outcome() or page_of(window, LivingRoomPage).panel.message.text()
    assert "geteld" in said


def test_a_scan_after_tapping_purpose_and_age_on_the_huiskamer(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    page = page_of(window, LivingRoomPage)
    for number, button in enumerate(
        [page.panel.purposes.buttons()[1], page.panel.ages.buttons()[0]], start=1
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        button.setFocus()  # a tapped button keeps the keyboard, as on a touch screen
        scan(qtbot, window, new_pass(empty_desk, desk_manager))
        assert visits(empty_desk) == number
        assert "geteld" in page.panel.message.text()


def test_a_scan_after_tapping_a_product_at_the_bar(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    set_up_bar(empty_desk.uow, desk_manager)
    show_page(qtbot, window, BarPage)
    page = page_of(window, BarPage)
    page.refresh()
    tile = page.grid.tiles["Koffie"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    tile.setFocus()
    scan(qtbot, window, new_pass(empty_desk, desk_manager))
    assert visits(empty_desk) == 1
    assert "geteld" in window.status.outcome.outcome()


def test_a_badge_scanned_after_a_tab_in_zalen_signs_the_volunteer_in(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    badge = new_badge(empty_desk, desk_manager)
    show_page(qtbot, window, RoomsPage)
    tab = page_of(window, RoomsPage).tab_buttons.buttons[1]
    qtbot.mouseClick(tab, Qt.MouseButton.LeftButton)
    tab.setFocus()
    scan(qtbot, window, badge)
    assert duty.signed_in_count(empty_desk.uow) == 1
    assert "Kees Smit" in window.status.outcome.outcome()
    assert "aangemeld" in window.status.outcome.outcome()


def test_a_scan_after_the_pass_dialog_was_cancelled(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    page = page_of(window, LivingRoomPage)
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.pass_dialog is None)
    scan(qtbot, window, new_pass(empty_desk, desk_manager))
    assert visits(empty_desk) == 1


def test_a_scan_while_the_pass_dialog_is_open_waits_for_it_to_close(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    code = new_pass(empty_desk, desk_manager)
    page = page_of(window, LivingRoomPage)
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    assert isinstance(dialog, NewPassDialog)
    dialog.count.setFocus()
    qtbot.waitUntil(dialog.count.hasFocus)
    scan(qtbot, window, code)
    assert dialog.isVisible()  # Enter did not press "Afdrukken"
    assert dialog.count.value() == 1
    assert visits(empty_desk) == 0
    assert "bewaard" in window.status.outcome.outcome()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: visits(empty_desk) == 1)
    assert "geteld" in page.panel.message.text()


def test_a_desk_code_typed_fast_into_a_dialog_text_field_is_held_not_typed(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor, key_clock: KeyClock
) -> None:
    code = new_pass(empty_desk, desk_manager)
    page = page_of(window, LivingRoomPage)
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    assert isinstance(dialog, NewPassDialog)
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    key_clock.gap = 0.3  # a person types a name...
    qtbot.keyClicks(dialog.name, "Bep")
    key_clock.now += 2.0  # ...and a while later a pass is scanned
    key_clock.gap = SCAN_MAX_GAP_S / 10
    scan(qtbot, window, code)
    assert dialog.name.text() == "Bep"
    assert dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: visits(empty_desk) == 1)


def test_slow_typing_into_a_dialog_field_is_not_a_scan(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor, key_clock: KeyClock
) -> None:
    code = new_pass(empty_desk, desk_manager)
    page = page_of(window, LivingRoomPage)
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    assert isinstance(dialog, NewPassDialog)
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    key_clock.gap = 0.2  # a person at the keyboard
    qtbot.keyClicks(dialog.name, code)
    assert dialog.name.text() == code
    dialog.reject()
    qtbot.waitUntil(lambda: page.pass_dialog is None)
    assert visits(empty_desk) == 0
    assert not window.scans.held


def test_a_name_typed_fast_into_a_text_field_stays_typed(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk
) -> None:
    page = page_of(window, LivingRoomPage)
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    assert isinstance(dialog, NewPassDialog)
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    qtbot.keyClicks(dialog.name, "Bep van Dam")
    assert dialog.name.text() == "Bep van Dam"
    assert not window.scans.held
    dialog.reject()
    assert visits(empty_desk) == 0


def test_a_scan_after_a_switch_and_login(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    code = new_pass(empty_desk, desk_manager)  # before the switch ends her session
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    assert isinstance(dialog, LoginDialog)
    dialog.select_person("Ria Jansen")
    qtbot.keyClicks(dialog.pin, RECEPTION_PIN)
    with qtbot.waitSignal(window.actor_changed):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()  # the window manager gives the desk back its keyboard
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.switch_button
    scan(qtbot, window, code)
    assert visits(empty_desk) == 1


def test_a_scan_while_the_login_is_open_waits_for_the_login(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, key_clock: KeyClock
) -> None:
    code = new_pass(empty_desk, desk_manager)
    window = MainWindow(empty_desk, "De Meent", None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    catcher = ScanCatcher(window.take_scan, key_clock)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    catcher.install(app)
    try:
        window.switch_person()
        dialog = active_dialog(qtbot)
        assert isinstance(dialog, LoginDialog)
        scan(qtbot, window, code)
        assert visits(empty_desk) == 0
        assert "ingelogd" in window.status.outcome.outcome()
        dialog.select_person("Ria Jansen")
        qtbot.keyClicks(dialog.pin, RECEPTION_PIN)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: visits(empty_desk) == 1)
    finally:
        app.removeEventFilter(catcher)


def test_a_badge_after_closing_the_volunteer_register_signs_in(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    badge = new_badge(empty_desk, desk_manager)
    show_page(qtbot, window, VolunteersPage)
    page = page_of(window, VolunteersPage)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    page.register_button.setFocus()
    scan(qtbot, window, badge)
    assert duty.signed_in_count(empty_desk.uow) == 1
    assert "Kees Smit" in page.sign_in.message.text()


def test_a_scan_on_activiteiten_counts_for_the_chosen_occurrence_and_says_so(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    monday = date(2026, 3, 2)
    plan = activities.ActivityPlan(
        "Koffieochtend", TargetGroup.ELDERLY, Recurrence.ONCE, monday, monday, time(10), time(12)
    )
    activities.plan_activity(empty_desk.uow, desk_manager, plan)
    show_page(qtbot, window, ActivitiesPage)
    page = page_of(window, ActivitiesPage)
    page.refresh()
    page.table.selectRow(0)
    page.table.setFocus()  # the focus on the programme, not in the door's scan field
    scan(qtbot, window, new_pass(empty_desk, desk_manager))
    assert page.model.row(0).attendance == 1
    assert page.message.text() == "Bezoek geteld voor Koffieochtend."
    scan(qtbot, window, new_badge(empty_desk, desk_manager))
    assert page.message.text() == "Welkom, Kees Smit! U bent aangemeld als vrijwilliger."


def test_digits_scanned_into_the_pass_count_change_nothing(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk
) -> None:
    page = page_of(window, LivingRoomPage)
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    assert isinstance(dialog, NewPassDialog)
    dialog.count.setFocus()
    qtbot.waitUntil(dialog.count.hasFocus)
    scan(qtbot, window, "8712345678906")  # a product's barcode, all digits
    assert dialog.isVisible()
    assert dialog.count.value() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.pass_dialog is None and not window.scans.held)
    assert page.panel.message.text()  # the unknown code is refused in words, not dropped
    assert visits(empty_desk) == 0


def test_a_person_typing_a_number_into_a_count_field_gets_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    group_size = page_of(window, LivingRoomPage).panel.group_size
    group_size.setFocus()
    qtbot.waitUntil(group_size.hasFocus)
    group_size.selectAll()
    qtbot.keyClicks(focused(window), "12")  # quick, but no Enter: handed on once it stops
    qtbot.waitUntil(lambda: group_size.value() == 12)
    assert not window.scans.held


def test_a_scanner_that_presses_shift_for_capitals_is_heard(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    code = new_pass(empty_desk, desk_manager)
    window.navigation.setFocus()
    target = focused(window)
    for character in code:
        if character.isalpha():
            qtbot.keyPress(target, Qt.Key.Key_Shift)
        qtbot.keyClicks(target, character)
        if character.isalpha():
            qtbot.keyRelease(target, Qt.Key.Key_Shift)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert visits(empty_desk) == 1


def test_space_on_a_focused_button_still_presses_it(qtbot: QtBot, window: MainWindow) -> None:
    button = page_of(window, LivingRoomPage).panel.first_visit
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(button.isChecked)
    assert not button.isDown()


def scan_into_window(qtbot: QtBot, code: str) -> None:
    """A scanner's keys as the window system delivers them: Qt picks the receiver (a popup)."""
    target = QGuiApplication.focusWindow()
    assert target is not None
    for character in code:  # a code's capitals and digits are their own key numbers
        QTest.keyClick(target, Qt.Key(ord(character)))
    QTest.keyClick(target, Qt.Key.Key_Return)


def test_a_scan_while_a_menu_is_open_checks_the_visitor_in(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    code = new_pass(empty_desk, desk_manager)
    menu = window.manage_button.menu()
    menu.popup(window.manage_button.mapToGlobal(window.manage_button.rect().topRight()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    scan_into_window(qtbot, code)
    qtbot.waitUntil(lambda: visits(empty_desk) == 1)
    page = page_of(window, LivingRoomPage)
    assert "geteld" in page.panel.message.text()
    assert page.panel.scan_field.text() == ""
    assert not window.scans.held
    menu.close()


def test_a_scan_held_too_long_is_refused_in_words_not_counted_late(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    now = [1000.0]
    window.scans.clock = lambda: now[0]
    page = page_of(window, LivingRoomPage)
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = active_dialog(qtbot)
    dialog.setFocus()
    scan(qtbot, window, new_pass(empty_desk, desk_manager))
    assert window.scans.held
    now[0] += HOLD_LIMIT_S + 1  # the dialog stayed open while the desk was left alone
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.scans.held)
    assert "niet verwerkt" in window.status.outcome.outcome()
    assert visits(empty_desk) == 0


def test_a_coffee_card_scanned_into_the_bar_card_field_stays_there(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    set_up_bar(empty_desk.uow, desk_manager)
    show_page(qtbot, window, BarPage)
    field = page_of(window, BarPage).pay.card_code
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    card = new_code(CodeKind.COFFEE_CARD)
    scan(qtbot, window, card)
    assert field.text() == card
    assert visits(empty_desk) == 0
    assert not window.status.outcome.outcome()


def scan_ending_in_tab(qtbot: QtBot, window: QWidget, code: str) -> None:
    """A scanner set to end its codes with Tab instead of Enter."""
    target = focused(window)
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Tab)


def test_a_scan_ended_by_tab_on_a_bar_tile_checks_in_and_keeps_the_focus(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    set_up_bar(empty_desk.uow, desk_manager)
    show_page(qtbot, window, BarPage)
    page = page_of(window, BarPage)
    page.refresh()
    tile = page.grid.tiles["Koffie"]
    tile.setFocus()
    qtbot.waitUntil(tile.hasFocus)
    scan_ending_in_tab(qtbot, window, new_pass(empty_desk, desk_manager))
    assert visits(empty_desk) == 1
    assert "geteld" in window.status.outcome.outcome()
    assert tile.hasFocus()


def test_a_scan_ended_by_tab_in_the_huiskamer_scan_field_is_counted_there(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    panel = page_of(window, LivingRoomPage).panel
    panel.scan_field.setFocus()
    qtbot.waitUntil(panel.scan_field.hasFocus)
    for number in (1, 2):
        scan_ending_in_tab(qtbot, window, new_pass(empty_desk, desk_manager))
        assert visits(empty_desk) == number
        assert "geteld" in panel.message.text()
        assert panel.scan_field.hasFocus()
        assert panel.scan_field.text() == ""


def test_a_person_pressing_tab_still_moves_on(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor, key_clock: KeyClock
) -> None:
    panel = page_of(window, LivingRoomPage).panel
    panel.scan_field.setFocus()
    qtbot.waitUntil(panel.scan_field.hasFocus)
    key_clock.gap = 0.3  # a person typing a code by hand, then Tab
    code = new_pass(empty_desk, desk_manager)
    scan_ending_in_tab(qtbot, window, code)
    qtbot.waitUntil(lambda: not panel.scan_field.hasFocus())
    assert panel.scan_field.text() == code
    assert visits(empty_desk) == 0


def test_a_scan_outcome_leaves_the_other_status_texts_in_view(
    qtbot: QtBot, window: MainWindow, empty_desk: Desk, desk_manager: Actor
) -> None:
    status = window.status
    show_page(qtbot, window, RoomsPage)
    labels = (status.centre, status.person, status.sync, status.warnings, status.clock)
    assert all(label.isVisible() for label in labels)
    places = [label.geometry() for label in labels]
    outcome_place = status.outcome.geometry()
    window.navigation.setFocus()
    scan(qtbot, window, new_pass(empty_desk, desk_manager))
    assert visits(empty_desk) == 1
    assert "geteld" in status.outcome.outcome()
    assert status.outcome.isVisible()
    assert not status.currentMessage()  # no temporary message hides the labels
    assert all(label.isVisible() for label in labels)
    assert [label.geometry() for label in labels] == places
    assert status.outcome.geometry() == outcome_place
    assert "Sanne de Vries" in status.person.text()


def test_a_long_scan_outcome_is_cut_in_its_slot_and_whole_in_reach(
    qtbot: QtBot, window: MainWindow
) -> None:
    slot = window.status.outcome
    width, window_width = slot.width(), window.minimumSizeHint().width()
    long_text = "Scan bewaard: die wordt verwerkt zodra dit venster dicht is. " * 3
    slot.show_outcome(long_text)
    QApplication.processEvents()  # let the status bar lay out again, if it would
    assert slot.width() == width
    assert window.minimumSizeHint().width() == window_width
    assert slot.text() != long_text
    assert slot.text().endswith("…")
    assert slot.outcome() == long_text
    assert slot.toolTip() == long_text
