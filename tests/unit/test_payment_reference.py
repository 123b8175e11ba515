"""The RF creditor reference: made from the number, printed, carried in the QR, read back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from stdnum import iso11649

from desk_app.documents.invoice_data import invoice_document
from desk_app.documents.invoice_pdf import invoice_pdf
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.rooms.open_items import invoice_by_reference, invoice_standing
from desk_app.services.rooms.payment_reference import (
    invoice_number_of,
    payment_reference,
    printed_reference,
)
from desk_app.services.uow import UnitOfWork
from tests.documents import pdf_page_count, pdf_text, qr_texts, render_page
from tests.unit import hire_factories as make


@pytest.mark.parametrize(
    ("code", "number"), [("MEE", 1), ("AB", 999_999), ("WESTEND1", 1_234_567), ("X9", 42)]
)
def test_a_reference_is_valid_iso_11649_and_reads_back(code: str, number: int) -> None:
    reference = payment_reference(code, number)
    assert iso11649.is_valid(reference)
    assert reference.startswith("RF")
    assert len(reference) <= 25
    assert invoice_number_of(reference, code) == number
    assert invoice_number_of(printed_reference(reference).lower(), code) == number


def test_a_reference_of_another_centre_or_mistyped_names_no_invoice() -> None:
    reference = payment_reference("MEE", 12)
    assert invoice_number_of(reference, "ALM") is None
    typo = reference[:-1] + ("3" if reference[-1] != "3" else "4")
    assert invoice_number_of(typo, "MEE") is None
    assert invoice_number_of("MEE-000012", "MEE") is None


def test_the_reference_is_printed_in_the_qr_and_leads_back_to_the_invoice(
    uow: UnitOfWork, manager: Actor, qapp: QApplication
) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(room_id, hirer_id))
    issued = invoice_booking(uow, manager, booking.id)
    standing = invoice_standing(uow, issued.id)
    assert standing is not None
    assert standing.reference == payment_reference("MEE", 1)
    pdf = invoice_pdf(invoice_document(uow, issued.id))
    text = pdf_text(pdf)
    assert f"Betalingskenmerk: {printed_reference(standing.reference)}" in text
    assert f"onder vermelding van betalingskenmerk {printed_reference(standing.reference)}" in (
        " ".join(text.split())
    )
    codes = [c for page in range(pdf_page_count(pdf)) for c in qr_texts(render_page(pdf, page))]
    assert len(codes) == 1
    fields = codes[0].split("\n")
    assert fields[9] == standing.reference  # the structured remittance
    assert len(fields) == 10  # no unstructured remittance beside it
    found = invoice_by_reference(uow, fields[9])
    assert found is not None
    assert found.invoice.id == issued.id
    assert invoice_by_reference(uow, payment_reference("MEE", 2)) is None
