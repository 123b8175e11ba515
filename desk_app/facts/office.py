"""Every centre side by side for a day, week, month or year, against the same period last year.

The figures are the yearly facts' central queries (``sheet.FACTS``) asked for any span of days,
so the office's overview and ``report facts`` count the same way. It lives beside the facts
rather than in ``services.office`` because the facts sit above the services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from desk_app.central.connect import engine_for, with_ca
from desk_app.central.schema import sync_progress
from desk_app.facts import queries
from desk_app.facts.registry import Number, Period
from desk_app.facts.sheet import FACTS
from desk_app.services.office.overview import PeriodKind, Span, span_of, year_before

if TYPE_CHECKING:
    from pathlib import Path

# The figures the overview compares, in the order the page shows them.
FIGURES = (
    "visits",
    "unique_visitors",
    "activities",
    "bar_turnover_cents",
    "rental_income_cents",
    "occupancy_pct",
    "volunteers_active",
    "volunteer_hours",
    "satisfaction_pct",
)


@dataclass(frozen=True)
class DaySpan(Period):
    """A :class:`Period` of any days: the facts' queries read only ``first`` and ``last``."""

    start: date = date.min
    end: date = date.max

    @property
    def first(self) -> date:
        return self.start

    @property
    def last(self) -> date:
        return self.end


@dataclass(frozen=True)
class CentreFigures:
    """One centre's figures now and in the same period last year, and its last sync."""

    code: str
    name: str
    last_sync: datetime | None
    now: dict[str, Number] = field(default_factory=dict)
    before: dict[str, Number] = field(default_factory=dict)

    def figure(self, key: str, *, last_year: bool = False) -> Number:
        """A figure's value; nothing recorded is 0, but no vote is no satisfaction at all."""
        values = self.before if last_year else self.now
        return values.get(key, None if key == "satisfaction_pct" else 0)


@dataclass(frozen=True)
class Overview:
    """Every centre side by side for one period, with the same period last year."""

    kind: PeriodKind
    span: Span
    previous: Span
    centres: tuple[CentreFigures, ...]


def organisation_overview(url: str, ca_file: Path | None, kind: PeriodKind, day: date) -> Overview:
    """Read every centre's figures for the period holding ``day`` and for last year's."""
    engine = engine_for(with_ca(url, str(ca_file or "")))
    try:
        with engine.connect() as connection:
            return overview_on(connection, kind, day)
    finally:
        engine.dispose()


def overview_on(connection: Connection, kind: PeriodKind, day: date) -> Overview:
    """:func:`organisation_overview` on an open connection."""
    span = span_of(kind, day)
    previous = year_before(kind, span)
    now, before = figures(connection, span), figures(connection, previous)
    names = queries.centres(connection, Period(day.year))
    synced = _last_syncs(connection)
    centres = tuple(
        CentreFigures(code, name, synced.get(code), now.get(code, {}), before.get(code, {}))
        for code, name in names.items()
    )
    return Overview(kind, span, previous, centres)


def figures(connection: Connection, span: Span) -> dict[str, dict[str, Number]]:
    """Per centre (code -> figure -> value) over the days of ``span``."""
    period = DaySpan(span.first.year, None, span.first, span.last)
    per_centre: dict[str, dict[str, Number]] = {}
    for fact in FACTS:
        if fact.key not in FIGURES or fact.central is None:
            continue
        for code, value in fact.central(connection, period).per_centre.items():
            per_centre.setdefault(code, {})[fact.key] = value
    return per_centre


def _last_syncs(connection: Connection) -> dict[str, datetime]:
    """When each centre's rows last arrived (its progress rows' newest move)."""
    query = select(sync_progress.c.centre_code, func.max(sync_progress.c.updated_at)).group_by(
        sync_progress.c.centre_code
    )
    return {str(code): moment for code, moment in connection.execute(query)}
