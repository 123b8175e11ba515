"""Money received against invoices in the books: one number per payment, in every export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from lxml import etree

from desk_app.documents.xaf import xaf_bytes
from desk_app.kinds import SettlementMethod
from desk_app.services.auth import Actor
from desk_app.services.books.books import period_books
from desk_app.services.books.entries import Books, JournalKind
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoice_payments import PaymentEntry, register_payment
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit import hire_factories as make

XSD = Path(__file__).parent.parent / "books" / "XmlAuditfileFinancieel3.2.xsd"
NS = {"x": "http://www.auditfiles.nl/XAF/3.2"}
FIRST, SECOND = date(2026, 3, 2), date(2026, 3, 4)


def _receipts(books: Books) -> dict[int, str]:
    """The receipts' entry numbers by the amount received."""
    return {
        entry.debit_cents: entry.number
        for entry in books.entries
        if entry.journal is JournalKind.RECEIPTS
    }


def test_a_payment_keeps_its_number_in_overlapping_exports(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    hirer = make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(make.room(uow, manager), hirer))
    issued = invoice_booking(uow, manager, booking.id)
    for paid_on, cents in ((FIRST, 2000), (SECOND, 1000)):
        clock.moment = clock.moment.replace(day=paid_on.day)
        entry = PaymentEntry(issued.id, cents, SettlementMethod.BANK, paid_on, source="bank")
        register_payment(uow, manager, entry)
    clock.advance(timedelta(days=1))

    wide = period_books(uow, date(2026, 3, 1), date(2026, 3, 31))
    late = period_books(uow, SECOND, date(2026, 3, 31))  # the second payment comes first here
    early = period_books(uow, date(2026, 3, 1), FIRST)

    numbers = _receipts(wide)
    assert len(set(numbers.values())) == 2
    assert _receipts(late) == {1000: numbers[1000]}
    assert _receipts(early) == {2000: numbers[2000]}
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    for books in (wide, late):
        audit_file = etree.fromstring(xaf_bytes(books, clock.moment.date()))
        assert schema.validate(audit_file), schema.error_log
        found = audit_file.findall(".//x:journal[x:jrnID='ONT']/x:transaction/x:nr", NS)
        assert {element.text for element in found} == set(_receipts(books).values())
