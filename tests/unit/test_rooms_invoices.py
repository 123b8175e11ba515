"""Invoices: gapless numbers under reversal, VAT per rate, the PDF's text and its payment QR."""

from __future__ import annotations

import io
from datetime import timedelta
from uuid import UUID

import PIL.Image
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from desk_app.db.rules import AppendOnlyViolation
from desk_app.documents.epc_qr import epc_qr_payload, qr_png
from desk_app.documents.invoice_data import invoice_document
from desk_app.documents.invoice_pdf import invoice_pdf
from desk_app.errors import InvalidInput
from desk_app.models import Invoice, InvoiceKind, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.centre import CentreDetails, update_centre
from desk_app.services.rooms.booking_changes import book_internal, cancel_booking
from desk_app.services.rooms.bookings import BookingInfo, ExtraLine, book_room
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.invoicing import (
    invoice_booking,
    invoice_hirer_month,
    invoices,
)
from desk_app.services.rooms.payment_reference import invoice_number_of, payment_reference
from desk_app.services.uow import UnitOfWork
from tests.documents import pdf_page_count, qr_texts, render_page
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

COFFEE = ExtraLine("Koffie- en theeservice (per persoon)", 10, 150, 9)
BEAMER = ExtraLine("Beamer en scherm", 1, 1500, 21)


def _full_centre(uow: UnitOfWork, manager: Actor) -> None:
    details = CentreDetails(
        name="De Meent",
        code="MEE",
        street="Orion 2",
        postcode="1188 MA",
        city="Amstelveen",
        vat_number="NL800000006B01",
        coc_number="41234567",
        iban="NL91ABNA0417164300",
    )
    update_centre(uow, manager, details)


def _booked_with_extras(uow: UnitOfWork, manager: Actor) -> tuple[BookingInfo, UUID]:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    req = make.request(room_id, hirer_id)
    req = req.__class__(**{**req.__dict__, "extras": (COFFEE, BEAMER)})
    return book_room(uow, manager, req), hirer_id


def test_vat_per_rate_and_exempt_hire(uow: UnitOfWork, manager: Actor) -> None:
    booking, _ = _booked_with_extras(uow, manager)
    issued = invoice_booking(uow, manager, booking.id)
    document = invoice_document(uow, issued.id)
    assert [(r.rate, r.base_cents, r.vat_cents) for r in document.totals.vat_rows] == [
        (0, 5000, 0),
        (9, 1500, 135),
        (21, 1500, 315),
    ]
    assert document.totals.total_cents == issued.total_cents == 8450
    assert issued.number == "MEE-000001"
    assert issued.due_on == issued.issued_on + timedelta(days=14)


def test_numbers_stay_gapless_under_reversal(uow: UnitOfWork, manager: Actor) -> None:
    booking, hirer_id = _booked_with_extras(uow, manager)
    first = invoice_booking(uow, manager, booking.id)
    with pytest.raises(InvalidInput, match="niets \\(meer\\) te factureren"):
        invoice_booking(uow, manager, booking.id)
    note = credit_invoice(uow, manager, first.id, "verkeerde zaal")
    assert note.kind is InvoiceKind.CREDIT_NOTE
    assert note.total_cents == -first.total_cents
    with pytest.raises(InvalidInput, match="al gecrediteerd"):
        credit_invoice(uow, manager, first.id, "nog eens")
    again = invoice_booking(uow, manager, booking.id)
    listed = invoices(uow)
    assert [i.number for i in listed] == ["MEE-000003", "MEE-000002", "MEE-000001"]
    assert [i.credited for i in listed] == [False, False, True]
    assert again.total_cents == first.total_cents
    del hirer_id


def test_an_invoice_is_never_changed_or_deleted(uow: UnitOfWork, manager: Actor) -> None:
    booking, _ = _booked_with_extras(uow, manager)
    issued = invoice_booking(uow, manager, booking.id)
    with pytest.raises(AppendOnlyViolation), uow.write() as tx:
        tx.session.execute(delete(Invoice).where(Invoice.id == issued.id))
    with pytest.raises(AppendOnlyViolation), uow.write() as tx:
        tx.session.execute(update(Invoice).values(total_cents=0))
    with pytest.raises(IntegrityError), uow.write() as tx:
        tx.connection.exec_driver_sql("DELETE FROM invoice")


def test_a_month_invoice_holds_bookings_and_late_cancellation_fees(
    uow: UnitOfWork, manager: Actor
) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    for week in range(3):
        book_room(uow, manager, make.request(room_id, hirer_id, day=MONDAY + timedelta(weeks=week)))
    late = book_room(uow, manager, make.request(room_id, hirer_id, day=MONDAY - timedelta(days=4)))
    cancel_booking(uow, manager, late.id)
    bar = ExtraLine("Barverkoop op rekening", 1, 4200, 9)
    issued = invoice_hirer_month(uow, manager, hirer_id, MONDAY, extra_lines=[bar])
    document = invoice_document(uow, issued.id)
    assert len(document.lines) == 5
    assert document.lines[0].description.startswith("Annuleringskosten Grote zaal")
    assert document.lines[0].unit_cents == 2500
    assert document.lines[-1] == bar
    assert issued.period == "maart 2026"


def test_internal_use_is_not_invoiced(uow: UnitOfWork, manager: Actor) -> None:
    room_id = make.room(uow, manager)
    booking = book_internal(uow, manager, make.request(room_id, room_id))
    with pytest.raises(InvalidInput, match="niet gefactureerd"):
        invoice_booking(uow, manager, booking.id)


def test_only_a_manager_credits(uow: UnitOfWork, manager: Actor) -> None:
    from desk_app.models import Role  # noqa: PLC0415
    from tests.unit.factories import volunteer  # noqa: PLC0415

    booking, _ = _booked_with_extras(uow, manager)
    desk = volunteer(uow, manager, role=Role.RECEPTION)
    issued = invoice_booking(uow, desk, booking.id)
    with pytest.raises(Exception, match="sociaal beheerder"):
        credit_invoice(uow, desk, issued.id, "fout")


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_holds_what_an_invoice_must(uow: UnitOfWork, manager: Actor) -> None:
    _full_centre(uow, manager)
    booking, _ = _booked_with_extras(uow, manager)
    issued = invoice_booking(uow, manager, booking.id)
    text = _pdf_text(invoice_pdf(invoice_document(uow, issued.id)))
    for item in (
        "Factuur",
        "De Meent",
        "Orion 2",
        "1188 MA Amstelveen",
        "Btw-nummer: NL800000006B01",
        "KvK-nummer: 41234567",
        "MEE-000001",
        "Biljartclub De Keu",
        "Keulaan 3",
        "Zaalhuur Grote zaal",
        "vrijgesteld",
        "Vrijgesteld van btw",
        "Btw 9% over € 15,00",
        "Btw 21% over € 15,00",
        "Totaal exclusief btw",
        "€ 84,50",
        "Betalingstermijn: 14 dagen",
        "NL91ABNA0417164300",
    ):
        assert item in text.replace("\xa0", " "), item


def test_the_pdf_qr_decodes_to_an_epc_payload(
    uow: UnitOfWork, manager: Actor, qapp: QApplication
) -> None:
    _full_centre(uow, manager)
    booking, _ = _booked_with_extras(uow, manager)
    issued = invoice_booking(uow, manager, booking.id)
    pdf = invoice_pdf(invoice_document(uow, issued.id))
    found = [
        code for page in range(pdf_page_count(pdf)) for code in qr_texts(render_page(pdf, page))
    ]
    assert len(found) == 1
    fields = found[0].split("\n")
    assert fields == [
        "BCD",  # service tag
        "002",  # version
        "1",  # character set: UTF-8
        "SCT",  # identification: SEPA credit transfer
        "",  # BIC, optional in version 002
        "De Meent",  # beneficiary name
        "NL91ABNA0417164300",  # beneficiary IBAN
        "EUR84.50",  # amount
        "",  # purpose
        payment_reference("MEE", 1),  # structured remittance: the RF creditor reference
    ]  # the unstructured remittance stays empty, and an empty last line is left off
    assert invoice_number_of(fields[9], "MEE") == 1


def test_a_credit_note_pdf_has_no_qr_and_names_the_invoice(uow: UnitOfWork, manager: Actor) -> None:
    booking, _ = _booked_with_extras(uow, manager)
    issued = invoice_booking(uow, manager, booking.id)
    note = credit_invoice(uow, manager, issued.id, "dubbel verstuurd")
    document = invoice_document(uow, note.id)
    assert document.payment_qr is None
    text = _pdf_text(invoice_pdf(document))
    assert "Creditnota" in text
    assert "Crediteert factuur MEE-000001" in text
    assert "dubbel verstuurd" in text


def test_epc_payload_limits() -> None:
    payload = epc_qr_payload(
        name="Ö" * 80, iban="NL91 ABNA 0417 1643 00", amount_cents=1, remittance="X" * 200
    )
    lines = payload.split("\n")
    assert lines[5] == "Ö" * 70
    assert lines[7] == "EUR0.01"
    assert len(lines[10]) == 140
    assert len(payload.encode()) <= 331
    with pytest.raises(InvalidInput, match="IBAN"):
        epc_qr_payload(name="x", iban="NL91ABNA0417164301", amount_cents=100, remittance="1")
    with pytest.raises(InvalidInput, match="positief"):
        epc_qr_payload(name="x", iban="NL91ABNA0417164300", amount_cents=0, remittance="1")


def test_qr_image_decodes_with_utf8_names() -> None:
    payload = epc_qr_payload(
        name="Stichting Café Één", iban="NL91ABNA0417164300", amount_cents=123456, remittance="A-1"
    )
    decoded = zxingcpp.read_barcodes(PIL.Image.open(io.BytesIO(qr_png(payload))))
    assert decoded[0].text == payload
    assert decoded[0].text.split("\n")[7] == "EUR1234.56"


def test_tariff_class_vat_is_on_the_booking(uow: UnitOfWork, manager: Actor) -> None:
    room_id = make.room(uow, manager)
    hirer_id = make.hirer(uow, manager, "Bakkerij Brood BV", TariffClass.COMMERCIAL)
    booking = book_room(uow, manager, make.request(room_id, hirer_id))
    issued = invoice_booking(uow, manager, booking.id)
    assert issued.total_cents == 12000 + 2520
