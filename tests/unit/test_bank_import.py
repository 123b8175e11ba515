"""Reading a CAMT.053 statement: matched by reference or text, suggested, returned, twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from uuid import UUID

import pytest
import xmlschema
from stdnum import iban

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import InvoiceStatus, Role, SettlementMethod
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.rooms.bank_import import (
    Outcome,
    confirm_suggestion,
    import_statement,
)
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoice_payments import (
    PaymentEntry,
    payments_of,
    register_payment,
    reverse_payment,
)
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.rooms.open_items import Standing, invoice_standing
from desk_app.services.rooms.payment_reference import printed_reference
from desk_app.services.uow import UnitOfWork
from tests.unit import hire_factories as make
from tests.unit.camt_factory import XSD_V02, Line, statement
from tests.unit.factories import table_counts, volunteer

HIRERS = ("Biljartclub De Keu", "Koor Zangvreugde", "Schaakclub Het Paard", "Yoga Amstel")


def _invoices(uow: UnitOfWork, manager: Actor) -> list[Standing]:
    """One invoice of € 50,00 per hirer, in the order of ``HIRERS``."""
    room_id = make.room(uow, manager)
    made = []
    for week, name in enumerate(HIRERS):
        hirer_id = make.hirer(uow, manager, name=name)
        day = make.MONDAY + timedelta(days=7 * week)
        booking = book_room(uow, manager, make.request(room_id, hirer_id, day=day))
        made.append(_standing(uow, invoice_booking(uow, manager, booking.id).id))
    return made


def _standing(uow: UnitOfWork, invoice_id: UUID) -> Standing:
    found = invoice_standing(uow, invoice_id)
    assert found is not None
    return found


def _lines(invoices: list[Standing]) -> list[Line]:
    keu, koor, schaak, _yoga = invoices
    return [
        Line("B-1", keu.invoice.total_cents, "B. de Keu", reference=keu.reference),
        Line(
            "B-2",
            koor.invoice.total_cents,
            "Koor Zangvreugde",
            text=f"zaalhuur factuur {koor.invoice.number}",
        ),
        Line(
            "B-3",
            schaak.invoice.total_cents,
            "Schaakclub Het Paard",
            debit=True,
            end_to_end=schaak.invoice.number,  # the collection named the invoice
            return_reason="MD06",
        ),
        Line("B-4", 5000, "Stichting Yoga Amstel", text="huur maart"),
        Line("B-5", 12_345, "Energiebedrijf", debit=True, text="stroom"),
    ]


def _collected(uow: UnitOfWork, manager: Actor, standing: Standing) -> None:
    """The hirer's invoice collected by direct debit earlier, so the bank can return it."""
    entry = PaymentEntry(
        standing.invoice.id,
        standing.invoice.total_cents,
        SettlementMethod.DIRECT_DEBIT,
        uow.now().astimezone(LOCAL_ZONE).date(),
    )
    register_payment(uow, manager, entry)


def test_a_statement_books_by_reference_and_text_reopens_a_return_and_books_nothing_twice(
    uow: UnitOfWork, manager: Actor
) -> None:
    invoices = _invoices(uow, manager)
    keu, koor, schaak, yoga = invoices
    _collected(uow, manager, schaak)
    assert _standing(uow, schaak.invoice.id).status is InvoiceStatus.PAID
    data = statement(_lines(invoices))

    first = import_statement(uow, manager, data)

    assert [(row.entry.key, row.outcome, row.invoice) for row in first.matched] == [
        ("B-1", Outcome.REFERENCE, keu.invoice.number),
        ("B-2", Outcome.TEXT, koor.invoice.number),
        ("B-3", Outcome.RETURNED, schaak.invoice.number),
    ]
    [left] = first.unmatched
    assert left.entry.key == "B-4"
    assert left.suggestions[0].invoice_id == yoga.invoice.id
    statuses = [_standing(uow, row.invoice.id).status for row in invoices]
    assert statuses == [
        InvoiceStatus.PAID,
        InvoiceStatus.PAID,
        InvoiceStatus.OPEN,
        InvoiceStatus.OPEN,
    ]
    counts = table_counts(uow, "invoice_payment")

    second = import_statement(uow, manager, data)

    assert second.matched == []
    assert [row.outcome for row in second.entries] == [Outcome.ALREADY] * 3 + [Outcome.OPEN]
    assert [row.invoice for row in second.entries[:3]] == [
        keu.invoice.number,
        koor.invoice.number,
        schaak.invoice.number,
    ]
    assert table_counts(uow, "invoice_payment") == counts
    confirm_suggestion(uow, manager, left.entry, left.suggestions[0].invoice_id)
    assert _standing(uow, yoga.invoice.id).status is InvoiceStatus.PAID
    with pytest.raises(InvalidInput, match="al verwerkt"):
        confirm_suggestion(uow, manager, left.entry, keu.invoice.id)
    third = import_statement(uow, manager, data)
    assert {row.outcome for row in third.entries} == {Outcome.ALREADY}


def test_an_entry_in_a_later_statement_is_not_booked_again(uow: UnitOfWork, manager: Actor) -> None:
    invoices = _invoices(uow, manager)
    import_statement(uow, manager, statement(_lines(invoices)[:1], stmt_id="ST-1"))
    again = import_statement(uow, manager, statement(_lines(invoices)[:2], stmt_id="ST-2"))
    assert [row.outcome for row in again.entries] == [Outcome.ALREADY, Outcome.TEXT]


def test_a_later_version_of_camt_053_is_read(uow: UnitOfWork, manager: Actor) -> None:
    invoices = _invoices(uow, manager)
    data = statement(
        _lines(invoices)[:1], namespace="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"
    ).replace(b"<Sts>BOOK</Sts>", b"<Sts><Cd>BOOK</Cd></Sts>")
    assert [row.outcome for row in import_statement(uow, manager, data).matched] == [
        Outcome.REFERENCE
    ]


def _bad_files(good: bytes) -> dict[str, bytes]:
    other = "NL02ABNA0123456789"
    assert iban.is_valid(other)
    return {
        "geen CAMT.053": good.replace(b"camt.053.001.02", b"camt.054.001.02"),
        "niet van het buurthuis": good.replace(b"NL91ABNA0417164300", other.encode()),
        "onvolledig": good[: len(good) * 2 // 3],
        "geen XML": b"Dit is een brief, geen afschrift.",
        "niet in euro": good.replace(b'Amt Ccy="EUR">50.00', b'Amt Ccy="USD">50.00'),
    }


@pytest.mark.parametrize(
    "problem", ["geen CAMT.053", "niet van het buurthuis", "onvolledig", "geen XML", "niet in euro"]
)
def test_a_bad_file_is_refused_whole_with_nothing_written(
    uow: UnitOfWork, manager: Actor, problem: str
) -> None:
    invoices = _invoices(uow, manager)
    bad = _bad_files(statement(_lines(invoices)))[problem]
    before = table_counts(uow, "invoice_payment", "audit_entry")
    with pytest.raises(InvalidInput) as refused:
        import_statement(uow, manager, bad)
    assert refused.value.message.strip()
    assert table_counts(uow, "invoice_payment", "audit_entry") == before


def test_only_the_social_manager_reads_a_statement(uow: UnitOfWork, manager: Actor) -> None:
    invoices = _invoices(uow, manager)
    desk = volunteer(uow, manager, role=Role.RECEPTION)
    before = table_counts(uow, "invoice_payment")
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        import_statement(uow, desk, statement(_lines(invoices)))
    assert table_counts(uow, "invoice_payment") == before


def test_the_statements_built_here_follow_the_published_xsd(
    uow: UnitOfWork, manager: Actor
) -> None:
    schema = xmlschema.XMLSchema(XSD_V02)
    good = statement(_lines(_invoices(uow, manager)))
    schema.validate(good.decode())
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schema.validate(good.replace(b"<Sts>BOOK</Sts>", b"").decode())


def _batch(data: bytes, parts: list[tuple[int, str]], *, amounts: bool = True) -> bytes:
    """The statement's one entry turned into a batch of transfers, each with its reference."""
    details = "".join(
        "<TxDtls>"
        + (
            f'<AmtDtls><TxAmt><Amt Ccy="EUR">{cents // 100}.{cents % 100:02d}</Amt></TxAmt>'
            "</AmtDtls>"
            if amounts
            else ""
        )
        + "<RltdPties><Dbtr><Nm>Leden</Nm></Dbtr></RltdPties><RmtInf><Strd><CdtrRefInf>"
        f"<Ref>{reference}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>"
        for cents, reference in parts
    )
    start, end = data.index(b"<NtryDtls>"), data.index(b"</NtryDtls>")
    return data[:start] + f"<NtryDtls>{details}".encode() + data[end:]


def test_a_batch_is_booked_per_transfer_and_never_whole_on_one_invoice(
    uow: UnitOfWork, manager: Actor
) -> None:
    keu, koor, _schaak, _yoga = _invoices(uow, manager)
    parts = [(5000, keu.reference), (5000, koor.reference)]
    one = statement([Line("B-9", 10_000, "Bank")])
    xmlschema.XMLSchema(XSD_V02).validate(_batch(one, parts).decode())
    unsplit = import_statement(uow, manager, _batch(one, parts, amounts=False))
    assert [(row.entry.key, row.outcome) for row in unsplit.entries] == [("B-9", Outcome.OPEN)]
    assert _standing(uow, keu.invoice.id).status is InvoiceStatus.OPEN
    split = import_statement(uow, manager, _batch(statement([Line("B-10", 10_000, "Bank")]), parts))
    assert [(row.entry.key, row.invoice) for row in split.matched] == [
        ("B-10/1", keu.invoice.number),
        ("B-10/2", koor.invoice.number),
    ]


def test_a_centre_without_an_iban_is_told_to_fill_it_in(uow: UnitOfWork, manager: Actor) -> None:
    invoices = _invoices(uow, manager)
    update_centre(uow, manager, replace(centre_details(uow), iban=""))
    with pytest.raises(InvalidInput, match="Vul eerst het IBAN"):
        import_statement(uow, manager, statement(_lines(invoices)))


def test_a_loose_invoice_number_is_booked_only_when_the_amount_or_the_payer_bears_it_out(
    uow: UnitOfWork, manager: Actor
) -> None:
    keu, koor, schaak, yoga = _invoices(uow, manager)
    lines = [
        Line("L-1", 7500, "Schaakclub Het Paard", text="factuur 1"),  # another hirer, € 75
        Line("L-2", 5000, "J. Jansen", text="factuur 2"),  # what is open on MEE-000002
        Line("L-3", 2000, "Stichting Yoga Amstel", text="factuurnr. 4 deel 1"),  # the hirer
        Line("L-4", 2000, "Schaakclub De Toren", text="factuur 3"),  # one word is not enough
    ]
    result = import_statement(uow, manager, statement(lines))
    assert [(row.entry.key, row.outcome, row.invoice) for row in result.entries] == [
        ("L-1", Outcome.OPEN, ""),
        ("L-2", Outcome.TEXT, koor.invoice.number),
        ("L-3", Outcome.TEXT, yoga.invoice.number),
        ("L-4", Outcome.OPEN, ""),
    ]
    named, *_others = result.entries[0].suggestions  # the invoice the text names comes first
    assert named.invoice_id == keu.invoice.id
    assert result.entries[3].suggestions[0].invoice_id == schaak.invoice.id
    assert _standing(uow, keu.invoice.id).status is InvoiceStatus.OPEN
    assert _standing(uow, yoga.invoice.id).open_cents == 3000


@pytest.mark.parametrize("text", ["factuur 1-3 zaal", "factuur 1/3", "factuur 1.3 zaal"])
def test_a_date_after_the_word_invoice_is_no_invoice_number(
    uow: UnitOfWork, manager: Actor, text: str
) -> None:
    keu, *_others = _invoices(uow, manager)  # MEE-000001 has the same € 50,00 open
    line = Line("D-1", 5000, "Schaakclub Het Paard", text=text)
    [entry] = import_statement(uow, manager, statement([line])).entries
    assert entry.outcome is Outcome.OPEN
    assert _standing(uow, keu.invoice.id).status is InvoiceStatus.OPEN


def test_a_transfer_booked_on_the_wrong_invoice_and_reversed_goes_on_the_right_one(
    uow: UnitOfWork, manager: Actor
) -> None:
    keu, _koor, schaak, _yoga = _invoices(uow, manager)
    line = Line("W-1", 5000, "Schaakclub Het Paard", text="factuur 1 en 3")
    [wrong] = import_statement(uow, manager, statement([line])).entries
    assert (wrong.outcome, wrong.invoice) == (Outcome.TEXT, keu.invoice.number)
    [payment] = payments_of(uow, keu.invoice.id)
    reverse_payment(uow, manager, payment.id, "was van de schaakclub")

    [again] = import_statement(uow, manager, statement([line])).entries

    assert again.outcome is Outcome.OPEN  # not booked on the wrong invoice a second time
    assert _standing(uow, keu.invoice.id).status is InvoiceStatus.OPEN
    confirm_suggestion(uow, manager, again.entry, schaak.invoice.id)
    assert _standing(uow, schaak.invoice.id).status is InvoiceStatus.PAID
    with pytest.raises(InvalidInput, match="al verwerkt"):
        confirm_suggestion(uow, manager, again.entry, keu.invoice.id)
    [third] = import_statement(uow, manager, statement([line])).entries
    assert (third.outcome, third.invoice) == (Outcome.ALREADY, schaak.invoice.number)


def test_an_rf_reference_beside_a_numeric_end_to_end_id_is_found(
    uow: UnitOfWork, manager: Actor
) -> None:
    keu, koor, schaak, _yoga = _invoices(uow, manager)
    lines = [
        Line("R-1", 5000, "B. de Keu", reference=keu.reference, end_to_end="1234567"),
        Line(
            "R-2",
            5000,
            "Koor",
            text=f"huur {printed_reference(koor.reference)}",  # typed over as printed
            end_to_end="20260302",
        ),
        Line("R-3", 5000, "Schaak", text=f"{schaak.reference}12", end_to_end="99"),  # one word
    ]
    result = import_statement(uow, manager, statement(lines))
    assert [(row.outcome, row.invoice) for row in result.entries] == [
        (Outcome.REFERENCE, keu.invoice.number),
        (Outcome.REFERENCE, koor.invoice.number),
        (Outcome.OPEN, ""),  # the digits run on: not this reference, nor any
    ]


def test_an_entry_of_nothing_is_skipped_and_counted(uow: UnitOfWork, manager: Actor) -> None:
    keu, koor, _schaak, _yoga = _invoices(uow, manager)
    lines = [
        Line("Z-1", 0, "Bank", reference=keu.reference),
        Line("Z-2", 5000, "Koor", reference=koor.reference),
    ]
    result = import_statement(uow, manager, statement(lines))
    assert [(row.entry.key, row.outcome) for row in result.entries] == [("Z-2", Outcome.REFERENCE)]
    assert result.skipped_zero == 1
    assert _standing(uow, keu.invoice.id).status is InvoiceStatus.OPEN


@pytest.mark.parametrize("encoding", [b"UTF-9", b"cp932"])
def test_a_damaged_encoding_declaration_is_refused_as_damaged(
    uow: UnitOfWork, manager: Actor, encoding: bytes
) -> None:
    good = statement(_lines(_invoices(uow, manager)))
    bad = good.replace(b'encoding="UTF-8"', b'encoding="' + encoding + b'"')
    with pytest.raises(InvalidInput, match="onvolledig of beschadigd"):
        import_statement(uow, manager, bad)
