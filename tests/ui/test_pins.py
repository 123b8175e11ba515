"""PINs at the desk: a manager's new six-digit PIN at login, the growing lock-out, unlocking."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.errors import NotAllowed
from desk_app.models import Role
from desk_app.services import audit, auth, people
from desk_app.services.auth import MAX_PIN_ATTEMPTS, Actor
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.uow import UnitOfWork
from desk_app.ui.admin.accounts import AccountsDialog
from desk_app.ui.login import LoginDialog
from desk_app.ui.new_pin import NewPinDialog
from tests.conftest import FakeClock
from tests.ui.conftest import RECEPTION_PIN
from tests.ui.test_admin import accounts_dialog, answer_unlock, select
from tests.ui.test_login import open_login, type_pin
from tests.ui.test_main_window import open_window

JOKE_PIN = "8642"


def short_pin_manager(uow: UnitOfWork, manager: Actor) -> Actor:
    """Joke de Boer, made a social manager while her PIN has four digits (as before the rule)."""
    joke = people.create_account(
        uow, manager, name="Joke de Boer", role=Role.RECEPTION, pin=JOKE_PIN
    )
    people.change_role(uow, manager, joke.person_id, Role.MANAGER)
    return auth.check_pin(uow, joke.person_id, JOKE_PIN)


def new_pin_dialog(qtbot: QtBot, login: LoginDialog) -> NewPinDialog:
    qtbot.waitUntil(lambda: login.new_pin is not None and login.new_pin.isVisible())
    assert login.new_pin is not None
    return login.new_pin


def ok(qtbot: QtBot, dialog: NewPinDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert isinstance(box, QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_manager_with_a_short_pin_chooses_six_digits_before_she_is_in(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    joke = short_pin_manager(desk_uow, desk_manager)
    login = open_login(qtbot, desk_uow)
    login.select_person("Joke de Boer")
    type_pin(qtbot, login, JOKE_PIN)
    dialog = new_pin_dialog(qtbot, login)
    assert login.actor is None
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.pin_again, "2468")
    ok(qtbot, dialog)
    assert dialog.message.text() == "De pincode van een sociaal beheerder heeft minstens 6 cijfers."
    qtbot.keyClicks(dialog.pin, "246813")
    qtbot.keyClicks(dialog.pin_again, "246813")
    with qtbot.waitSignal(login.logged_in) as signal:
        ok(qtbot, dialog)
    assert signal.args is not None
    actor: Actor = signal.args[0]
    assert (actor.person_id, actor.needs_new_pin) == (joke.person_id, False)
    assert audit.recent_entries(desk_uow, actor, limit=1)[0].action == "account.own_pin"
    assert not auth.authenticate(desk_uow, joke.person_id, "246813").needs_new_pin


def test_without_a_new_pin_the_login_does_not_count(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    short_pin_manager(desk_uow, desk_manager)
    login = open_login(qtbot, desk_uow)
    login.select_person("Joke de Boer")
    type_pin(qtbot, login, JOKE_PIN)
    dialog = new_pin_dialog(qtbot, login)
    sessions = len(desk_uow.logins)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: login.new_pin is None)
    assert login.actor is None
    assert login.message.text() == "Kies eerst een nieuwe pincode om in te loggen."
    assert len(desk_uow.logins) == sessions - 1


def test_the_second_lockout_lasts_five_minutes(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor, clock: FakeClock
) -> None:
    login = open_login(qtbot, desk_uow)
    login.select_person("Ria Jansen")
    for _ in range(MAX_PIN_ATTEMPTS):
        type_pin(qtbot, login, "9999")
    assert login.message.text() == "Te vaak een onjuiste pincode. Probeer het na 10:31:00 opnieuw."
    clock.advance(timedelta(minutes=1))
    for _ in range(MAX_PIN_ATTEMPTS):
        type_pin(qtbot, login, "9999")
    assert login.message.text() == "Te vaak een onjuiste pincode. Probeer het na 10:36:00 opnieuw."
    assert login.actor is None


def _unlock_button(dialog: AccountsDialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Ontgrendelen")


def test_the_manager_unlocks_a_volunteer_after_saying_yes(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    ria = next(a for a in people.desk_accounts(desk_uow) if a.name == "Ria Jansen")
    for _ in range(MAX_PIN_ATTEMPTS):
        with pytest.raises(NotAllowed):
            auth.authenticate(desk_uow, ria.person_id, "9999")
    dialog = accounts_dialog(qtbot, desk_uow, desk_manager)
    select(dialog, "Ria Jansen")
    qtbot.mouseClick(_unlock_button(dialog), Qt.MouseButton.LeftButton)
    answer_unlock(qtbot, dialog, QMessageBox.StandardButton.No)
    assert select(dialog, "Ria Jansen").locked_until is not None
    qtbot.mouseClick(_unlock_button(dialog), Qt.MouseButton.LeftButton)
    answer_unlock(qtbot, dialog, QMessageBox.StandardButton.Yes)
    assert dialog.message.text() == "Ria Jansen kan weer inloggen."
    assert select(dialog, "Ria Jansen").locked_until is None
    assert audit.recent_entries(desk_uow, desk_manager, limit=1)[0].action == "account.unlock"
    assert auth.authenticate(desk_uow, ria.person_id, RECEPTION_PIN).name == "Ria Jansen"


def test_the_person_before_is_logged_out_when_another_logs_in(
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
    with pytest.raises(NotAllowed, match="Log eerst in"):
        issue_passes(empty_desk.uow, desk_manager)  # her session ended with the switch
    assert window.actor is not None
    assert len(issue_passes(empty_desk.uow, window.actor)) == 1  # Ria's session is live
