"""Credit notes: an invoice is never changed or deleted, it is cancelled by a credit note."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Invoice, InvoiceKind, InvoiceLine, Role
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.bookings import ExtraLine
from desk_app.services.rooms.invoice_store import (
    InvoiceInfo,
    InvoiceItem,
    add_lines,
    audit_invoice,
    credit_of,
    invoice_info,
    next_invoice,
)
from desk_app.services.uow import UnitOfWork


def credit_invoice(uow: UnitOfWork, actor: Actor, invoice_id: UUID, reason: str) -> InvoiceInfo:
    """Cancel an invoice by a credit note with the next number; the invoice itself stays."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Geef een reden voor de creditnota."))
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        original = tx.session.get(Invoice, invoice_id)
        if original is None or original.kind is not InvoiceKind.INVOICE:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze factuur bestaat niet."))
        if credit_of(tx.session, original.id) is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze factuur is al gecrediteerd."))
        note = next_invoice(tx, original.centre_code, InvoiceKind.CREDIT_NOTE)
        for column in ("hirer_id", "hirer_name", "hirer_address", "period"):
            setattr(note, column, getattr(original, column))
        note.credits_invoice_id, note.reason = original.id, reason[:200]
        note.issued_on = note.due_on = tx.now.astimezone(LOCAL_ZONE).date()
        note.total_cents = -original.total_cents
        tx.session.add(note)
        tx.session.flush()
        old = tx.session.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == original.id)
            .order_by(InvoiceLine.position)
        )
        negated = [
            InvoiceItem(
                ExtraLine(line.description, line.quantity, -line.unit_cents, line.vat_rate),
                line.booking_id,
                line.payment_id,
            )
            for line in old
        ]
        add_lines(tx.session, note, negated)
        audit_invoice(tx, person, "invoice.credit", note)
        return invoice_info(tx.session, note)
