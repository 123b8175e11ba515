"""Who takes an invoice as an e-invoice: the hirer's identifiers as the buyer on a UBL invoice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Hirer, Invoice
from desk_app.services.uow import UnitOfWork

_NUMBER = re.compile(r"(?:([A-Za-z0-9]{2,8})-)?0*([0-9]{1,9})")


@dataclass(frozen=True)
class EInvoiceBuyer:
    """The organisation an e-invoice is addressed to, with its address as it is now."""

    name: str
    street: str
    postcode: str
    city: str
    contact_name: str
    email: str
    registration_number: str
    peppol_id: str


def e_invoice_buyer(uow: UnitOfWork, invoice_id: UUID) -> EInvoiceBuyer | None:
    """The buyer of an invoice whose hirer takes e-invoices; ``None`` for any other hirer."""
    with uow.read() as tx:
        invoice = tx.session.get(Invoice, invoice_id)
        hirer = tx.session.get(Hirer, invoice.hirer_id) if invoice else None
        if invoice is None or hirer is None or not hirer.e_invoicing:
            return None
        return EInvoiceBuyer(
            name=invoice.hirer_name,
            street=hirer.street,
            postcode=hirer.postcode,
            city=hirer.city,
            contact_name=hirer.contact_name,
            email=hirer.email,
            registration_number=hirer.registration_number,
            peppol_id=hirer.peppol_id,
        )


def invoice_id_by_number(uow: UnitOfWork, text: str) -> UUID:
    """The invoice a printed number names (``MEE-000012`` or ``12``) at this desk."""
    found = _NUMBER.fullmatch(text.strip())
    with uow.read() as tx:
        code = tx.centre_code()
        if found and (found.group(1) or code).upper() == code:
            query = select(Invoice.id).where(
                Invoice.centre_code == code, Invoice.number == int(found.group(2))
            )
            invoice_id = tx.session.scalar(query)
            if invoice_id is not None:
                return invoice_id
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Factuur {number} bestaat niet."), number=text.strip()
    )
