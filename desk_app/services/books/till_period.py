"""The till's figures for every day of a period, read in a few queries rather than per day.

Each figure is the one the day's X-report counts (``services.till.reports.day_figures``):
sales that are not training, bucketed by the local day of their moment.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.formatting import to_local
from desk_app.models import (
    CardStamp,
    CoffeeCardMovement,
    DayClose,
    PaidOut,
    Payment,
    PaymentMethod,
    Product,
    Sale,
    SaleLine,
)
from desk_app.services.day_close.day_lock import PaidOutInfo
from desk_app.services.till.reports import day_bounds
from desk_app.services.till.vat import VatRow, vat_breakdown

K = TypeVar("K")


@dataclass(frozen=True)
class Close:
    """What a day close counted against what it expected, and why they differ."""

    counted_cents: int
    expected_cents: int
    reason: str


@dataclass
class TillDay:
    """One day's till figures, as the books need them."""

    groups: dict[tuple[int, str], int] = field(default_factory=dict)
    payments: dict[PaymentMethod, int] = field(default_factory=dict)
    card_loads: dict[PaymentMethod, int] = field(default_factory=dict)
    cards_sold_cents: int = 0  # strippenkaarten sold: prepaid, not yet turnover
    stamps: dict[int, int] = field(default_factory=dict)  # turnover the stamps made, per rate
    rounding_cents: int = 0
    paid_outs: list[PaidOutInfo] = field(default_factory=list)
    close: Close | None = None

    @property
    def vat_rows(self) -> list[VatRow]:
        """Per rate the gross, its VAT and the net, from the rate's total as the X-report has it."""
        return vat_breakdown((rate, cents) for (rate, _group), cents in self.groups.items())


def till_period(session: Session, first: date, last: date) -> dict[date, TillDay]:
    """Every day's figures from ``first`` to ``last``; a day without any has none."""
    days: defaultdict[date, TillDay] = defaultdict(TillDay)
    start, end = day_bounds(first)[0], day_bounds(last)[1]
    real = (Sale.created_at >= start, Sale.created_at < end, Sale.training.is_(False))
    lines = select(
        Sale.created_at, SaleLine.vat_rate, SaleLine.category, SaleLine.amount_cents, Product.stamps
    )
    query = lines.join(Sale).join(Product, Product.id == SaleLine.product_id).where(*real)
    for at, rate, group, cents, card in session.execute(query):
        day = days[to_local(at).date()]
        if card is not None:
            day.cards_sold_cents += int(cents)
            continue
        _add(day.groups, (int(rate), str(group)), int(cents))
    paid = select(Sale.created_at, Payment.method, Payment.amount_cents).join(Sale)
    for at, method, cents in session.execute(paid.where(*real)):
        _add(days[to_local(at).date()].payments, method, int(cents))
    rounded = select(Sale.created_at, Sale.rounding_cents).where(*real, Sale.rounding_cents != 0)
    for at, cents in session.execute(rounded):
        days[to_local(at).date()].rounding_cents += int(cents)
    _card_loads(session, days, start, end)
    _stamps(session, days, start, end)
    _drawer(session, days, first, last)
    return days


def _card_loads(
    session: Session, days: defaultdict[date, TillDay], start: datetime, end: datetime
) -> None:
    movement = CoffeeCardMovement
    query = select(movement.created_at, movement.method, movement.amount_cents).where(
        movement.created_at >= start, movement.created_at < end, movement.method.is_not(None)
    )
    for at, method, cents in session.execute(query):
        if method is not None:
            _add(days[to_local(at).date()].card_loads, method, int(cents))


def _stamps(
    session: Session, days: defaultdict[date, TillDay], start: datetime, end: datetime
) -> None:
    """The card price the day's stamps turned into turnover (undone stamps subtract)."""
    query = select(CardStamp.created_at, CardStamp.vat_rate, CardStamp.value_cents).where(
        CardStamp.created_at >= start, CardStamp.created_at < end, CardStamp.value_cents != 0
    )
    for at, rate, cents in session.execute(query):
        _add(days[to_local(at).date()].stamps, int(rate), int(cents))


def _drawer(session: Session, days: defaultdict[date, TillDay], first: date, last: date) -> None:
    """Paid-outs in order, and each day's close."""
    outs = (
        select(
            PaidOut.local_day,
            PaidOut.created_at,
            PaidOut.amount_cents,
            PaidOut.reason,
            PaidOut.by_name,
        )
        .where(PaidOut.local_day >= first, PaidOut.local_day <= last)
        .order_by(PaidOut.created_at)
    )
    for day, at, cents, reason, by_name in session.execute(outs):
        days[day].paid_outs.append(PaidOutInfo(at, cents, reason, by_name))
    closes = select(
        DayClose.local_day,
        DayClose.cash_counted_cents,
        DayClose.cash_expected_cents,
        DayClose.cash_reason,
    ).where(DayClose.local_day >= first, DayClose.local_day <= last)
    for day, counted, expected, reason in session.execute(closes):
        days[day].close = Close(counted, expected, reason)


def _add(totals: dict[K, int], key: K, cents: int) -> None:
    totals[key] = totals.get(key, 0) + cents
