"""The building blocks of a UBL 2.1 e-invoice: amounts, the two parties, the VAT breakdown."""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement

from desk_app.documents.invoice_data import EXEMPT_NOTE
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.centre import CentreDetails
from desk_app.services.rooms.e_invoices import EInvoiceBuyer
from desk_app.services.rooms.hirer_identifiers import KVK_SCHEME, registration_scheme
from desk_app.services.rooms.invoice_lines import Totals

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CURRENCY = "EUR"
VAT_SCHEME = "9944"


def cbc(parent: Element, name: str, text: str, **attributes: str) -> Element:
    """A basic component with its text."""
    element = SubElement(parent, f"{{{CBC}}}{name}", attributes)
    element.text = text
    return element


def cac(parent: Element, name: str) -> Element:
    """An empty aggregate component to fill."""
    return SubElement(parent, f"{{{CAC}}}{name}")


def amount(parent: Element, name: str, cents: int) -> Element:
    """A euro amount with two decimals, as UBL writes it: ``-12.05``."""
    sign = "-" if cents < 0 else ""
    return cbc(
        parent, name, f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}", currencyID=CURRENCY
    )


def category(parent: Element, name: str, rate: int) -> Element:
    """A VAT category: standard at its rate, or exempt (E) with the reason."""
    element = cac(parent, name)
    cbc(element, "ID", "E" if rate == 0 else "S")
    cbc(element, "Percent", str(rate))
    if rate == 0 and name == "TaxCategory":
        cbc(element, "TaxExemptionReason", EXEMPT_NOTE)
    cbc(cac(element, "TaxScheme"), "ID", "VAT")
    return element


def tax_total(parent: Element, sums: Totals, sign: int) -> None:
    """The VAT in all and per rate; an exempt rate has its base and no VAT."""
    total = cac(parent, "TaxTotal")
    amount(total, "TaxAmount", sign * sums.vat_cents)
    for row in sums.vat_rows:
        subtotal = cac(total, "TaxSubtotal")
        amount(subtotal, "TaxableAmount", sign * row.base_cents)
        amount(subtotal, "TaxAmount", sign * row.vat_cents)
        category(subtotal, "TaxCategory", row.rate)


def monetary_total(parent: Element, sums: Totals, sign: int) -> None:
    """The sums in EN 16931's order; the rounding line is the payable rounding amount."""
    total = cac(parent, "LegalMonetaryTotal")
    amount(total, "LineExtensionAmount", sign * sums.net_cents)
    amount(total, "TaxExclusiveAmount", sign * sums.net_cents)
    amount(total, "TaxInclusiveAmount", sign * (sums.net_cents + sums.vat_cents))
    if sums.rounding_cents:
        amount(total, "PayableRoundingAmount", sign * sums.rounding_cents)
    amount(total, "PayableAmount", sign * sums.total_cents)


def seller(parent: Element, centre: CentreDetails) -> None:
    """The centre: found on Peppol by its KvK number, with its VAT number and address.

    SI-UBL 2.0 asks a Dutch seller's KvK number or OIN (BR-NL-1) and full address (BR-NL-3),
    EN 16931 the VAT number beside exempt and standard-rated lines (BR-E-2, BR-S-2).
    """
    if not (centre.coc_number and centre.vat_number and centre.street and centre.postcode):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Een e-factuur vraagt het KvK-nummer, het btw-nummer en het adres van het "
                "buurthuis. Vul ze in bij Beheer.",
            )
        )
    party = cac(cac(parent, "AccountingSupplierParty"), "Party")
    if centre.coc_number:
        cbc(party, "EndpointID", centre.coc_number, schemeID=KVK_SCHEME)
    else:
        cbc(party, "EndpointID", centre.vat_number, schemeID=VAT_SCHEME)
    cbc(cac(party, "PartyName"), "Name", centre.name)
    _address(party, centre.street, centre.postcode, centre.city)
    if centre.vat_number:
        scheme = cac(party, "PartyTaxScheme")
        cbc(scheme, "CompanyID", centre.vat_number)
        cbc(cac(scheme, "TaxScheme"), "ID", "VAT")
    legal = cac(party, "PartyLegalEntity")
    cbc(legal, "RegistrationName", centre.name)
    if centre.coc_number:
        cbc(legal, "CompanyID", centre.coc_number, schemeID=KVK_SCHEME)


def buyer(parent: Element, hirer: EInvoiceBuyer) -> None:
    """The organisation: its Peppol id, address, KvK number or OIN, and contact."""
    party = cac(cac(parent, "AccountingCustomerParty"), "Party")
    scheme, _colon, endpoint = hirer.peppol_id.partition(":")
    cbc(party, "EndpointID", endpoint, schemeID=scheme)
    cbc(cac(party, "PartyName"), "Name", hirer.name)
    _address(party, hirer.street, hirer.postcode, hirer.city)
    legal = cac(party, "PartyLegalEntity")
    cbc(legal, "RegistrationName", hirer.name)
    if hirer.registration_number:
        number = hirer.registration_number
        cbc(legal, "CompanyID", number, schemeID=registration_scheme(number))
    if hirer.contact_name or hirer.email:
        contact = cac(party, "Contact")
        if hirer.contact_name:
            cbc(contact, "Name", hirer.contact_name)
        if hirer.email:
            cbc(contact, "ElectronicMail", hirer.email)


def _address(party: Element, street: str, postcode: str, city: str) -> None:
    address = cac(party, "PostalAddress")
    if street:
        cbc(address, "StreetName", street)
    if city:
        cbc(address, "CityName", city)
    if postcode:
        cbc(address, "PostalZone", postcode)
    cbc(cac(address, "Country"), "IdentificationCode", "NL")
