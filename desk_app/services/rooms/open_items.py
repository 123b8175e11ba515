"""Open items: where each invoice stands, computed from its payment facts, due date and credit.

Nothing about a payment status is stored; it follows from the append-only payments (reversals
included), the credit notes and today's date, so it can never disagree with them.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Invoice, InvoiceKind, InvoicePayment, InvoiceStatus, SettlementMethod
from desk_app.services.rooms.invoice_store import InvoiceInfo, invoice_info, invoice_number_text
from desk_app.services.rooms.payment_reference import invoice_number_of, payment_reference
from desk_app.services.rooms.reminder_facts import Reminded, last_reminders
from desk_app.services.uow import UnitOfWork


class StandingFilter(enum.StrEnum):
    """Which invoices a list shows: still owing (open, partly paid, overdue), overdue, paid."""

    OPEN = "open"
    OVERDUE = "overdue"
    PAID = "paid"
    ALL = "all"


OWING = frozenset({InvoiceStatus.OPEN, InvoiceStatus.PARTLY_PAID, InvoiceStatus.OVERDUE})


@dataclass(frozen=True)
class Settled:
    """The money against one invoice: received (after reversals) and written off."""

    paid_cents: int = 0
    written_off_cents: int = 0


@dataclass(frozen=True)
class Standing:
    """An invoice or credit note with its RF reference and, for an invoice, where it stands.

    ``open_cents`` is negative when more came in than was owed (to be paid back); a credit
    note has no status.
    """

    invoice: InvoiceInfo
    reference: str
    paid_cents: int
    written_off_cents: int
    open_cents: int
    status: InvoiceStatus | None
    days_overdue: int
    # The latest reminder sent, as the list shows it.
    reminded: Reminded | None = None


def desk_takings(session: Session, day: date) -> dict[SettlementMethod, int]:
    """Invoice money taken at the desk on ``day`` (reversals included): cash and card.

    The day close expects it in the drawer and on the card terminal beside the till's.
    """
    query = (
        select(InvoicePayment.method, func.sum(InvoicePayment.amount_cents))
        .where(
            InvoicePayment.paid_on == day,
            InvoicePayment.method.in_([SettlementMethod.CASH, SettlementMethod.CARD]),
        )
        .group_by(InvoicePayment.method)
    )
    return {method: int(total) for method, total in session.execute(query)}


def status_of(
    total_cents: int, settled: Settled, *, credited: bool, due_on: date, today: date
) -> tuple[InvoiceStatus, int, int]:
    """The status, the amount still open and the days overdue of one invoice."""
    if credited:
        return InvoiceStatus.CREDITED, -settled.paid_cents, 0
    open_cents = total_cents - settled.paid_cents - settled.written_off_cents
    if open_cents <= 0:
        return InvoiceStatus.PAID, open_cents, 0
    if today > due_on:
        return InvoiceStatus.OVERDUE, open_cents, (today - due_on).days
    if settled.paid_cents or settled.written_off_cents:
        return InvoiceStatus.PARTLY_PAID, open_cents, 0
    return InvoiceStatus.OPEN, open_cents, 0


def settled_amounts(session: Session, invoice_ids: list[UUID] | None = None) -> dict[UUID, Settled]:
    """What came in per invoice, for the given invoices or all of them."""
    query = select(InvoicePayment.invoice_id, InvoicePayment.method, InvoicePayment.amount_cents)
    if invoice_ids is not None:
        query = query.where(InvoicePayment.invoice_id.in_(invoice_ids))
    paid: dict[UUID, int] = defaultdict(int)
    written_off: dict[UUID, int] = defaultdict(int)
    for invoice_id, method, amount in session.execute(query):
        target = written_off if method is SettlementMethod.WRITE_OFF else paid
        target[invoice_id] += amount
    return {key: Settled(paid[key], written_off[key]) for key in {*paid, *written_off}}


def standing_of(
    session: Session,
    invoice: Invoice,
    settled: Settled,
    today: date,
    info: InvoiceInfo | None = None,
) -> Standing:
    """One invoice's standing from what came in against it (``info`` when already known)."""
    info = info or invoice_info(session, invoice)
    reference = payment_reference(invoice.centre_code, invoice.number)
    if invoice.kind is not InvoiceKind.INVOICE:
        return Standing(info, reference, 0, 0, 0, None, 0)
    status, open_cents, days = status_of(
        invoice.total_cents, settled, credited=info.credited, due_on=invoice.due_on, today=today
    )
    return Standing(
        info, reference, settled.paid_cents, settled.written_off_cents, open_cents, status, days
    )


def invoice_standing(uow: UnitOfWork, invoice_id: UUID) -> Standing | None:
    """Where one invoice stands today, or ``None`` when there is no such invoice."""
    with uow.read() as tx:
        invoice = tx.session.get(Invoice, invoice_id)
        if invoice is None:
            return None
        settled = settled_amounts(tx.session, [invoice.id]).get(invoice.id, Settled())
        return standing_of(tx.session, invoice, settled, _today(uow))


def invoice_by_reference(uow: UnitOfWork, reference: str) -> Standing | None:
    """The centre's invoice an RF reference names (as a transfer carries it), if any."""
    with uow.read() as tx:
        centre_code = tx.centre_code()
        number = invoice_number_of(reference, centre_code)
        if number is None:
            return None
        invoice = tx.session.scalars(
            select(Invoice).where(
                Invoice.centre_code == centre_code,
                Invoice.number == number,
                Invoice.kind == InvoiceKind.INVOICE,
            )
        ).first()
        invoice_id = invoice.id if invoice is not None else None
    return invoice_standing(uow, invoice_id) if invoice_id is not None else None


def standings(uow: UnitOfWork, wanted: StandingFilter = StandingFilter.ALL) -> list[Standing]:
    """Invoices and credit notes, newest first; a filter other than ALL keeps invoices only."""
    today = _today(uow)
    with uow.read() as tx:
        settled = settled_amounts(tx.session)
        credited = set(
            tx.session.scalars(
                select(Invoice.credits_invoice_id).where(Invoice.credits_invoice_id.is_not(None))
            )
        )
        rows = tx.session.scalars(select(Invoice).order_by(Invoice.number.desc()))
        found = [
            standing_of(
                tx.session,
                row,
                settled.get(row.id, Settled()),
                today,
                _listed(row, credited=row.id in credited),
            )
            for row in rows
        ]
        reminded = last_reminders(tx.session)
    return [
        replace(row, reminded=reminded.get(row.invoice.id)) for row in found if _wanted(row, wanted)
    ]


def _listed(invoice: Invoice, *, credited: bool) -> InvoiceInfo:
    """The list's view of an invoice, its credit looked up once for the whole list."""
    return InvoiceInfo(
        id=invoice.id,
        number=invoice_number_text(invoice.centre_code, invoice.number),
        kind=invoice.kind,
        hirer_name=invoice.hirer_name,
        issued_on=invoice.issued_on,
        due_on=invoice.due_on,
        period=invoice.period,
        total_cents=invoice.total_cents,
        credited=credited,
    )


def _wanted(row: Standing, wanted: StandingFilter) -> bool:
    if wanted is StandingFilter.ALL:
        return True
    if wanted is StandingFilter.OPEN:
        return row.status in OWING
    return row.status is not None and row.status.value == wanted.value


def _today(uow: UnitOfWork) -> date:
    return uow.now().astimezone(LOCAL_ZONE).date()
