"""Small helpers the till's widgets share: translated errors and money."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.errors import DeskError
from desk_app.formatting import format_cents


def error_text(error: DeskError) -> str:
    """The error's Dutch template, translated, with its placeholders filled in."""
    return QCoreApplication.translate("Errors", error.template).format(**error.params)


def money(cents: int) -> str:
    """An amount as the screen shows it."""
    return format_cents(cents)
