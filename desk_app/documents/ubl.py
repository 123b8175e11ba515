"""An invoice or credit note as a UBL 2.1 e-invoice after SI-UBL 2.0 (the Dutch Peppol BIS 3).

Municipalities, schools and housing corporations read it into their books; the totals are
the PDF's to the cent, the rounding line included.
"""

from __future__ import annotations

from io import BytesIO
from uuid import UUID
from xml.etree.ElementTree import Element, ElementTree, register_namespace

from desk_app.documents.invoice_data import InvoiceDocument, invoice_document
from desk_app.documents.ubl_parts import (
    CAC,
    CBC,
    CURRENCY,
    amount,
    buyer,
    cac,
    category,
    cbc,
    monetary_total,
    seller,
    tax_total,
)
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import InvoiceKind
from desk_app.services.rooms.bookings import ExtraLine
from desk_app.services.rooms.e_invoices import EInvoiceBuyer, e_invoice_buyer
from desk_app.services.uow import UnitOfWork

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
SEPA_CREDIT_TRANSFER = "58"
UNIT = "C62"  # one, a unit without a dimension (UN/ECE Recommendation 20)

register_namespace("cbc", CBC)
register_namespace("cac", CAC)


def ubl_invoice(uow: UnitOfWork, invoice_id: UUID) -> bytes:
    """The stored invoice as UBL, for a hirer that takes e-invoices; refused for any other."""
    hirer = e_invoice_buyer(uow, invoice_id)
    if hirer is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Deze huurder ontvangt geen e-factuur; zet dat aan bij de huurder."
            )
        )
    return ubl_xml(invoice_document(uow, invoice_id), hirer)


def ubl_xml(document: InvoiceDocument, hirer: EInvoiceBuyer) -> bytes:
    """The document as UBL bytes: an Invoice, or a CreditNote with positive amounts."""
    credit = document.kind is InvoiceKind.CREDIT_NOTE
    sign = -1 if credit else 1
    # The root is written with its namespace as the default one; its parts carry cbc/cac.
    root = Element(
        "CreditNote" if credit else "Invoice", xmlns=CREDIT_NOTE_NS if credit else INVOICE_NS
    )
    _header(root, document, hirer, credit=credit)
    seller(root, document.centre)
    buyer(root, hirer)
    if not credit and document.centre.iban:
        _payment_means(root, document)
    tax_total(root, document.totals, sign)
    monetary_total(root, document.totals, sign)
    for position, line in enumerate(document.lines, start=1):
        _line(root, position, line, sign, credit=credit)
    buffer = BytesIO()
    ElementTree(root).write(buffer, encoding="UTF-8", xml_declaration=True)
    return buffer.getvalue()


def _header(
    root: Element, document: InvoiceDocument, hirer: EInvoiceBuyer, *, credit: bool
) -> None:
    """Profile, number, dates, type, one note (Peppol allows one), and the credited invoice."""
    cbc(root, "CustomizationID", CUSTOMIZATION_ID)
    cbc(root, "ProfileID", PROFILE_ID)
    cbc(root, "ID", document.number)
    cbc(root, "IssueDate", document.issued_on.isoformat())
    if not credit:
        cbc(root, "DueDate", document.due_on.isoformat())
    cbc(root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode", "381" if credit else "380")
    note = "; ".join(text for text in (document.period, document.reason) if text)
    if note:
        cbc(root, "Note", note)
    cbc(root, "DocumentCurrencyCode", CURRENCY)
    cbc(root, "BuyerReference", hirer.contact_name or hirer.name)
    if document.credits_number:
        reference = cac(cac(root, "BillingReference"), "InvoiceDocumentReference")
        cbc(reference, "ID", document.credits_number)


def _payment_means(root: Element, document: InvoiceDocument) -> None:
    """A SEPA credit transfer to the centre's IBAN with the RF reference as payment id."""
    means = cac(root, "PaymentMeans")
    cbc(means, "PaymentMeansCode", SEPA_CREDIT_TRANSFER)
    cbc(means, "PaymentID", document.reference)
    account = cac(means, "PayeeFinancialAccount")
    cbc(account, "ID", document.centre.iban)
    cbc(account, "Name", document.centre.name)


def _line(root: Element, position: int, line: ExtraLine, sign: int, *, credit: bool) -> None:
    """One line whose quantity times price is its amount (PEPPOL-EN16931-R120).

    The document's sign turns the line once, on its price; a price is never negative (BR-27),
    so a negative line (a discount, or an invoice's negative line credited) has a negative
    quantity.
    """
    quantity, price = line.quantity, sign * line.unit_cents
    if price < 0:
        quantity, price = -quantity, -price
    element = cac(root, "CreditNoteLine" if credit else "InvoiceLine")
    cbc(element, "ID", str(position))
    cbc(element, "CreditedQuantity" if credit else "InvoicedQuantity", str(quantity), unitCode=UNIT)
    amount(element, "LineExtensionAmount", quantity * price)
    item = cac(element, "Item")
    cbc(item, "Name", line.description[:100] or "-")
    category(item, "ClassifiedTaxCategory", line.vat_rate)
    amount(cac(element, "Price"), "PriceAmount", price)
