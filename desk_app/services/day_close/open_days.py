"""Which day the next close is for: the oldest day since the last close on which the desk was used.

A close signed after midnight belongs to the evening before, and a day left open (a party that
ran late, a manager who went home) must be closed before a later one: a later close locks every
day before it, and the drawer's expected cash runs from one close to the next.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.formatting import to_local
from desk_app.models import (
    CoffeeCardMovement,
    DayClose,
    InvoicePayment,
    PaidOut,
    Sale,
    SettlementMethod,
    SignIn,
    Visit,
)
from desk_app.services.till.reports import day_bounds
from desk_app.services.uow import UnitOfWork

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)  # before any desk's first entry


def next_day_to_close(uow: UnitOfWork) -> date:
    """The oldest day still open with something on it; today when there is none."""
    with uow.read() as tx:
        today = to_local(tx.now).date()
        return oldest_open_day(tx.session, today) or today


def oldest_open_day(session: Session, before: date) -> date | None:
    """The oldest day after the last close and before ``before`` with visits, duty or money."""
    latest = session.scalar(select(func.max(DayClose.local_day)))
    after = latest or date.min
    if after >= before - timedelta(days=1):
        return None
    days = [d for d in _days_used(session, after, before) if d is not None]
    moments = [m for m in _moments_used(session, after, before) if m is not None]
    found = days + [to_local(moment).date() for moment in moments]
    return min(found, default=None)


def _days_used(session: Session, after: date, before: date) -> list[date | None]:
    """The first day with a visit, a sign-in, a paid-out or an invoice paid at the desk."""
    desk_methods = (SettlementMethod.CASH, SettlementMethod.CARD)
    return [
        session.scalar(select(func.min(column)).where(column > after, column < before, *where))
        for column, where in (
            (Visit.local_day, ()),
            (SignIn.local_day, ()),
            (PaidOut.local_day, ()),
            (InvoicePayment.paid_on, (InvoicePayment.method.in_(desk_methods),)),
        )
    ]


def _moments_used(session: Session, after: date, before: date) -> list[datetime | None]:
    """The first sale (not practice) and the first coffee card loaded for money."""
    start = day_bounds(after)[1] if after > date.min else EARLIEST
    end = day_bounds(before)[0]
    sale = select(func.min(Sale.created_at)).where(
        Sale.created_at >= start, Sale.created_at < end, Sale.training.is_(False)
    )
    load = select(func.min(CoffeeCardMovement.created_at)).where(
        CoffeeCardMovement.created_at >= start,
        CoffeeCardMovement.created_at < end,
        CoffeeCardMovement.method.is_not(None),
    )
    return [session.scalar(sale), session.scalar(load)]
