"""A sent reminder gathered as plain data for its letter: invoice, open amount, payment QR."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from desk_app.documents.epc_qr import epc_qr_payload
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Invoice, InvoiceReminder, ReminderLevel
from desk_app.services.centre import CentreDetails, centre_details
from desk_app.services.rooms.invoice_store import invoice_number_text
from desk_app.services.rooms.payment_reference import payment_reference
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class ReminderDocument:
    """Everything a reminder or final notice prints, the amount being what was still open."""

    centre: CentreDetails
    level: ReminderLevel
    sent_on: date
    due_on: date
    open_cents: int
    invoice_number: str
    invoice_issued_on: date
    invoice_due_on: date
    invoice_total_cents: int
    hirer_name: str
    hirer_address: str
    reference: str
    payment_qr: str | None


def reminder_document(uow: UnitOfWork, reminder_id: UUID) -> ReminderDocument:
    """The stored reminder with its invoice and the centre's current details."""
    centre = centre_details(uow)
    with uow.read() as tx:
        reminder = tx.session.get(InvoiceReminder, reminder_id)
        invoice = tx.session.get(Invoice, reminder.invoice_id) if reminder else None
        if reminder is None or invoice is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze herinnering bestaat niet."))
        reference = payment_reference(invoice.centre_code, invoice.number)
        qr = (
            epc_qr_payload(
                name=centre.name,
                iban=centre.iban,
                amount_cents=reminder.amount_cents,
                reference=reference,
            )
            if centre.iban
            else None
        )
        return ReminderDocument(
            centre=centre,
            level=reminder.level,
            sent_on=reminder.sent_on,
            due_on=reminder.due_on,
            open_cents=reminder.amount_cents,
            invoice_number=invoice_number_text(invoice.centre_code, invoice.number),
            invoice_issued_on=invoice.issued_on,
            invoice_due_on=invoice.due_on,
            invoice_total_cents=invoice.total_cents,
            hirer_name=invoice.hirer_name,
            hirer_address=invoice.hirer_address,
            reference=reference,
            payment_qr=qr,
        )
