"""MT940, the fallback: matched like CAMT.053, twice books nothing twice, bad files refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk_app.errors import InvalidInput
from desk_app.models import InvoiceStatus
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.rooms.bank_import import Outcome, import_statement
from desk_app.services.rooms.swift_mt940 import read_mt940
from desk_app.services.uow import UnitOfWork
from tests.unit.camt_factory import CENTRE_IBAN, Line
from tests.unit.factories import table_counts
from tests.unit.mt940_factory import mt940_statement
from tests.unit.test_bank_import import _collected, _invoices, _lines, _standing


@pytest.fixture
def centre_account(uow: UnitOfWork, manager: Actor) -> None:
    update_centre(uow, manager, replace(centre_details(uow), iban=CENTRE_IBAN))


def test_an_mt940_statement_is_matched_like_camt_and_books_nothing_twice(
    uow: UnitOfWork, manager: Actor, centre_account: None
) -> None:
    invoices = _invoices(uow, manager)
    keu, koor, schaak, yoga = invoices
    _collected(uow, manager, schaak)
    data = mt940_statement(_lines(invoices))

    first = import_statement(uow, manager, data)

    assert [(row.entry.key, row.outcome, row.invoice) for row in first.matched] == [
        ("B-1", Outcome.REFERENCE, keu.invoice.number),
        ("B-2", Outcome.TEXT, koor.invoice.number),
        ("B-3", Outcome.RETURNED, schaak.invoice.number),
    ]
    [left] = first.unmatched
    assert (left.entry.key, left.entry.counterparty) == ("B-4", "Stichting Yoga Amstel")
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
    assert table_counts(uow, "invoice_payment") == counts


def test_a_reference_is_found_beside_a_numeric_eref(
    uow: UnitOfWork, manager: Actor, centre_account: None
) -> None:
    keu, *_others = _invoices(uow, manager)
    line = Line("E-1", 5000, "B. de Keu", reference=keu.reference, end_to_end="1234567")
    [row] = import_statement(uow, manager, mt940_statement([line])).entries
    assert (row.outcome, row.invoice) == (Outcome.REFERENCE, keu.invoice.number)


def test_the_entries_read_as_the_bank_wrote_them() -> None:
    lines = [
        Line("B-1", 5000, "B. de Keu", reference="RF18539007547034"),
        Line("B-2", 2500, "Koor", text="factuur MEE-000001", debit=True, return_reason="MD06"),
    ]
    statement = read_mt940(mt940_statement(lines))
    assert statement.iban == CENTRE_IBAN
    first, second = statement.entries
    assert (first.amount_cents, first.credit, first.reference) == (5000, True, "RF18539007547034")
    assert (second.amount_cents, second.credit, second.return_reason) == (2500, False, "MD06")
    assert second.text == "factuur MEE-000001"
    assert str(first.booked_on) == "2026-03-02"


def _bad_files() -> list[tuple[bytes, str]]:
    good = mt940_statement([Line("B-1", 5000, "B. de Keu", text="factuur MEE-000001")])
    cut = good[: good.index(b":62F:")]
    return [
        (cut, "onvolledig of beschadigd"),
        (good.replace(b":62F:C260303EUR1050,00", b":62F:C260303EUR1049,00"), "onvolledig"),
        (good.replace(b"EUR", b"USD"), "niet in euro"),
        (
            mt940_statement([Line("B-1", 5000, "X")], iban="NL20INGB0001234567"),
            "niet van het buurthuis",
        ),
        (good.replace(CENTRE_IBAN.encode(), b"NL00BANK0000000000"), "geen geldig IBAN"),
        (b":20:ST-1\r\n:25:" + CENTRE_IBAN.encode() + b"\r\n:61:2603", "onvolledig"),
    ]


@pytest.mark.parametrize(("data", "says"), _bad_files())
def test_a_bad_mt940_file_is_refused_with_nothing_written(
    uow: UnitOfWork, manager: Actor, centre_account: None, data: bytes, says: str
) -> None:
    _invoices(uow, manager)
    before = table_counts(uow, "invoice_payment")
    with pytest.raises(InvalidInput) as refused:
        import_statement(uow, manager, data)
    assert says in refused.value.message
    assert table_counts(uow, "invoice_payment") == before
