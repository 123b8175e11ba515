"""The daily backup while the desk runs: into the chosen folder, and a failure shown calmly."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services import backups, operations
from desk_app.services.auth import Actor
from desk_app.ui import app as ui_app


def test_the_running_desk_backs_up_once_into_the_chosen_folder(
    qtbot: QtBot,
    qapp: QApplication,
    empty_desk: Desk,
    desk_manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    usb = empty_desk.folder.root / "usb"
    settings = operations.OperationsSettings(backup_folder=str(usb), retention_days=5)
    operations.save_operations(empty_desk.uow, desk_manager, settings)
    desk_app = ui_app.DeskApp(qapp, empty_desk)
    window = desk_app.main_window(desk_manager)
    qtbot.addWidget(window)
    daily = desk_app.daily_backup(window)
    assert len(backups.backups_in(usb)) == 1
    assert daily.run_if_due() is None  # today's backup is there already
    assert window.status.backup.isHidden()


def test_a_failed_backup_shows_in_the_status_bar(
    qtbot: QtBot,
    qapp: QApplication,
    empty_desk: Desk,
    desk_manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    blocker = empty_desk.folder.root / "no-stick"
    blocker.write_text("a file where the folder should be")
    settings = operations.OperationsSettings(backup_folder=str(blocker / "E"))
    operations.save_operations(empty_desk.uow, desk_manager, settings)
    desk_app = ui_app.DeskApp(qapp, empty_desk)
    window = desk_app.main_window(desk_manager)
    qtbot.addWidget(window)
    window.show()
    desk_app.daily_backup(window)  # checks at once, then hourly
    assert window.status.backup.isVisible()
    assert window.status.backup.whole_text() == "Geen reservekopie vandaag"
    assert window.status.backup.text() in {"Geen reservekopie vandaag", "Geen back-up"}
    assert "schrijfbaar" in window.status.backup.toolTip()
