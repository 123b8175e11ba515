"""Values kept between transactions, each with one named way to forget them.

The composition root (``bootstrap``) makes them; the sync thread forgets while the GUI
thread reads, so each holds a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from threading import Lock
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Centre, DayPart, DayPartKey

if TYPE_CHECKING:
    from desk_app.services.living_room.figures import Counts


class DayPartSpan(NamedTuple):
    """A part of the day with its local start and end."""

    key: DayPartKey
    starts: time
    ends: time


class SettingsCache:
    """The centre's code and parts of the day, read once; ``forget`` after a settings change."""

    def __init__(self) -> None:
        self._lock = Lock()
        self._centre_code: str | None = None
        self._day_parts: tuple[DayPartSpan, ...] | None = None

    def centre_code(self, reader: Session | Connection) -> str:
        """The code of the centre this desk serves; refuses work before the centre is set up."""
        with self._lock:
            if self._centre_code is None:
                code = reader.scalar(select(Centre.code).limit(1))
                if code is None:
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP("Errors", "Het buurthuis is nog niet ingesteld.")
                    )
                self._centre_code = code
            return self._centre_code

    def day_parts(self, reader: Session | Connection) -> tuple[DayPartSpan, ...]:
        """The centre's parts of the day."""
        with self._lock:
            if self._day_parts is None:
                rows = reader.execute(select(DayPart.key, DayPart.starts, DayPart.ends))
                self._day_parts = tuple(
                    DayPartSpan(key, starts, ends) for key, starts, ends in rows
                )
            return self._day_parts

    def forget(self) -> None:
        """Drop the parts of the day (the code never changes), so the next use reads them."""
        with self._lock:
            self._day_parts = None


class HistoryCache:
    """Visit counts of days that are over: nothing can be dated on a past day, so they stay true.

    Master data from the office can change what they count: ``forget`` after a pull.
    """

    def __init__(self) -> None:
        self._lock = Lock()
        self._counts: dict[tuple[date, date], Counts] = {}
        self._generation = 0

    def visit_counts(self, first: date, last: date, count: Callable[[], Counts]) -> Counts:
        """The counts for ``first`` to ``last``, from ``count`` the first time they are asked."""
        with self._lock:
            known = self._counts.get((first, last))
            generation = self._generation
        if known is None:
            known = count()
            with self._lock:
                if generation == self._generation:  # not forgotten while counting
                    self._counts[(first, last)] = known
        return known

    def forget(self) -> None:
        """Drop every kept count."""
        with self._lock:
            self._counts.clear()
            self._generation += 1
