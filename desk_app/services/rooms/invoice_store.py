"""Writing invoices: the next gapless number, the lines, the audit entry; reading them back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Invoice, InvoiceCounter, InvoiceKind, InvoiceLine, Person
from desk_app.services import audit
from desk_app.services.rooms.bookings import ExtraLine
from desk_app.services.uow import Transaction


@dataclass(frozen=True)
class InvoiceInfo:
    """An issued invoice or credit note as lists show it."""

    id: UUID
    number: str
    kind: InvoiceKind
    hirer_name: str
    issued_on: date
    due_on: date
    period: str
    total_cents: int
    credited: bool


@dataclass(frozen=True)
class InvoiceItem:
    """A line to put on an invoice, with the booking or the bar payment it comes from."""

    line: ExtraLine
    booking_id: UUID | None = None
    payment_id: UUID | None = None
    # For a bar sale on account: the amount including VAT that the till booked.
    gross_cents: int | None = None


def invoice_number_text(centre_code: str, number: int) -> str:
    """How an invoice number is printed: the centre's code and the gapless number."""
    return f"{centre_code}-{number:06d}"


def next_invoice(tx: Transaction, centre_code: str, kind: InvoiceKind) -> Invoice:
    """An invoice row with the centre's next number, raised in this same transaction."""
    counter = tx.session.get(InvoiceCounter, centre_code)
    if counter is None:
        counter = InvoiceCounter(centre_code=centre_code, last_number=0)
        tx.session.add(counter)
    counter.last_number += 1
    return Invoice(
        centre_code=centre_code, created_at=tx.now, number=counter.last_number, kind=kind
    )


def add_lines(session: Session, invoice: Invoice, items: Sequence[InvoiceItem]) -> None:
    """The invoice's lines, numbered in the order given."""
    for position, item in enumerate(items, start=1):
        line = item.line
        session.add(
            InvoiceLine(
                centre_code=invoice.centre_code,
                created_at=invoice.created_at,
                invoice_id=invoice.id,
                booking_id=item.booking_id,
                payment_id=item.payment_id,
                position=position,
                description=line.description[:200],
                quantity=line.quantity,
                unit_cents=line.unit_cents,
                amount_cents=line.amount_cents,
                vat_rate=line.vat_rate,
            )
        )


def audit_invoice(tx: Transaction, person: Person, action: str, invoice: Invoice) -> None:
    audit.record(
        tx.session,
        centre_code=invoice.centre_code,
        actor=person,
        action=action,
        subject=invoice_number_text(invoice.centre_code, invoice.number),
        at=tx.now,
        after={"hirer": invoice.hirer_name, "total_cents": invoice.total_cents},
    )


def credit_of(session: Session, invoice_id: UUID) -> Invoice | None:
    return session.scalars(select(Invoice).where(Invoice.credits_invoice_id == invoice_id)).first()


def invoice_info(session: Session, invoice: Invoice) -> InvoiceInfo:
    return InvoiceInfo(
        id=invoice.id,
        number=invoice_number_text(invoice.centre_code, invoice.number),
        kind=invoice.kind,
        hirer_name=invoice.hirer_name,
        issued_on=invoice.issued_on,
        due_on=invoice.due_on,
        period=invoice.period,
        total_cents=invoice.total_cents,
        credited=credit_of(session, invoice.id) is not None,
    )
