"""Room-hire invoices, credit notes and the money received against them, in the books."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Invoice, InvoiceKind, InvoiceLine, InvoicePayment
from desk_app.services.books.entries import Entry, JournalKind, Line, kept
from desk_app.services.books.ledger import Ledger
from desk_app.services.rooms.bookings import ExtraLine
from desk_app.services.rooms.invoice_lines import totals
from desk_app.services.rooms.invoice_store import invoice_number_text


def hirer_ident(hirer_id: object) -> str:
    """The debtor's identifier in the books: the hirer's key without dashes (35 characters max)."""
    return str(hirer_id).replace("-", "")


def invoice_entries(session: Session, ledger: Ledger, first: date, last: date) -> list[Entry]:
    """Every invoice and credit note issued between ``first`` and ``last``, by number."""
    invoices = session.scalars(
        select(Invoice)
        .where(Invoice.issued_on >= first, Invoice.issued_on <= last)
        .order_by(Invoice.number)
    ).all()
    own_lines = _own_lines(session, first, last)
    return [_invoice_entry(ledger, invoice, own_lines[invoice.id]) for invoice in invoices]


def _own_lines(session: Session, first: date, last: date) -> defaultdict[UUID, list[ExtraLine]]:
    """The invoices' own lines (room hire and extras, not bar sales), all in one query."""
    query = (
        select(
            InvoiceLine.invoice_id,
            InvoiceLine.description,
            InvoiceLine.quantity,
            InvoiceLine.unit_cents,
            InvoiceLine.vat_rate,
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.issued_on >= first, Invoice.issued_on <= last)
        .where(InvoiceLine.payment_id.is_(None))
    )
    found: defaultdict[UUID, list[ExtraLine]] = defaultdict(list)
    for invoice_id, description, quantity, unit_cents, vat_rate in session.execute(query):
        found[invoice_id].append(ExtraLine(description, quantity, unit_cents, vat_rate))
    return found


def _invoice_entry(ledger: Ledger, invoice: Invoice, own_lines: list[ExtraLine]) -> Entry:
    """Debtors for the total; room hire per rate and VAT; bar sales on account to their clearing.

    The bar sales' revenue and VAT were booked by the till on the day of the sale.
    """
    number = invoice_number_text(invoice.centre_code, invoice.number)
    hirer = hirer_ident(invoice.hirer_id)
    own = totals(own_lines)
    lines = [Line(ledger.debtors, invoice.total_cents, invoice.hirer_name, hirer, invoice=number)]
    for vat in own.vat_rows:
        lines.append(Line(ledger.rooms[vat.rate], -vat.base_cents, f"Zaalhuur {vat.rate}%"))
        if vat.rate:  # exempt room hire carries no VAT
            text = f"Btw {vat.rate}%"
            lines.append(Line(ledger.vat[vat.rate], -vat.vat_cents, text, vat_rate=vat.rate))
    bar = invoice.total_cents - own.total_cents
    lines.append(Line(ledger.to_invoice, -bar, "Barverkopen op rekening"))
    kind = "Factuur" if invoice.kind is InvoiceKind.INVOICE else "Creditnota"
    text = f"{kind} {number} {invoice.hirer_name}"
    return Entry(JournalKind.SALES, number, invoice.issued_on, text, kept(lines))


def payment_entries(session: Session, ledger: Ledger, first: date, last: date) -> list[Entry]:
    """Money received against invoices (and write-offs, and their reversals), by day."""
    rows = session.execute(
        select(InvoicePayment, Invoice)
        .join(Invoice, Invoice.id == InvoicePayment.invoice_id)
        .where(InvoicePayment.paid_on >= first, InvoicePayment.paid_on <= last)
        .order_by(InvoicePayment.paid_on, InvoicePayment.created_at)
    ).all()
    entries = []
    for payment, invoice in rows:
        number = invoice_number_text(invoice.centre_code, invoice.number)
        hirer = hirer_ident(invoice.hirer_id)
        cents = payment.amount_cents
        lines = (
            Line(ledger.for_settlement(payment.method), cents, payment.source or number),
            Line(ledger.debtors, -cents, invoice.hirer_name, hirer, invoice=number),
        )
        text = f"Ontvangst {number} ({payment.method.value})"
        entries.append(
            Entry(JournalKind.RECEIPTS, receipt_number(payment.id), payment.paid_on, text, lines)
        )
    return entries


def receipt_number(payment_id: UUID) -> str:
    """A receipt's entry number, the same in every export: ``ONT`` and the payment's key.

    The three letters and the key's 32 hex digits fill the audit file's 35 characters for a
    transaction number; a time-ordered key keeps a day's receipts in the order they came in.
    """
    return f"{JournalKind.RECEIPTS.value}{payment_id.hex}"
