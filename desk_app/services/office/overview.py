"""The office overview's periods and one centre's detail: its days and its Z-reports' totals.

The figures of every centre side by side come from the yearly facts' own queries
(``desk_app.facts.office``); this module holds what they and the page share below them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desk_app.central.connect import with_ca
from desk_app.central.reads import read_central
from desk_app.formatting import LOCAL_ZONE

if TYPE_CHECKING:
    from pathlib import Path

    import psycopg  # an annotation only: psycopg loads when the central database is read


class PeriodKind(enum.Enum):
    """How long a period the office compares: a day, a week, a month or a year."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Span:
    """The days from ``first`` to ``last``, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def span_of(kind: PeriodKind, day: date) -> Span:
    """The day, its week (Monday to Sunday), its month or its year."""
    if kind is PeriodKind.DAY:
        return Span(day, day)
    if kind is PeriodKind.WEEK:
        monday = day - timedelta(days=day.weekday())
        return Span(monday, monday + timedelta(days=6))
    if kind is PeriodKind.MONTH:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return Span(day.replace(day=1), following - timedelta(days=1))
    return Span(date(day.year, 1, 1), date(day.year, 12, 31))


def year_before(kind: PeriodKind, span: Span) -> Span:
    """The same period last year: the same weekdays 52 weeks back, or the same month or year."""
    if kind in (PeriodKind.DAY, PeriodKind.WEEK):
        weeks = timedelta(weeks=52)
        return Span(span.first - weeks, span.last - weeks)
    return span_of(kind, span.first.replace(year=span.first.year - 1))


@dataclass(frozen=True)
class CentreDay:
    """One day of a centre: its visits and bar turnover, and its Z-report when it was closed.

    The bar turnover is the facts' (``bar_turnover_cents``): a strippenkaart sold is prepaid
    credit, not turnover, so its lines are left out; the Z-report's takings still hold them.
    """

    day: date
    visits: int
    turnover_cents: int
    z_number: int | None = None
    cash_takings_cents: int = 0
    card_cents: int = 0
    paid_out_cents: int = 0
    cash_difference_cents: int = 0
    closed_by: str = ""


@dataclass(frozen=True)
class CentreDetail:
    """A centre's days in a period, newest first, and its Z-reports' totals."""

    code: str
    name: str
    span: Span
    days: tuple[CentreDay, ...]

    @property
    def closed(self) -> tuple[CentreDay, ...]:
        """The days with a Z-report."""
        return tuple(day for day in self.days if day.z_number is not None)

    def z_total(self, field: str) -> int:
        """One Z-report figure added up over the closed days."""
        return sum(int(getattr(day, field)) for day in self.closed)


_DAYS = """
WITH visits AS (
    SELECT local_day AS day, sum(visitors) AS n FROM visit
    WHERE centre_code = %(code)s AND local_day BETWEEN %(first)s AND %(last)s GROUP BY 1
), sold AS (
    SELECT id, (created_at AT TIME ZONE %(zone)s)::date AS day, total_cents FROM sale
    WHERE centre_code = %(code)s AND NOT training
      AND created_at >= %(start)s AND created_at < %(end)s
), cards AS (
    SELECT s.day, sum(l.amount_cents) AS cents FROM sold s
    JOIN sale_line l ON l.centre_code = %(code)s AND l.sale_id = s.id
    JOIN product p ON p.centre_code = l.centre_code AND p.id = l.product_id
    WHERE p.stamps IS NOT NULL GROUP BY 1
), sales AS (
    SELECT day, sum(total_cents) - coalesce(max(c.cents), 0) AS cents
    FROM sold LEFT JOIN cards c USING (day) GROUP BY 1
), closes AS (
    SELECT local_day AS day, number, cash_takings_cents, card_recorded_cents, paid_out_cents,
           cash_counted_cents - cash_expected_cents AS difference, closed_by_name
    FROM day_close WHERE centre_code = %(code)s AND local_day BETWEEN %(first)s AND %(last)s
)
SELECT day, coalesce(v.n, 0), coalesce(s.cents, 0), c.number, coalesce(c.cash_takings_cents, 0),
       coalesce(c.card_recorded_cents, 0), coalesce(c.paid_out_cents, 0),
       coalesce(c.difference, 0), coalesce(c.closed_by_name, '')
FROM visits v FULL JOIN sales s USING (day) FULL JOIN closes c USING (day)
ORDER BY day DESC
"""


def centre_detail(url: str, ca_file: Path | None, code: str, span: Span) -> CentreDetail:
    """One centre's days in ``span`` as the central database has them (as of its last sync)."""
    return read_central(with_ca(url, str(ca_file or "")), lambda c: _detail_on(c, code, span))


def _detail_on(connection: psycopg.Connection[Any], code: str, span: Span) -> CentreDetail:
    start = datetime.combine(span.first, datetime.min.time(), LOCAL_ZONE)
    end = datetime.combine(span.last + timedelta(days=1), datetime.min.time(), LOCAL_ZONE)
    values = {"code": code, "first": span.first, "last": span.last, "start": start, "end": end}
    rows = connection.execute(_DAYS, {**values, "zone": LOCAL_ZONE.key}).fetchall()
    named = connection.execute(
        "SELECT coalesce((SELECT name FROM centre WHERE code = %(code)s LIMIT 1), "
        "(SELECT name FROM centre_registry WHERE code = %(code)s), %(code)s)",
        {"code": code},
    ).fetchone()
    days = tuple(
        CentreDay(day, int(n), int(cents), number, int(cash), int(card), int(out), int(diff), by)
        for day, n, cents, number, cash, card, out, diff, by in rows
    )
    return CentreDetail(code, str(named[0]) if named else code, span, days)
