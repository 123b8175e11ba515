"""Preferences of this reception PC (font size, language): local, not privileged, not synced."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Setting
from desk_app.services.uow import UnitOfWork

FONT_SIZES = (11, 13, 15, 18, 22)
LANGUAGES = ("nl", "en")
_KEY = "preferences"


@dataclass(frozen=True)
class Preferences:
    """How the screen looks on this PC."""

    font_size: int = 13
    language: str = "nl"


def load_preferences(uow: UnitOfWork) -> Preferences:
    """The stored preferences, or the defaults on a new PC."""
    with uow.read() as tx:
        row = tx.session.get(Setting, _KEY)
        if row is None:
            return Preferences()
        stored = json.loads(row.value_json)
    known = {key: value for key, value in stored.items() if key in Preferences.__dataclass_fields__}
    return replace(Preferences(), **known)


def save_preferences(uow: UnitOfWork, preferences: Preferences) -> Preferences:
    """Store preferences after checking they are ones the app offers."""
    if preferences.font_size not in FONT_SIZES or preferences.language not in LANGUAGES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze weergave-instelling bestaat niet."))
    value = json.dumps({"font_size": preferences.font_size, "language": preferences.language})
    with uow.write() as tx:
        row = tx.session.get(Setting, _KEY)
        if row is None:
            tx.session.add(Setting(key=_KEY, value_json=value))
        else:
            row.value_json = value
    return preferences
