"""Errors a person at the desk can read: a Dutch message, translatable by the UI."""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction into the translation files; return it unchanged."""
    del context
    return text


class DeskError(Exception):
    """A refusal or failure with a message for the user.

    ``template`` is a Dutch source text marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` and
    ``params`` fill its ``{placeholders}``; the UI translates the template before formatting.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in the source language (Dutch), placeholders filled in."""
        return self.template.format(**self.params)


class NotAllowed(DeskError):
    """The person at the desk lacks the role for this action."""


class InvalidInput(DeskError):
    """Input from the screen, a scanner, a file or the network that cannot be accepted."""


class StorageError(DeskError):
    """The database or data folder cannot be used."""
