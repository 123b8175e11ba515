"""Instellingen: the manager sets the central database, backups and sync time; all audited."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.central.connect import KEYRING_SERVICE
from desk_app.services import audit, operations, schedule
from desk_app.services.auth import Actor
from desk_app.ui.admin.centre import CentreDialog
from desk_app.ui.admin.settings import SettingsDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.resources import style_sheet
from tests.keyrings import MemoryKeyring

URL = "postgresql://balie_mee@centraal.example.nl/buurthuizen"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def open_dialog(qtbot: QtBot, desk: Desk, actor: Actor) -> SettingsDialog:
    dialog = SettingsDialog(desk.uow, actor, desk.folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_manager_saves_settings_and_the_password_goes_to_the_keyring(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, empty_desk, desk_manager)
    assert dialog.password.placeholderText() == "nog niet ingesteld"
    qtbot.keyClicks(dialog.url, URL)
    qtbot.keyClicks(dialog.password, "geheim")
    dialog.set_retention(30)
    qtbot.keyClicks(dialog.backup_folder, str(empty_desk.folder.root / "usb"))
    dialog.sync_time.setTime(dialog.sync_time.time().fromString("01:45", "HH:mm"))
    click_save(qtbot, dialog)
    assert dialog.message.text() == "De instellingen zijn opgeslagen."
    stored = operations.load_operations(empty_desk.uow)
    assert (stored.central_url, stored.retention_days, stored.sync_time) == (URL, 30, time(1, 45))
    assert memory_keyring.passwords == {(KEYRING_SERVICE, URL): "geheim"}
    assert dialog.password.text() == ""
    assert dialog.password.placeholderText().startswith("bewaard")
    entry = audit.recent_entries(empty_desk.uow, desk_manager)[0]
    assert (entry.action, entry.actor_name) == ("settings.operations", "Sanne de Vries")


def test_a_wrong_address_is_explained_and_nothing_saved(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    dialog = open_dialog(qtbot, empty_desk, desk_manager)
    qtbot.keyClicks(dialog.url, "http://centraal")
    click_save(qtbot, dialog)
    assert "klopt niet" in dialog.message.text()
    assert operations.load_operations(empty_desk.uow).central_url == ""


def test_a_volunteer_is_refused_by_the_service(
    qtbot: QtBot, empty_desk: Desk, receptionist: Actor
) -> None:
    dialog = open_dialog(qtbot, empty_desk, receptionist)
    dialog.set_retention(2)
    click_save(qtbot, dialog)
    assert dialog.message.text() == "Alleen een sociaal beheerder mag dit doen."
    assert operations.load_operations(empty_desk.uow).retention_days == 14


def test_controls_are_large_enough_to_touch(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    dialog = open_dialog(qtbot, empty_desk, desk_manager)
    dialog.setStyleSheet(style_sheet(13))
    dialog.adjustSize()
    fields = [dialog.url, dialog.password, dialog.backup_folder, dialog.retention, dialog.sync_time]
    heights = {w.objectName() or type(w).__name__: w.height() for w in fields}
    heights |= {b.text(): b.height() for b in dialog.findChildren(QPushButton)}
    assert min(heights.values()) >= 44, heights


def test_settings_open_from_beheer_and_lead_to_the_centre_details(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    window.show()
    menu = window.manage_button.menu()
    [action] = [a for a in menu.actions() if a.text() == "Instellingen"]
    action.trigger()
    assert isinstance(window.dialog, SettingsDialog)
    qtbot.mouseClick(window.dialog.centre_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialog, CentreDialog)


def test_a_new_sync_time_moves_the_installed_nightly_timer(
    qtbot: QtBot,
    empty_desk: Desk,
    desk_manager: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    timer = schedule.systemd_timer_path()
    timer.parent.mkdir(parents=True)
    timer.write_text("[Timer]\nOnCalendar=*-*-* 23:00:00\n", encoding="utf-8")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(schedule, "run_quietly", lambda _command: 0)
    dialog = open_dialog(qtbot, empty_desk, desk_manager)
    dialog.sync_time.setTime(QTime(1, 15))
    click_save(qtbot, dialog)
    assert dialog.message.text().endswith("verzet naar 01:15.")
    assert "OnCalendar=*-*-* 01:15:00" in timer.read_text(encoding="utf-8")
