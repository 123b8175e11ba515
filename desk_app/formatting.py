"""How money, numbers and times read: euro amounts from cents, the centre's local times from UTC.

The free functions write Dutch (documents are Dutch); a screen uses the ``Formatter`` of its
language, so English screens read ``€295.27`` and ``30 November 2026``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal, get_decimal_symbol

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")
DEFAULT_LOCALE = "nl_NL"
LOCALES = {"nl": DEFAULT_LOCALE, "en": "en_GB"}  # British English: day before month, 24 hours
# A day in figures, with and without the year (the patterns read the same to Qt's date fields).
NUMERIC_DATES = {DEFAULT_LOCALE: ("dd-MM-yyyy", "dd-MM"), "en_GB": ("dd/MM/yyyy", "dd/MM")}


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


def now_local() -> datetime:
    """This moment in the centre's time zone, whatever zone the PC itself is set to."""
    return datetime.now(UTC).astimezone(LOCAL_ZONE)


def format_hours(hours: float) -> str:
    """Worked time as hours and minutes: ``3.5`` becomes ``3:30``, ``0.25`` becomes ``0:15``."""
    minutes = round(hours * 60)
    sign = "-" if minutes < 0 else ""
    whole, rest = divmod(abs(minutes), 60)
    return f"{sign}{whole}:{rest:02d}"


@dataclass(frozen=True)
class Formatter:
    """Numbers, money, dates and times for one screen language, in the centre's time zone."""

    locale: str = DEFAULT_LOCALE

    def cents(self, cents: int) -> str:
        """``29527`` becomes ``€ 295,27`` in Dutch, ``€295.27`` in English."""
        return format_cents(cents, self.locale)

    def amount_field(self, cents: int) -> str:
        """An amount as a person types it into a field: ``1250,00`` in Dutch, ``1250.00`` in
        English; no thousands mark, which a field read back could take for the decimals."""
        sign, whole = ("-" if cents < 0 else ""), abs(cents)
        return f"{sign}{whole // 100}{get_decimal_symbol(self.locale)}{whole % 100:02d}"

    def whole_euros(self, cents: int) -> str:
        """A round amount without its zero cents: ``€ 20`` in Dutch, ``€20`` in English."""
        return self.cents(cents).removesuffix(",00").removesuffix(".00")

    def number(self, number: int) -> str:
        """``40204`` becomes ``40.204`` in Dutch, ``40,204`` in English."""
        return format_number(number, self.locale)

    def moment(self, moment: datetime, pattern: str = "d MMM yyyy HH:mm") -> str:
        """A UTC moment in the centre's local time."""
        return format_local(moment, pattern, self.locale)

    def day(self, day: date, pattern: str = DAY_PATTERN) -> str:
        """A calendar day, written out."""
        return format_date(day, pattern, locale=self.locale)

    def numeric_pattern(self, *, year: bool = True) -> str:
        """The pattern of a day in figures: ``dd-MM-yyyy`` in Dutch, ``dd/MM/yyyy`` in English."""
        with_year, without = NUMERIC_DATES.get(self.locale, NUMERIC_DATES[DEFAULT_LOCALE])
        return with_year if year else without

    def numeric(self, day: date, *, year: bool = True) -> str:
        """A day in figures: ``02-03-2026`` in Dutch, ``02/03/2026`` in English."""
        return format_date(day, self.numeric_pattern(year=year), locale=self.locale)

    def hours(self, hours: float) -> str:
        """Worked time as ``3:30``, the same in every language."""
        return format_hours(hours)


def formatter_for(language: str) -> Formatter:
    """The formatter of a screen language (``nl`` or ``en``); Dutch for anything else."""
    return Formatter(LOCALES.get(language, DEFAULT_LOCALE))
