"""The X-report: the day so far, for the manager at any time and for the day close later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk_app.formatting import LOCAL_ZONE, to_local
from desk_app.models import (
    CardStamp,
    CoffeeCardMovement,
    Payment,
    PaymentMethod,
    Product,
    RemovedLine,
    Role,
    Sale,
    SaleKind,
    SaleLine,
    Tab,
)
from desk_app.services.auth import Actor, require_role
from desk_app.services.till.vat import VatRow, vat_breakdown
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class XReport:
    """A day's till figures; training sales are counted apart and kept out of turnover.

    A strippenkaart sold is prepaid credit, as a coffee card loaded: not in the turnover.
    """

    day: date
    made_at: datetime
    receipts: int
    first_number: int | None
    last_number: int | None
    turnover_cents: int
    vat_rows: tuple[VatRow, ...]
    payments: tuple[tuple[PaymentMethod, int], ...]
    cash_rounding_cents: int
    reversals: int
    reversals_cents: int
    training_receipts: int
    training_cents: int
    removed_lines: int
    removed_cents: int
    card_loads: tuple[tuple[PaymentMethod, int], ...]
    open_tabs: int
    cards_sold_cents: int = 0  # strippenkaarten: paid at the till, turnover when stamped
    stamps_used_cents: int = 0  # the turnover the day's stamps made of them (VAT included)

    @property
    def cash_cents(self) -> int:
        """Cash the drawer should have gained: cash parts of sales plus cards loaded for cash."""
        sales = dict(self.payments).get(PaymentMethod.CASH, 0)
        return sales + dict(self.card_loads).get(PaymentMethod.CASH, 0)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC moments a local calendar day starts and ends."""
    start = datetime.combine(day, time(0), LOCAL_ZONE).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), LOCAL_ZONE).astimezone(UTC)
    return start, end


def x_report(uow: UnitOfWork, actor: Actor, day: date | None = None) -> XReport:
    """The manager's X-report of ``day`` (today when not given)."""
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)
        return day_figures(tx.session, day or to_local(tx.now).date(), tx.now)


def day_figures(session: Session, day: date, made_at: datetime) -> XReport:
    """Every till figure of a day, read in one snapshot (the day close uses it too)."""
    start, end = day_bounds(day)
    real = (Sale.created_at >= start, Sale.created_at < end, Sale.training.is_(False))
    numbers = session.execute(
        select(func.count(), func.min(Sale.receipt_number), func.max(Sale.receipt_number)).where(
            Sale.created_at >= start, Sale.created_at < end
        )
    ).one()
    lines = select(SaleLine.vat_rate, func.sum(SaleLine.amount_cents)).join(Sale).where(*real)
    lines = lines.join(Product, Product.id == SaleLine.product_id).group_by(SaleLine.vat_rate)
    per_rate = session.execute(lines.where(Product.stamps.is_(None))).all()
    cards_sold = session.execute(lines.where(Product.stamps.is_not(None))).all()
    vat_rows = tuple(vat_breakdown(per_rate))
    return XReport(
        day=day,
        made_at=made_at,
        receipts=int(numbers[0]),
        first_number=numbers[1],
        last_number=numbers[2],
        turnover_cents=sum(row.gross_cents for row in vat_rows),
        vat_rows=vat_rows,
        payments=_per_method(session, start, end),
        cash_rounding_cents=_sum(session, Sale.rounding_cents, *real),
        reversals=_count(session, *real, Sale.kind == SaleKind.REVERSAL),
        reversals_cents=_sum(session, Sale.total_cents, *real, Sale.kind == SaleKind.REVERSAL),
        training_receipts=_count(
            session, Sale.created_at >= start, Sale.created_at < end, Sale.training.is_(True)
        ),
        training_cents=_sum(
            session,
            Sale.total_cents,
            Sale.created_at >= start,
            Sale.created_at < end,
            Sale.training.is_(True),
        ),
        removed_lines=_removed(session, start, end)[0],
        removed_cents=_removed(session, start, end)[1],
        card_loads=_card_loads(session, start, end),
        open_tabs=int(session.scalar(select(func.count()).where(Tab.closed_at.is_(None))) or 0),
        cards_sold_cents=sum(int(cents or 0) for _rate, cents in cards_sold),
        stamps_used_cents=_sum(
            session,
            CardStamp.value_cents,
            CardStamp.created_at >= start,
            CardStamp.created_at < end,
        ),
    )


def _sum(session: Session, column: InstrumentedAttribute[int], *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(column), 0)).where(*where)) or 0)


def _count(session: Session, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(Sale.id)).where(*where)) or 0)


def _per_method(
    session: Session, start: datetime, end: datetime
) -> tuple[tuple[PaymentMethod, int], ...]:
    query = (
        select(Payment.method, func.sum(Payment.amount_cents))
        .join(Sale)
        .where(Sale.created_at >= start, Sale.created_at < end)
        .where(Sale.training.is_(False))
        .group_by(Payment.method)
        .order_by(Payment.method)
    )
    return tuple((method, int(total)) for method, total in session.execute(query))


def _card_loads(
    session: Session, start: datetime, end: datetime
) -> tuple[tuple[PaymentMethod, int], ...]:
    query = (
        select(CoffeeCardMovement.method, func.sum(CoffeeCardMovement.amount_cents))
        .where(CoffeeCardMovement.created_at >= start, CoffeeCardMovement.created_at < end)
        .where(CoffeeCardMovement.method.is_not(None))
        .group_by(CoffeeCardMovement.method)
    )
    return tuple((method, int(total)) for method, total in session.execute(query) if method)


def _removed(session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(RemovedLine.quantity * RemovedLine.unit_price_cents), 0),
        ).where(RemovedLine.created_at >= start, RemovedLine.created_at < end)
    ).one()
    return int(row[0]), int(row[1])
