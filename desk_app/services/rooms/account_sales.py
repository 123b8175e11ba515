"""Bar sales put on a room hirer's account at the till, as lines of the hirer's invoice.

A sale's prices include VAT; an invoice line is an amount without VAT at one rate. So each
payment on account becomes a line per VAT rate of its sale, its share of the sale split over
the rates in proportion (the cents that do not divide go to the largest remainders). A payment
is invoiced once: it is left out while it is on an invoice that has not been credited.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.formatting import LOCAL_ZONE, to_local
from desk_app.models import Hirer, Payment, PaymentMethod, Sale, SaleLine, TariffClass
from desk_app.services.rooms.bookings import ExtraLine
from desk_app.services.rooms.invoice_lines import invoiced_payment_ids
from desk_app.services.rooms.invoice_store import InvoiceItem
from desk_app.services.till.vat import vat_in_gross
from desk_app.services.uow import UnitOfWork


def account_items(session: Session, hirer_id: UUID, first: date, after: date) -> list[InvoiceItem]:
    """Lines for the hirer's not yet invoiced bar sales on account, local days first..after."""
    done = invoiced_payment_ids(session)
    query = (
        select(Payment, Sale)
        .join(Sale, Sale.id == Payment.sale_id)
        .where(
            Payment.method == PaymentMethod.ON_ACCOUNT,
            Payment.hirer_id == hirer_id,
            Payment.created_at >= _start_of(first),
            Payment.created_at < _start_of(after),
            Sale.training.is_(False),
        )
        .order_by(Payment.created_at, Sale.receipt_number)
    )
    items: list[InvoiceItem] = []
    for payment, sale in session.execute(query):
        if payment.id not in done:
            items += _payment_items(session, payment, sale)
    return items


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_ZONE).astimezone(UTC)


def _payment_items(session: Session, payment: Payment, sale: Sale) -> list[InvoiceItem]:
    gross = _gross_per_rate(session, sale.id)
    shares = split_in_proportion(payment.amount_cents, gross)
    when = to_local(payment.created_at).strftime("%d-%m-%Y")
    items = []
    for rate, share in sorted(shares.items()):
        if share == 0:
            continue
        text = f"Bar op rekening, {when}, bon {sale.receipt_number}"
        net = share - vat_in_gross(share, rate)
        items.append(
            InvoiceItem(ExtraLine(text, 1, net, rate), payment_id=payment.id, gross_cents=share)
        )
    return items


def _gross_per_rate(session: Session, sale_id: UUID) -> dict[int, int]:
    gross: dict[int, int] = defaultdict(int)
    for rate, amount in session.execute(
        select(SaleLine.vat_rate, SaleLine.amount_cents).where(SaleLine.sale_id == sale_id)
    ):
        gross[rate] += amount
    return dict(gross)


def split_in_proportion(amount: int, weights: dict[int, int]) -> dict[int, int]:
    """``amount`` over the keys in proportion to their weights, summing to it exactly."""
    sizes = {key: abs(weight) for key, weight in weights.items()}  # a sale or its reversal
    total = sum(sizes.values())
    if total == 0:
        return {}
    sign = -1 if amount < 0 else 1
    parts = {key: divmod(abs(amount) * size, total) for key, size in sizes.items()}
    shares = {key: whole for key, (whole, _rest) in parts.items()}
    left = abs(amount) - sum(shares.values())
    for key in sorted(parts, key=lambda k: parts[k][1], reverse=True)[:left]:
        shares[key] += 1
    return {key: sign * share for key, share in shares.items()}


@dataclass(frozen=True)
class AccountHirer:
    """A hirer the till may put a sale on account of."""

    id: UUID
    name: str


def account_hirers(uow: UnitOfWork) -> list[AccountHirer]:
    """Active hirers who receive invoices (not the centre's own activities), by name."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(Hirer.id, Hirer.name)
            .where(Hirer.active.is_(True), Hirer.tariff_class != TariffClass.INTERNAL)
            .order_by(Hirer.name)
        )
        return [AccountHirer(hirer_id, name) for hirer_id, name in rows]
