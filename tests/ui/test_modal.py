"""A dialog opens one way: window-modal without blocking, its answer handled, then deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desk_app.ui.modal import open_dialog


def test_an_accepted_dialog_is_handled_then_deleted(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    events: list[str] = []
    dialog = open_dialog(
        QDialog(window), lambda: events.append("accepted"), lambda: events.append("closed")
    )
    assert dialog.isVisible()
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    dialog.accept()
    qtbot.waitUntil(lambda: not isValid(dialog))
    assert events == ["accepted", "closed"]


def test_a_cancelled_dialog_is_only_closed(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    events: list[str] = []
    dialog = open_dialog(
        QDialog(window), lambda: events.append("accepted"), lambda: events.append("closed")
    )
    dialog.reject()
    qtbot.waitUntil(lambda: not isValid(dialog))
    assert events == ["closed"]
