"""Core messages and kinds in the user's language: the one renderer of the whole UI."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.errors import DeskError, Labelled, Money, Param, Text
from desk_app.formatting import DEFAULT_LOCALE, format_cents, format_day
from desk_app.services.volunteers.duty_board import DutyWarning


def error_text(error: DeskError) -> str:
    """The message of a core error, translated, with each parameter written the reader's way."""
    return text_of(error.text)


def text_of(text: Text) -> str:
    """A kept core text (an error, a sync log line) translated, its parameters the reader's way."""
    return text.render(QCoreApplication.translate(text.context, text.template), param_text)


def param_text(value: Param) -> str:
    """A message parameter in the user's language: a kind by its label, a day, an amount."""
    if isinstance(value, Labelled):
        return kind_text(value)
    if isinstance(value, Money):
        return format_cents(value.cents, screen_locale())
    if isinstance(value, date):
        return format_day(value, screen_locale())
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def kind_text(kind: Labelled) -> str:
    """The label of a kind (a role, a tariff class, a part of the day...) in the user's language."""
    return QCoreApplication.translate(kind.label_context, kind.label)


def kind_heading(kind: Labelled) -> str:
    """A kind's label heading a row or a field ("ochtend" heads its row as "Ochtend")."""
    text = kind_text(kind)
    return text[:1].upper() + text[1:]


def screen_locale() -> str:
    """The locale the screen writes days and amounts in (Dutch, or the chosen language)."""
    language = QLocale().name().split("_")[0]
    return DEFAULT_LOCALE if language == "nl" else language


def warning_text(warning: DutyWarning) -> str:
    """A duty-board warning in the user's language."""
    return text_of(warning.text)
