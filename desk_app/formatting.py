"""How money and times read in Dutch: euro amounts from cents, local times from UTC."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")
DEFAULT_LOCALE = "nl_NL"


def format_cents(cents: int, locale: str = DEFAULT_LOCALE) -> str:
    """``123450`` becomes ``€ 1.234,50`` (with a non-breaking space) in Dutch."""
    return format_currency(Decimal(cents).scaleb(-2), "EUR", locale=locale)


def to_local(moment: datetime) -> datetime:
    """A UTC moment as the wall-clock time in the Netherlands."""
    return moment.astimezone(LOCAL_ZONE)


def format_local(
    moment: datetime, pattern: str = "d MMM yyyy HH:mm", locale: str = DEFAULT_LOCALE
) -> str:
    """A UTC moment written the Dutch way in Dutch local time."""
    return format_datetime(to_local(moment), pattern, locale=locale)


def format_number(number: int, locale: str = DEFAULT_LOCALE) -> str:
    """``40204`` becomes ``40.204`` in Dutch."""
    return format_decimal(number, locale=locale)


DAY_PATTERN = "EEEE d MMMM yyyy"


def format_day(day: date, locale: str = DEFAULT_LOCALE) -> str:
    """``2026-03-02`` becomes ``maandag 2 maart 2026`` in Dutch, ``Monday 2 March 2026``."""
    return format_date(day, DAY_PATTERN, locale=locale)
