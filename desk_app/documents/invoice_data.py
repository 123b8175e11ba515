"""An issued invoice gathered as plain data for its PDF: centre, hirer, lines, VAT, payment QR."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select

from desk_app.documents.epc_qr import epc_qr_payload
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Invoice, InvoiceKind, InvoiceLine
from desk_app.services.centre import CentreDetails, centre_details
from desk_app.services.rooms.bookings import ExtraLine
from desk_app.services.rooms.collections import CollectionNotice, collection_notice
from desk_app.services.rooms.invoice_lines import Totals, stored_totals
from desk_app.services.rooms.invoice_store import invoice_number_text
from desk_app.services.rooms.payment_reference import payment_reference
from desk_app.services.uow import UnitOfWork

# Why an exempt line carries no VAT: the letting of immovable property (the room hire).
EXEMPT_NOTE = "Vrijgesteld van btw (art. 11 lid 1 onderdeel b Wet OB 1968)."


@dataclass(frozen=True)
class InvoiceDocument:
    """Everything an invoice or credit note prints."""

    centre: CentreDetails
    number: str
    kind: InvoiceKind
    issued_on: date
    due_on: date
    period: str
    reason: str
    hirer_name: str
    hirer_address: str
    lines: tuple[ExtraLine, ...]
    totals: Totals
    credits_number: str | None
    payment_qr: str | None
    # The RF creditor reference (ISO 11649) a transfer should carry.
    reference: str
    # For a hirer with a mandate: the direct debit announced (the pre-notification).
    collection: CollectionNotice | None = None


def invoice_document(uow: UnitOfWork, invoice_id: UUID) -> InvoiceDocument:
    """The stored invoice with the centre's current details and, when payable, its QR payload."""
    centre = centre_details(uow)
    with uow.read() as tx:
        invoice = tx.session.get(Invoice, invoice_id)
        if invoice is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze factuur bestaat niet."))
        rows = tx.session.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == invoice.id)
            .order_by(InvoiceLine.position)
        )
        lines = tuple(ExtraLine(r.description, r.quantity, r.unit_cents, r.vat_rate) for r in rows)
        credited = (
            tx.session.get(Invoice, invoice.credits_invoice_id)
            if invoice.credits_invoice_id
            else None
        )
        number = invoice_number_text(invoice.centre_code, invoice.number)
        reference = payment_reference(invoice.centre_code, invoice.number)
        return InvoiceDocument(
            centre=centre,
            number=number,
            kind=invoice.kind,
            issued_on=invoice.issued_on,
            due_on=invoice.due_on,
            period=invoice.period,
            reason=invoice.reason,
            hirer_name=invoice.hirer_name,
            hirer_address=invoice.hirer_address,
            lines=lines,
            totals=stored_totals(lines, invoice.total_cents),
            credits_number=invoice_number_text(credited.centre_code, credited.number)
            if credited
            else None,
            payment_qr=_payment_qr(centre, invoice, reference),
            reference=reference,
            collection=collection_notice(tx.session, invoice, centre.creditor_id),
        )


def _payment_qr(centre: CentreDetails, invoice: Invoice, reference: str) -> str | None:
    """A QR for a payable invoice; none for credit notes, zero totals or a centre without IBAN."""
    if invoice.kind is not InvoiceKind.INVOICE or invoice.total_cents <= 0 or not centre.iban:
        return None
    return epc_qr_payload(
        name=centre.name, iban=centre.iban, amount_cents=invoice.total_cents, reference=reference
    )
