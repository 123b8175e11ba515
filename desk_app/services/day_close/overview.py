"""Everything that happened on one day, read in one snapshot for the close and the Z-report.

Room bookings (held and no-shows) are not part of it yet: they join when room hire lands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk_app.models import (
    Centre,
    DayClose,
    DayPartKey,
    PaymentMethod,
    Person,
    Sale,
    SaleKind,
    SaleLine,
    SettlementMethod,
)
from desk_app.services.activities.programme import OccurrenceInfo, occurrences_between
from desk_app.services.day_close.day_lock import PaidOutInfo, paid_outs
from desk_app.services.living_room.figures import (
    Counts,
    MoodCounts,
    counts_per_part,
    mood_counts,
    visit_counts,
)
from desk_app.services.rooms.guests import BookingOfDay, bookings_of_day
from desk_app.services.rooms.open_items import desk_takings
from desk_app.services.starter import first_float
from desk_app.services.till.reports import XReport, day_bounds, day_figures
from desk_app.services.till.tabs import TabSummary, tabs_still_open
from desk_app.services.volunteers.duty import OpenSignIn, open_sign_ins
from desk_app.services.volunteers.hours import shifts


@dataclass(frozen=True)
class ProductLine:
    """A product sold on the day (reversals subtract)."""

    name: str
    category: str
    quantity: int
    amount_cents: int


@dataclass(frozen=True)
class ReversalLine:
    """A reversal receipt with who made it, who approved it and why."""

    at: datetime
    number: int
    reverses_number: int | None
    seller_name: str
    approved_by: str
    reason: str
    total_cents: int


@dataclass(frozen=True)
class DayOverview:
    """The day's visits, activities, till, cash, tabs and volunteers."""

    day: date
    centre_name: str
    visits: Counts
    per_part: dict[DayPartKey, Counts]
    moods: MoodCounts
    activities: tuple[OccurrenceInfo, ...]
    till: XReport
    products: tuple[ProductLine, ...]
    reversals: tuple[ReversalLine, ...]
    open_tabs: tuple[TabSummary, ...]
    signed_in: tuple[OpenSignIn, ...]
    volunteer_hours: float
    paid_outs: tuple[PaidOutInfo, ...]
    opening_float_cents: int
    bookings: tuple[BookingOfDay, ...] = ()
    # Room-hire invoices paid at the desk that day: in the drawer, on the card terminal.
    invoice_cash_cents: int = 0
    invoice_card_cents: int = 0

    @property
    def categories(self) -> list[tuple[str, int]]:
        """Turnover per product category, largest first."""
        totals: dict[str, int] = {}
        for line in self.products:
            totals[line.category] = totals.get(line.category, 0) + line.amount_cents
        return sorted(totals.items(), key=lambda item: (-item[1], item[0]))

    @property
    def paid_out_cents(self) -> int:
        return sum(item.amount_cents for item in self.paid_outs)

    @property
    def cash_expected_cents(self) -> int:
        """Opening float plus cash takings (the till's and invoices') minus cash paid out."""
        takings = self.till.cash_cents + self.invoice_cash_cents
        return self.opening_float_cents + takings - self.paid_out_cents

    @property
    def card_recorded_cents(self) -> int:
        """Card payments recorded: sales, coffee cards loaded and invoices paid by card."""
        method = PaymentMethod.CARD
        till = dict(self.till.payments).get(method, 0) + dict(self.till.card_loads).get(method, 0)
        return till + self.invoice_card_cents

    @property
    def volunteer_consumption_cents(self) -> int:
        return dict(self.till.payments).get(PaymentMethod.VOLUNTEER, 0)

    @property
    def blocking_tabs(self) -> tuple[TabSummary, ...]:
        """Open tabs neither settled nor carried over: they keep the day from closing."""
        return tuple(tab for tab in self.open_tabs if not tab.carried_over)


def day_overview(
    session: Session, day: date, made_at: datetime, *, closed_at: datetime | None = None
) -> DayOverview:
    """Read every figure of ``day``; the caller's transaction makes it one snapshot.

    For a closed day, ``closed_at`` gives the open tabs and the people still signed in as
    they were at its close, so a reprinted Z-report says what the signed one said.
    """
    invoices = desk_takings(session, day)
    return DayOverview(
        day=day,
        centre_name=session.scalar(select(Centre.name).limit(1)) or "",
        visits=visit_counts(session, day, day),
        per_part=counts_per_part(session, day),
        moods=mood_counts(session, day, day),
        activities=tuple(occurrences_between(session, day, day)),
        till=day_figures(session, day, made_at),
        products=tuple(_products(session, day)),
        reversals=tuple(_reversals(session, day)),
        open_tabs=tuple(tabs_still_open(session, as_of=closed_at)),
        signed_in=_signed_in(session, day, closed_at),
        volunteer_hours=round(sum(shift.hours for shift in shifts(session, day, day)), 2),
        paid_outs=tuple(paid_outs(session, day)),
        opening_float_cents=opening_float(session, day),
        bookings=tuple(bookings_of_day(session, day)),
        invoice_cash_cents=invoices.get(SettlementMethod.CASH, 0),
        invoice_card_cents=invoices.get(SettlementMethod.CARD, 0),
    )


def _signed_in(session: Session, day: date, closed_at: datetime | None) -> tuple[OpenSignIn, ...]:
    """Who is signed in now; for a closed day, who its close signed out (in before its end)."""
    if closed_at is None:
        return tuple(open_sign_ins(session))
    day_end = day_bounds(day)[1]
    return tuple(s for s in open_sign_ins(session, as_of=closed_at) if s.since < day_end)


def opening_float(session: Session, day: date) -> int:
    """The float the last close before ``day`` left in the drawer (none yet: the first one)."""
    left = session.scalar(
        select(DayClose.float_left_cents)
        .where(DayClose.local_day < day)
        .order_by(DayClose.local_day.desc())
        .limit(1)
    )
    return first_float(session) if left is None else int(left)


def _products(session: Session, day: date) -> list[ProductLine]:
    start, end = day_bounds(day)
    rows = session.execute(
        select(
            SaleLine.name,
            SaleLine.category,
            func.sum(SaleLine.quantity),
            func.sum(SaleLine.amount_cents),
        )
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.created_at >= start, Sale.created_at < end, Sale.training.is_(False))
        .group_by(SaleLine.name, SaleLine.category)
        .order_by(func.sum(SaleLine.amount_cents).desc(), SaleLine.name)
    ).all()
    return [ProductLine(name, group, int(qty), int(cents)) for name, group, qty, cents in rows]


def _reversals(session: Session, day: date) -> list[ReversalLine]:
    start, end = day_bounds(day)
    original = aliased(Sale)
    rows = session.execute(
        select(
            Sale.created_at,
            Sale.receipt_number,
            original.receipt_number,
            Sale.seller_name,
            func.coalesce(Person.name, ""),
            Sale.reason,
            Sale.total_cents,
        )
        .outerjoin(original, original.id == Sale.reverses_id)
        .outerjoin(Person, Person.id == Sale.approved_by_id)
        .where(Sale.created_at >= start, Sale.created_at < end)
        .where(Sale.kind == SaleKind.REVERSAL, Sale.training.is_(False))
        .order_by(Sale.receipt_number)
    ).all()
    return [ReversalLine(*row) for row in rows]
