"""Small helpers the till's widgets share: translated errors, money, big touch buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from desk_app.errors import DeskError
from desk_app.formatting import format_cents

TOUCH_HEIGHT = 48


def error_text(error: DeskError) -> str:
    """The error's Dutch template, translated, with its placeholders filled in."""
    return QCoreApplication.translate("Errors", error.template).format(**error.params)


def money(cents: int) -> str:
    """An amount as the screen shows it."""
    return format_cents(cents)


def touch_button(
    text: str, parent: QWidget | None = None, height: int = TOUCH_HEIGHT
) -> QPushButton:
    """A button large enough for a finger at a busy bar."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(height)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button
