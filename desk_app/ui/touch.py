"""Controls sized for a finger, shared by every screen: one touch height, one kind of button."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

TOUCH_HEIGHT = 48  # comfortably above the 44 px a finger needs
TEXT_PADDING = 8  # px above and below a control's line of text, so targets grow with the text

W = TypeVar("W", bound=QWidget)


def touch_button(
    text: str, parent: QWidget | None = None, height: int = TOUCH_HEIGHT
) -> QPushButton:
    """A button large enough for a finger at a busy bar, as wide as its place allows."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(height)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def big_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A push button tall enough for a finger, as wide as its text."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(TOUCH_HEIGHT)
    return button


def touch_sized(widget: W) -> W:
    """Make an input at least finger-high."""
    widget.setMinimumHeight(TOUCH_HEIGHT)
    return widget


def finger_height(widget: QWidget) -> int:
    """The height a control needs at its text size: 48 px, or a line of text and padding."""
    return max(TOUCH_HEIGHT, widget.fontMetrics().height() + 2 * TEXT_PADDING)
