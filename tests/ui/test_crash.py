"""An unexpected error: a calm Dutch dialog, the user's work kept, the traceback in the log."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.logs import LOG_FILE
from desk_app.services.auth import Actor
from desk_app.ui import app as ui_app
from desk_app.ui.admin.centre import CentreDialog


def fail_in_a_slot() -> None:
    """Stands in for a bug in any button's handler."""
    raise ZeroDivisionError("injected fault 4711")


@pytest.mark.qt_no_exception_capture
def test_an_injected_error_shows_the_dialog_keeps_the_work_and_logs_the_traceback(
    qtbot: QtBot,
    qapp: QApplication,
    empty_desk: Desk,
    desk_manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = ui_app.DeskApp(qapp, empty_desk).main_window(desk_manager)
    qtbot.addWidget(window)
    window.show()
    window.open_centre_details()
    dialog = window.dialog
    assert isinstance(dialog, CentreDialog)
    dialog.identity.street.setText("Dorpsstraat 12, nog niet opgeslagen")
    shown: list[str] = []

    def answer_the_message() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_the_message)
            return
        shown.append(f"{box.windowTitle()}|{box.text()}")
        box.accept()

    QTimer.singleShot(0, fail_in_a_slot)
    QTimer.singleShot(10, answer_the_message)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    [message] = shown
    assert message.startswith("Er ging iets mis|")
    assert "U kunt gewoon verder werken" in message
    assert "4711" not in message
    assert window.isVisible()
    assert dialog.isVisible()
    assert dialog.identity.street.text() == "Dorpsstraat 12, nog niet opgeslagen"
    log = (empty_desk.folder.logs / LOG_FILE).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "ZeroDivisionError: injected fault 4711" in log
    assert "fail_in_a_slot" in log
