"""Qt dates and times to Python ones, typed; dates as the desk types them ("1-3", "1 mrt")."""

from __future__ import annotations

import re
from datetime import date, time

from babel.dates import get_month_names
from PySide6.QtCore import QDate, QTime

_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$")
_WORDS = re.compile(r"^(\d{1,2})\.?\s*([^\W\d_]+)\.?(?:\s+(\d{2}|\d{4}))?$")


def python_date(value: QDate) -> date:
    """The calendar day of a QDate."""
    return date(value.year(), value.month(), value.day())


def python_time(value: QTime) -> time:
    """The clock time of a QTime, to the minute."""
    return time(value.hour(), value.minute())


def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations, Dutch and English, without dots: "mrt" and "maart" are 3."""
    names: dict[str, int] = {}
    for locale in ("en", "nl"):
        for width in ("abbreviated", "wide"):
            for number, name in get_month_names(width, locale=locale).items():
                names[name.lower().rstrip(".")] = number
    return names


MONTHS = _month_numbers()


def parse_day(text: str, today: date) -> date | None:
    """The day the desk typed: "28-02-2026", "1-3", "1 maart", "1 mrt 2027"; ``None`` if unreadable.

    Without a year it is this year's date, or next year's if that one has passed.
    """
    text = " ".join(text.strip().lower().split())
    numeric, words = _NUMERIC.match(text), _WORDS.match(text)
    if numeric:
        day, month, year = int(numeric[1]), int(numeric[2]), numeric[3]
    elif words and words[2] in MONTHS:
        day, month, year = int(words[1]), MONTHS[words[2]], words[3]
    else:
        return None
    if year is not None:
        return _valid(int(year) + (2000 if len(year) == 2 else 0), month, day)
    this_year = _valid(today.year, month, day)
    if this_year is not None and this_year >= today:
        return this_year
    return _valid(today.year + 1, month, day) or this_year


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
