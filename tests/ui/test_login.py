"""Logging in at the desk: right PIN, wrong PIN, lock-out, the number pad."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.services.auth import MAX_PIN_ATTEMPTS, Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.login import LoginDialog
from tests.ui.conftest import MANAGER_PIN, RECEPTION_PIN


def open_login(qtbot: QtBot, uow: UnitOfWork) -> LoginDialog:
    dialog = LoginDialog(uow)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_pin(qtbot: QtBot, dialog: LoginDialog, pin: str) -> None:
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def test_right_pin_logs_in(qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor) -> None:
    dialog = open_login(qtbot, desk_uow)
    dialog.select_person("Ria Jansen")
    with qtbot.waitSignal(dialog.logged_in) as signal:
        type_pin(qtbot, dialog, RECEPTION_PIN)
    assert signal.args is not None
    assert signal.args[0].name == "Ria Jansen"
    assert dialog.actor == signal.args[0]


def test_number_pad_types_and_confirms(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = open_login(qtbot, desk_uow)
    dialog.select_person("Sanne de Vries")
    pad = dialog.pad
    qtbot.mouseClick(pad.findChild(type(pad.ok_button), "digit9"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.pin.text() == ""
    for digit in MANAGER_PIN:
        button = pad.findChild(type(pad.ok_button), f"digit{digit}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.pin.text() == MANAGER_PIN
    with qtbot.waitSignal(dialog.logged_in):
        qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor == desk_manager


def test_wrong_pin_says_how_many_tries_are_left(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = open_login(qtbot, desk_uow)
    dialog.select_person("Ria Jansen")
    type_pin(qtbot, dialog, "9999")
    assert dialog.message.text() == "Onjuiste pincode. Nog 4 poging(en)."
    assert dialog.pin.text() == ""
    assert dialog.actor is None


def test_five_wrong_pins_lock_the_account(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = open_login(qtbot, desk_uow)
    dialog.select_person("Ria Jansen")
    for _ in range(MAX_PIN_ATTEMPTS):
        type_pin(qtbot, dialog, "9999")
    assert dialog.message.text().startswith("Te vaak een onjuiste pincode. Probeer het na ")
    type_pin(qtbot, dialog, RECEPTION_PIN)
    assert dialog.message.text().startswith("Te vaak een onjuiste pincode.")
    assert dialog.actor is None


def test_a_name_must_be_chosen_first(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = open_login(qtbot, desk_uow)
    type_pin(qtbot, dialog, MANAGER_PIN)
    assert dialog.message.text() == "Tik eerst op uw naam."
    assert dialog.actor is None


def test_letters_are_refused_without_counting(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = open_login(qtbot, desk_uow)
    dialog.select_person("Ria Jansen")
    type_pin(qtbot, dialog, "abcd")
    assert dialog.message.text() == "Een pincode bestaat uit 4 tot 6 cijfers."


def test_keyboard_alone_picks_a_name_and_logs_in(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = open_login(qtbot, desk_uow)
    dialog.people.setFocus()
    for _ in range(3):  # Henk Bakker, Ria Jansen, Sanne de Vries
        qtbot.keyClick(dialog.people, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.people
    assert dialog.people.selectedItems()[0].text().startswith("Sanne de Vries")
    qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.pin
    with qtbot.waitSignal(dialog.logged_in):
        type_pin(qtbot, dialog, MANAGER_PIN)
    assert dialog.actor == desk_manager
