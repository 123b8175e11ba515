"""The days a SEPA direct debit may be collected on: TARGET2 business days and lead times.

The centre's rule follows the rulebook it was written against: a first collection under a
mandate is sent at least five business days ahead, a recurring one at least two.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

LEAD_DAYS = {"FRST": 5, "RCUR": 2}


def is_business_day(day: date) -> bool:
    """Whether the SEPA clearing (TARGET2) is open: weekdays except its six closing days."""
    if day.weekday() >= 5:
        return False
    fixed = {(1, 1), (5, 1), (12, 25), (12, 26)}
    if (day.month, day.day) in fixed:
        return False
    sunday = easter(day.year)
    return day not in {sunday - timedelta(days=2), sunday + timedelta(days=1)}


def add_business_days(start: date, count: int) -> date:
    """The business day ``count`` business days after ``start``."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            count -= 1
    return day


def next_business_day(day: date) -> date:
    """``day`` itself when it is a business day, else the first one after it."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def earliest_collection(today: date, sequences: set[str]) -> date:
    """The first day a file sent today may ask for, given the sequences it holds."""
    lead = max(LEAD_DAYS[sequence] for sequence in sequences)
    return add_business_days(today, lead)
