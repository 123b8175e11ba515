"""Answering a desk question (``desk_app.ui.modal.ask``) the way a person does: a click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot


def answer(
    qtbot: QtBot, asked: Callable[[], QMessageBox | None], button: QMessageBox.StandardButton
) -> str:
    """Click ``button`` in the question ``asked()`` holds open; its text, once it is gone."""
    question = asked()
    assert question is not None, "no question is open"
    qtbot.waitExposed(question)
    text = question.text()
    qtbot.mouseClick(question.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked() is None)
    return text
