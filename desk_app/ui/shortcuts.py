"""A button that has a key shows it: the text with the key after it, in the screen's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def with_keys(text: str, keys: QKeySequence) -> str:
    """``text`` with ``keys`` after it, written as the screen's language writes keys ("Del")."""
    native = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return QCoreApplication.translate("Shortcuts", "{text} ({keys})").format(text=text, keys=native)
