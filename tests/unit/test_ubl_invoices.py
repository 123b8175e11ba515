"""E-invoices for organisations: UBL 2.1 after SI-UBL 2.0, valid, and to the cent the PDF's."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from lxml import etree

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.documents.invoice_data import invoice_document
from desk_app.documents.invoice_pdf import invoice_pdf
from desk_app.documents.ubl import CUSTOMIZATION_ID, PROFILE_ID, ubl_invoice
from desk_app.errors import InvalidInput
from desk_app.formatting import format_cents
from desk_app.models import PaymentMethod, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.centre import CentreDetails, update_centre
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.hirer_changes import update_hirer
from desk_app.services.rooms.hirers import HirerDetails, create_hirer, hirers
from desk_app.services.rooms.invoicing import invoice_booking, invoice_hirer_month
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.documents import pdf_text
from tests.ubl_schema import validated
from tests.unit import hire_factories as make
from tests.unit.till_factories import set_up_bar

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
MARCH = date(2026, 3, 1)
EVENING = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # beer may be served
IBAN = "NL91ABNA0417164300"


@pytest.fixture
def centre(uow: UnitOfWork, manager: Actor) -> None:
    details = CentreDetails(
        name="De Meent",
        code="MEE",
        street="Orion 2",
        postcode="1188 MA",
        city="Amstelveen",
        vat_number="NL800000006B01",
        coc_number="41234567",
        iban=IBAN,
    )
    update_centre(uow, manager, details)


@pytest.fixture
def municipality(uow: UnitOfWork, manager: Actor) -> UUID:
    """The municipality, by its OIN, taking e-invoices."""
    details = HirerDetails(
        name="Gemeente Amstelveen",
        tariff_class=TariffClass.SOCIAL,
        contact_name="Afdeling Welzijn",
        email="facturen@amstelveen.nl",
        street="Laan Nieuwer-Amstel 1",
        postcode="1182 JR",
        city="Amstelveen",
        e_invoicing=True,
        registration_number="00000001002564440000",
    )
    made = create_hirer(uow, manager, details)
    assert made.id is not None
    return made.id


def _text(root: etree._Element, path: str) -> str:
    found = root.find(path, NS)
    assert found is not None, path
    return str(found.text)


def _texts(root: etree._Element, path: str) -> list[str]:
    return [str(element.text) for element in root.findall(path, NS)]


def _cents(text: str) -> int:
    return round(float(text) * 100)


def _assert_totals_are_the_pdfs(uow: UnitOfWork, invoice_id: UUID, root: etree._Element) -> None:
    """Net, VAT per rate, rounding and total in the XML are the PDF's, to the cent."""
    document = invoice_document(uow, invoice_id)
    sums, sign = document.totals, (-1 if document.totals.total_cents < 0 else 1)
    text = pdf_text(invoice_pdf(document)).replace("\xa0", " ")
    monetary = "cac:LegalMonetaryTotal/cbc:"
    assert sign * _cents(_text(root, monetary + "TaxExclusiveAmount")) == sums.net_cents
    assert sign * _cents(_text(root, monetary + "PayableAmount")) == sums.total_cents
    assert sign * _cents(_text(root, "cac:TaxTotal/cbc:TaxAmount")) == sums.vat_cents
    rounding = root.find(monetary + "PayableRoundingAmount", NS)
    assert (sign * _cents(str(rounding.text)) if rounding is not None else 0) == sums.rounding_cents
    for cents in (sums.net_cents, sums.total_cents, *(row.vat_cents for row in sums.vat_rows)):
        assert format_cents(cents).replace("\xa0", " ") in text
    lines = [*root.findall("cac:InvoiceLine", NS), *root.findall("cac:CreditNoteLine", NS)]
    line_sum = sum(_cents(_text(line, "cbc:LineExtensionAmount")) for line in lines)
    assert sign * line_sum == sums.net_cents


@pytest.mark.usefixtures("centre")
def test_exempt_room_hire_as_a_valid_si_ubl_invoice(
    uow: UnitOfWork, manager: Actor, municipality: UUID
) -> None:
    booking = book_room(uow, manager, make.request(make.room(uow, manager), municipality))
    issued = invoice_booking(uow, manager, booking.id)
    root = validated(ubl_invoice(uow, issued.id))
    assert etree.QName(root).localname == "Invoice"
    assert _text(root, "cbc:CustomizationID") == CUSTOMIZATION_ID
    assert _text(root, "cbc:ProfileID") == PROFILE_ID
    assert _text(root, "cbc:ID") == "MEE-000001"
    assert _text(root, "cbc:InvoiceTypeCode") == "380"
    subtotal = "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:"
    assert _texts(root, subtotal + "ID") == ["E"]
    assert "Vrijgesteld van btw" in _text(root, subtotal + "TaxExemptionReason")
    means = root.find("cac:PaymentMeans", NS)
    assert means is not None
    assert _text(means, "cbc:PaymentMeansCode") == "58"
    assert _text(means, "cbc:PaymentID") == invoice_document(uow, issued.id).reference
    assert _text(means, "cac:PayeeFinancialAccount/cbc:ID") == IBAN
    seller = "cac:AccountingSupplierParty/cac:Party/"
    assert _text(root, seller + "cbc:EndpointID") == "41234567"
    assert _text(root, seller + "cac:PartyTaxScheme/cbc:CompanyID") == "NL800000006B01"
    endpoint = root.find("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", NS)
    assert endpoint is not None
    assert (endpoint.get("schemeID"), endpoint.text) == ("0190", "00000001002564440000")
    _assert_totals_are_the_pdfs(uow, issued.id, root)


@pytest.mark.usefixtures("centre")
def test_bar_sales_at_both_rates_with_the_rounding_line(
    uow: UnitOfWork, manager: Actor, municipality: UUID, clock: FakeClock
) -> None:
    clock.moment = EVENING
    bar = set_up_bar(uow, manager)
    names = {"Koffie": 1, "Pils": 1, "Rode wijn": 4, "Appeltaart": 4}  # 11,20 at 9 %, 14,50 at 21 %
    basket = [LineIn(bar.products[name], quantity) for name, quantity in names.items()]
    on_account = PaymentIn(PaymentMethod.ON_ACCOUNT, 2570, hirer_id=municipality)
    sell(uow, bar.seller, basket, [on_account], age_confirmed=True)
    issued = invoice_hirer_month(uow, manager, municipality, MARCH)
    root = validated(ubl_invoice(uow, issued.id))
    rates = _texts(root, "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")
    assert sorted(rates) == ["21", "9"]
    assert _text(root, "cac:LegalMonetaryTotal/cbc:PayableRoundingAmount") == "-0.01"
    assert _text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount") == "25.70"
    _assert_totals_are_the_pdfs(uow, issued.id, root)


@pytest.mark.usefixtures("centre")
def test_a_credit_note_is_a_ubl_credit_note_naming_the_invoice(
    uow: UnitOfWork, manager: Actor, municipality: UUID
) -> None:
    booking = book_room(uow, manager, make.request(make.room(uow, manager), municipality))
    issued = invoice_booking(uow, manager, booking.id)
    credit = credit_invoice(uow, manager, issued.id, "Dubbel gefactureerd")
    root = validated(ubl_invoice(uow, credit.id))
    assert etree.QName(root).localname == "CreditNote"
    assert _text(root, "cbc:CreditNoteTypeCode") == "381"
    assert _text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") == issued.number
    assert _text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount") == "50.00"
    assert root.find("cac:PaymentMeans", NS) is None
    assert len(_texts(root, "cbc:Note")) == 1  # Peppol allows one note
    assert "Dubbel gefactureerd" in _text(root, "cbc:Note")
    _assert_totals_are_the_pdfs(uow, credit.id, root)


@pytest.mark.usefixtures("centre")
def test_a_hirer_without_e_invoicing_gets_none(uow: UnitOfWork, manager: Actor) -> None:
    club = make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(make.room(uow, manager), club))
    issued = invoice_booking(uow, manager, booking.id)
    with pytest.raises(InvalidInput, match="geen e-factuur"):
        ubl_invoice(uow, issued.id)


def test_a_centre_without_its_vat_number_sends_none(
    uow: UnitOfWork, manager: Actor, municipality: UUID
) -> None:
    details = CentreDetails("De Meent", "MEE", "Orion 2", "1188 MA", coc_number="41234567")
    update_centre(uow, manager, details)
    booking = book_room(uow, manager, make.request(make.room(uow, manager), municipality))
    issued = invoice_booking(uow, manager, booking.id)
    with pytest.raises(InvalidInput, match="btw-nummer"):
        ubl_invoice(uow, issued.id)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"registration_number": "1234"}, "KvK-nummer"),
        ({"peppol_id": "0106:1234"}, "Peppol-id"),
        ({"peppol_id": "9944:NL800000007B01"}, "Peppol-id"),
        ({"registration_number": ""}, "vraagt het KvK-nummer"),
        ({"is_organisation": False}, "Alleen een organisatie"),
        ({"city": ""}, "het adres"),
    ],
)
def test_identifiers_are_checked(
    uow: UnitOfWork, manager: Actor, changes: dict[str, Any], message: str
) -> None:
    base = HirerDetails(
        "Stichting Woonwijk",
        TariffClass.SOCIAL,
        street="Dorpsstraat 1",
        postcode="1182 AA",
        city="Amstelveen",
        e_invoicing=True,
    )
    details = replace(base, **{"registration_number": "41234567", **changes})
    with pytest.raises(InvalidInput, match=message):
        create_hirer(uow, manager, details)
    assert hirers(uow) == []


def test_marking_a_hirer_derives_its_peppol_id(uow: UnitOfWork, manager: Actor) -> None:
    club = make.hirer(uow, manager, "Basisschool De Linde")
    details = next(h for h in hirers(uow) if h.id == club)
    marked = replace(details, e_invoicing=True, registration_number="4123 4567")
    changed = update_hirer(uow, manager, marked)
    assert (changed.registration_number, changed.peppol_id) == ("41234567", "0106:41234567")
    vat = replace(details, peppol_id="9944:NL800000006B01")
    assert update_hirer(uow, manager, vat).peppol_id == "9944:NL800000006B01"


@pytest.mark.usefixtures("centre")
def test_the_command_writes_the_ubl(
    desk: Desk,
    manager: Actor,
    municipality: UUID,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    uow = desk.uow
    booking = book_room(uow, manager, make.request(make.room(uow, manager), municipality))
    issued = invoice_booking(uow, manager, booking.id)
    out = tmp_path / "factuur.xml"
    args = [
        "--data-dir",
        str(desk.folder.root),
        "invoices",
        "ubl",
        issued.number,
        "--out",
        str(out),
    ]
    assert main(args) == 0
    assert _text(validated(out.read_bytes()), "cbc:ID") == issued.number
    assert main([*args[:4], "MEE-000099", "--out", str(out)]) == 2
    assert "bestaat niet" in capsys.readouterr().err
