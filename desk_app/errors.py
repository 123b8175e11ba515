"""Errors a person at the desk can read: a Dutch message, translatable by the UI."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import Protocol, runtime_checkable

from babel.dates import format_date
from babel.numbers import format_currency

# The Dutch way of writing a day and an amount; desk_app.formatting writes them the same way
# for any language (a test holds the two together: errors sits beside formatting, not above).
DUTCH = "nl_NL"
DAY_PATTERN = "EEEE d MMMM yyyy"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction into the translation files; return it unchanged."""
    del context
    return text


@dataclass(frozen=True)
class Money:
    """An amount in euro cents, as a message parameter written the reader's way."""

    cents: int


@runtime_checkable
class Labelled(Protocol):
    """A kind's member (``desk_app.kinds``): a Dutch label and its translation context."""

    @property
    def label(self) -> str: ...

    @property
    def label_context(self) -> str: ...


# What a message's placeholder may hold: never a Dutch word, only values each reader's
# language writes its own way (names and codes are plain text, counts plain numbers).
Param = Labelled | Money | date | time | int | str


def dutch_text(value: Param) -> str:
    """A parameter written in Dutch: the kind's label, the day and amount the Dutch way."""
    if isinstance(value, Labelled):
        return value.label
    if isinstance(value, Money):
        return format_currency(Decimal(value.cents).scaleb(-2), "EUR", locale=DUTCH)
    if isinstance(value, date):
        return format_date(value, DAY_PATTERN, locale=DUTCH)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


@dataclass(frozen=True)
class Text:
    """A Dutch source text marked for translation in ``context``, with its typed parameters."""

    context: str
    template: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def render(self, template: str, text: Callable[[Param], str]) -> str:
        """``template`` (the source or its translation) with each parameter written by ``text``."""
        return template.format(**{key: text(value) for key, value in self.params.items()})

    @property
    def message(self) -> str:
        """The text in the source language (Dutch), placeholders filled in."""
        return self.render(self.template, dutch_text)


class DeskError(Exception):
    """A refusal or failure with a message for the user.

    ``template`` is a Dutch source text marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` and
    ``params`` fill its ``{placeholders}`` with typed values (see :data:`Param`); the UI
    translates the template and writes each value in the reader's language.
    """

    def __init__(self, template: str, **params: Param) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def text(self) -> Text:
        """The message as a value, to keep (the sync log) or to write in another language."""
        return Text("Errors", self.template, self.params)

    def render(self, template: str, text: Callable[[Param], str]) -> str:
        """``template`` (the source or its translation) with each parameter written by ``text``."""
        return self.text.render(template, text)

    @property
    def message(self) -> str:
        """The message in the source language (Dutch), placeholders filled in."""
        return self.text.message


class NotAllowed(DeskError):
    """The person at the desk lacks the role for this action."""


class InvalidInput(DeskError):
    """Input from the screen, a scanner, a file or the network that cannot be accepted."""


class StorageError(DeskError):
    """The database or data folder cannot be used."""
