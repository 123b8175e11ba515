"""Qt dates and times to Python ones, typed."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def python_date(value: QDate) -> date:
    """The calendar day of a QDate."""
    return date(value.year(), value.month(), value.day())


def python_time(value: QTime) -> time:
    """The clock time of a QTime, to the minute."""
    return time(value.hour(), value.minute())
