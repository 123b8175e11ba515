"""The day in pictures: visits and sales per hour, and the turnover of the last seven days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from desk_app.formatting import to_local
from desk_app.models import Sale, Visit
from desk_app.services.till.reports import day_bounds
from desk_app.services.uow import UnitOfWork

FIRST_HOUR = 8
LAST_HOUR = 23


@dataclass(frozen=True)
class DayPictures:
    """Figures for the Overzicht page's charts; hours run from 8 to 23, local time."""

    day: date
    visits_per_hour: tuple[int, ...]
    sales_cents_per_hour: tuple[int, ...]
    week: tuple[tuple[date, int], ...]

    @property
    def hours(self) -> range:
        return range(FIRST_HOUR, LAST_HOUR + 1)


def _hour_slot(hour: int) -> int:
    return min(max(hour, FIRST_HOUR), LAST_HOUR) - FIRST_HOUR


def day_pictures(uow: UnitOfWork, day: date) -> DayPictures:
    """Bucket the day's visits and receipts by local hour; the week's turnover by day."""
    slots = LAST_HOUR - FIRST_HOUR + 1
    visits, sales = [0] * slots, [0] * slots
    week_start = day - timedelta(days=6)
    per_day = {week_start + timedelta(days=n): 0 for n in range(7)}
    start, end = day_bounds(day)
    with uow.read() as tx:
        rows = tx.session.execute(
            select(Visit.created_at, Visit.visitors).where(Visit.local_day == day)
        )
        for at, count in rows:
            visits[_hour_slot(to_local(at).hour)] += count
        receipts = tx.session.execute(
            select(Sale.created_at, Sale.total_cents)
            .where(Sale.created_at >= day_bounds(week_start)[0], Sale.created_at < end)
            .where(Sale.training.is_(False))
        )
        for at, cents in receipts:
            local = to_local(at)
            per_day[local.date()] = per_day.get(local.date(), 0) + cents
            if at >= start:
                sales[_hour_slot(local.hour)] += cents
    return DayPictures(day, tuple(visits), tuple(sales), tuple(sorted(per_day.items())))
