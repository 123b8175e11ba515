"""E-invoices keep EN 16931's and Peppol's calculation rules, an invoice and its credit note alike.

The UBL schema checks shape only; an access point also runs the Schematron rules. The sums
that the desk can get wrong are checked here: each line's quantity times price is its amount
(PEPPOL-EN16931-R120), a price is never negative (BR-27), and the document's totals add up
(BR-CO-10, -13 to -16, BR-S-08/09, BR-E-08/09).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from uuid import UUID

import pytest
from lxml import etree

from desk_app.documents.ubl import ubl_invoice
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import ExtraLine, book_room
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.invoicing import invoice_hirer_month
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.ubl_schema import validated
from tests.unit import hire_factories as make
from tests.unit.test_ubl_invoices import centre, municipality  # noqa: F401 - the fixtures
from tests.unit.till_factories import set_up_bar

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
MARCH = date(2026, 3, 1)
EVENING = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # beer may be served
EXTRAS = (
    ExtraLine("Koffie- en theeservice (per persoon)", 12, 150, 9),
    ExtraLine("Korting vaste huurder", 1, -500, 0),  # a negative line
    ExtraLine("Beamer en scherm", 2, 1500, 21),
)


def _cents(text: str | None) -> int:
    """``-12.05`` as -1205."""
    assert text is not None
    sign = -1 if text.startswith("-") else 1
    euros, _dot, cents = text.lstrip("-").partition(".")
    return sign * (int(euros) * 100 + int(cents.ljust(2, "0")))


def _amount(parent: etree._Element, path: str) -> int:
    found = parent.find(path, NS)
    return 0 if found is None else _cents(found.text)


def _vat(base_cents: int, rate: int) -> int:
    """The VAT of a base, rounded half away from zero to the cent."""
    sign = -1 if base_cents < 0 else 1
    return sign * ((abs(base_cents) * rate + 50) // 100)


def _lines(root: etree._Element) -> list[etree._Element]:
    return [*root.findall("cac:InvoiceLine", NS), *root.findall("cac:CreditNoteLine", NS)]


def _category_key(category: etree._Element) -> tuple[str, str]:
    """A VAT category as EN 16931 tells them apart: its code and its rate."""
    code = category.findtext("cbc:ID", namespaces=NS)
    return str(code), str(category.findtext("cbc:Percent", namespaces=NS))


def _check_lines(root: etree._Element) -> dict[tuple[str, str], int]:
    """R120 and BR-27 on every line; the line amounts per VAT category."""
    per_category: dict[tuple[str, str], int] = defaultdict(int)
    for line in _lines(root):
        quantity = line.find("cbc:InvoicedQuantity", NS)
        if quantity is None:
            quantity = line.find("cbc:CreditedQuantity", NS)
        assert quantity is not None
        price = _amount(line, "cac:Price/cbc:PriceAmount")
        amount = _amount(line, "cbc:LineExtensionAmount")
        assert price >= 0, "BR-27"
        assert int(str(quantity.text)) * price == amount, "PEPPOL-EN16931-R120"
        category = line.find("cac:Item/cac:ClassifiedTaxCategory", NS)
        assert category is not None
        per_category[_category_key(category)] += amount
    return dict(per_category)


def _check_sums(root: etree._Element) -> dict[str, int]:
    """The document-level rules; returns the totals by name."""
    per_category = _check_lines(root)
    money = root.find("cac:LegalMonetaryTotal", NS)
    assert money is not None
    totals = {child.tag.split("}")[1]: _cents(child.text) for child in money}
    assert "AllowanceTotalAmount" not in totals
    assert "ChargeTotalAmount" not in totals
    assert sum(per_category.values()) == totals["LineExtensionAmount"], "BR-CO-10"
    assert totals["TaxExclusiveAmount"] == totals["LineExtensionAmount"], "BR-CO-13"
    vat = _amount(root, "cac:TaxTotal/cbc:TaxAmount")
    subtotals = root.findall("cac:TaxTotal/cac:TaxSubtotal", NS)
    assert vat == sum(_amount(row, "cbc:TaxAmount") for row in subtotals), "BR-CO-14"
    assert totals["TaxInclusiveAmount"] == totals["TaxExclusiveAmount"] + vat, "BR-CO-15"
    payable = totals["TaxInclusiveAmount"] - totals.get("PrepaidAmount", 0)
    assert totals["PayableAmount"] == payable + totals.get("PayableRoundingAmount", 0), "BR-CO-16"
    found: dict[tuple[str, str], int] = {}
    for row in subtotals:
        category = row.find("cac:TaxCategory", NS)
        assert category is not None
        key = _category_key(category)
        found[key] = taxable = _amount(row, "cbc:TaxableAmount")
        assert _amount(row, "cbc:TaxAmount") == _vat(taxable, int(key[1])), "BR-S-09/BR-E-09"
    assert found == per_category, "BR-S-08/BR-E-08"
    return totals


@pytest.mark.usefixtures("centre")
def test_an_invoice_and_its_credit_note_keep_the_calculation_rules(
    uow: UnitOfWork,
    manager: Actor,
    municipality: UUID,  # noqa: F811 - the imported fixture
    clock: FakeClock,
) -> None:
    clock.moment = EVENING
    bar = set_up_bar(uow, manager)
    book_room(uow, manager, make.request(make.room(uow, manager), municipality))
    names = {"Koffie": 1, "Pils": 1, "Rode wijn": 4, "Appeltaart": 4}  # 11,20 at 9 %, 14,50 at 21 %
    basket = [LineIn(bar.products[name], quantity) for name, quantity in names.items()]
    on_account = PaymentIn(PaymentMethod.ON_ACCOUNT, 2570, hirer_id=municipality)
    sell(uow, bar.seller, basket, [on_account], age_confirmed=True)
    issued = invoice_hirer_month(uow, manager, municipality, MARCH, EXTRAS)
    credit = credit_invoice(uow, manager, issued.id, "Dubbel gefactureerd")

    invoice_root = validated(ubl_invoice(uow, issued.id))
    credit_root = validated(ubl_invoice(uow, credit.id))

    assert etree.QName(credit_root).localname == "CreditNote"
    invoice_totals = _check_sums(invoice_root)
    assert invoice_totals["PayableRoundingAmount"] != 0  # the bar's rounding line is in
    assert _check_sums(credit_root) == invoice_totals  # a credit note's amounts are positive
    amounts = [_amount(line, "cbc:LineExtensionAmount") for line in _lines(credit_root)]
    assert amounts == [_amount(line, "cbc:LineExtensionAmount") for line in _lines(invoice_root)]
    assert -500 in amounts  # the discount credited is a negative credit line
