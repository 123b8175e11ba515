"""Direct debit: the pain.008 file, what goes in it, what is skipped, a return, the dates."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

import pytest
import xmlschema
from sqlalchemy import func, select

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.documents.direct_debit_xml import pain008_xml
from desk_app.documents.invoice_data import invoice_document
from desk_app.documents.invoice_pdf import invoice_pdf
from desk_app.errors import InvalidInput
from desk_app.models import InvoiceCollection, InvoiceStatus, SettlementMethod
from desk_app.services.auth import Actor
from desk_app.services.rooms.bank_import import Outcome, import_statement
from desk_app.services.rooms.collections import collection_returned
from desk_app.services.rooms.direct_debit import DebitBatch, make_direct_debit, month_start
from desk_app.services.rooms.invoice_payments import PaymentEntry, register_payment
from desk_app.services.rooms.open_items import invoice_standing
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.documents import pdf_text
from tests.unit import direct_debit_factories as dd
from tests.unit import hire_factories as make
from tests.unit.camt_factory import Line, statement
from tests.unit.hire_factories import MONDAY

XSD = Path(__file__).parent / "xsd" / "pain.008.001.08.xsd"
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"}
MARCH = date(2026, 3, 1)  # the invoices are issued on the test clock's day, 2 March 2026


class Files:
    """The files a run delivered, as the CLI and the screen would write them."""

    def __init__(self) -> None:
        self.made: list[bytes] = []

    def __call__(self, batch: DebitBatch) -> None:
        self.made.append(pain008_xml(batch))


def _setup(uow: UnitOfWork, manager: Actor) -> tuple[UUID, UUID]:
    """A creditor ID, a room, a hirer with a mandate; the room and the hirer."""
    dd.creditor(uow, manager)
    return make.room(uow, manager), dd.mandate_hirer(uow, manager)


def _collections(uow: UnitOfWork) -> int:
    with uow.read() as tx:
        return int(tx.session.scalar(select(func.count()).select_from(InvoiceCollection)) or 0)


def test_the_file_validates_and_carries_amounts_and_the_mandate(
    uow: UnitOfWork, manager: Actor
) -> None:
    room_id, hirer_id = _setup(uow, manager)
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY + timedelta(weeks=1))
    files = Files()
    batch = make_direct_debit(uow, manager, MARCH, files)
    xmlschema.XMLSchema(str(XSD)).validate(files.made[0].decode())
    root = ET.fromstring(files.made[0])  # noqa: S314 - the file this test just made
    assert root.findtext(".//p:GrpHdr/p:NbOfTxs", namespaces=NS) == "2"
    assert root.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=NS) == "100.00"
    amounts = [e.text for e in root.iterfind(".//p:DrctDbtTxInf/p:InstdAmt", NS)]
    assert amounts == ["50.00", "50.00"]
    assert {e.text for e in root.iterfind(".//p:MndtId", NS)} == {dd.MANDATE}
    assert {e.text for e in root.iterfind(".//p:DtOfSgntr", NS)} == {"2026-01-15"}
    assert {e.text for e in root.iterfind(".//p:DbtrAcct/p:Id/p:IBAN", NS)} == {dd.HIRER_IBAN}
    assert dd.CREDITOR_ID in {e.text for e in root.iterfind(".//p:CdtrSchmeId//p:Id", NS)}
    assert root.findtext(".//p:SeqTp", namespaces=NS) == "FRST"
    # a first collection may go five business days after Monday 2 March, but the invoices
    # announced their debit on or shortly after their due date, 16 March
    assert root.findtext(".//p:ReqdColltnDt", namespaces=NS) == "2026-03-16"
    assert batch.collect_on == date(2026, 3, 16)
    ends = {e.text for e in root.iterfind(".//p:EndToEndId", NS)}
    assert ends == {"MEE-000001-1", "MEE-000002-1"}
    assert _collections(uow) == 2


def test_a_second_run_skips_collected_invoices(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = _setup(uow, manager)
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)
    make_direct_debit(uow, manager, MARCH, Files())
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY + timedelta(weeks=1))
    files = Files()
    second = make_direct_debit(uow, manager, MARCH, files)
    assert [item.invoice_number for item in second.items] == ["MEE-000002"]
    assert second.skipped_collected == 1
    assert second.items[0].sequence == "RCUR"  # the mandate was used once already
    with pytest.raises(InvalidInput, match="geen openstaande facturen"):
        make_direct_debit(uow, manager, MARCH, Files())
    assert _collections(uow) == 2


def test_a_hirer_without_a_mandate_is_skipped(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = _setup(uow, manager)
    plain = make.hirer(uow, manager, name="Koor Zingt")
    dd.invoice_for(uow, manager, room_id, plain, MONDAY)
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY + timedelta(weeks=1))
    files = Files()
    batch = make_direct_debit(uow, manager, MARCH, files)
    assert [item.hirer_name for item in batch.items] == ["Biljartclub De Keu"]
    assert batch.skipped_without_mandate == 1
    assert b"Koor" not in files.made[0]


def test_paid_invoices_and_other_months_are_left_out(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = _setup(uow, manager)
    paid = dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)
    entry = PaymentEntry(paid, 5000, SettlementMethod.BANK, date(2026, 3, 2))
    register_payment(uow, manager, entry)
    with pytest.raises(InvalidInput, match="geen openstaande facturen"):
        make_direct_debit(uow, manager, MARCH, Files())
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY + timedelta(weeks=1))
    with pytest.raises(InvalidInput, match="2026-04"):
        make_direct_debit(uow, manager, date(2026, 4, 1), Files())


def test_a_returned_collection_reopens_the_invoice_for_a_new_first_collection(
    uow: UnitOfWork, manager: Actor
) -> None:
    room_id, hirer_id = _setup(uow, manager)
    invoice_id = dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)
    make_direct_debit(uow, manager, MARCH, Files())
    booked = PaymentEntry(invoice_id, 5000, SettlementMethod.DIRECT_DEBIT, date(2026, 3, 2))
    register_payment(uow, manager, booked)  # the bank import books the collected money
    standing = collection_returned(uow, manager, invoice_id, "MD06 terugboeking door debiteur")
    assert (standing.status, standing.open_cents) == (InvoiceStatus.OPEN, 5000)
    again = make_direct_debit(uow, manager, MARCH, Files())
    assert [(i.sequence, i.end_to_end_id) for i in again.items] == [("FRST", "MEE-000001-2")]
    with pytest.raises(InvalidInput, match="reden"):
        collection_returned(uow, manager, invoice_id, "  ")


def test_a_return_read_from_the_bank_undoes_the_collection_so_it_is_collected_again(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    room_id, hirer_id = _setup(uow, manager)
    invoice_id = dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)
    [item] = make_direct_debit(uow, manager, MARCH, Files()).items
    clock.advance(timedelta(days=15))
    paid = Line("C-1", item.amount_cents, "Biljartclub De Keu", end_to_end=item.end_to_end_id)
    import_statement(uow, manager, statement([paid], stmt_id="S-1"))
    returned = replace(paid, ref="C-2", debit=True, return_reason="MD06")
    [row] = import_statement(uow, manager, statement([returned], stmt_id="S-2")).entries
    assert row.outcome is Outcome.RETURNED
    found = invoice_standing(uow, invoice_id)
    assert found is not None
    assert (found.status, found.open_cents) == (InvoiceStatus.OVERDUE, 5000)
    notice = " ".join(pdf_text(invoice_pdf(invoice_document(uow, invoice_id))).split())
    assert "op of kort na 16 maart 2026 automatisch afgeschreven" in notice
    again = make_direct_debit(uow, manager, MARCH, Files())
    assert [(i.sequence, i.end_to_end_id) for i in again.items] == [("FRST", "MEE-000001-2")]
    assert again.skipped_collected == 0
    # the whole statement read again books nothing twice
    both = import_statement(uow, manager, statement([paid, returned], stmt_id="S-3"))
    assert [entry.outcome for entry in both.entries] == [Outcome.ALREADY, Outcome.ALREADY]
    assert _collections(uow) == 3


def test_a_return_without_a_collection_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = _setup(uow, manager)
    invoice_id = dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)
    with pytest.raises(InvalidInput, match="niet geïncasseerd"):
        collection_returned(uow, manager, invoice_id, "AM04")
    found = invoice_standing(uow, invoice_id)
    assert found is not None
    assert found.status is InvoiceStatus.OPEN


def test_collection_days_follow_the_lead_times(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    dd.creditor(uow, manager)
    room_id = make.room(uow, manager)
    hirer_id = dd.mandate_hirer(uow, manager, first=False)
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)  # due Monday 16 March
    clock.advance(timedelta(days=14))  # today is the due date: the lead time decides
    with pytest.raises(InvalidInput, match="werkdag op of na woensdag 18 maart 2026"):
        make_direct_debit(uow, manager, MARCH, Files(), collect_on=date(2026, 3, 17))
    with pytest.raises(InvalidInput, match="Kies een werkdag"):
        make_direct_debit(uow, manager, MARCH, Files(), collect_on=date(2026, 3, 21))  # Saturday
    assert _collections(uow) == 0
    batch = make_direct_debit(uow, manager, MARCH, Files())
    assert (batch.items[0].sequence, batch.collect_on) == ("RCUR", date(2026, 3, 18))


def test_nothing_is_collected_before_the_latest_due_date_the_invoices_announced(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    dd.creditor(uow, manager)
    room_id = make.room(uow, manager)
    hirer_id = dd.mandate_hirer(uow, manager, first=False)
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)  # issued 2 March, due 16 March
    clock.advance(timedelta(days=3))
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY + timedelta(weeks=1))  # due 19 March
    # the lead time would allow Monday 9 March, but the second invoice is due 19 March
    with pytest.raises(InvalidInput, match="werkdag op of na donderdag 19 maart 2026"):
        make_direct_debit(uow, manager, MARCH, Files(), collect_on=date(2026, 3, 17))
    files = Files()
    batch = make_direct_debit(uow, manager, MARCH, files)
    assert batch.collect_on == date(2026, 3, 19)
    root = ET.fromstring(files.made[0])  # noqa: S314 - the file this test just made
    assert root.findtext(".//p:ReqdColltnDt", namespaces=NS) == "2026-03-19"


def test_a_file_that_cannot_be_delivered_records_nothing(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = _setup(uow, manager)
    dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)

    def broken(batch: DebitBatch) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        make_direct_debit(uow, manager, MARCH, broken)
    assert _collections(uow) == 0


def test_without_a_creditor_id_nothing_is_collected(uow: UnitOfWork, manager: Actor) -> None:
    room_id = make.room(uow, manager)
    dd.invoice_for(uow, manager, room_id, dd.mandate_hirer(uow, manager), MONDAY)
    with pytest.raises(InvalidInput, match="incassant-ID van het buurthuis"):
        make_direct_debit(uow, manager, MARCH, Files())


def test_a_month_is_read_as_yyyy_mm() -> None:
    assert month_start("2026-11") == date(2026, 11, 1)
    for wrong in ("11-2026", "2026-13", "nov"):
        with pytest.raises(InvalidInput, match="jjjj-mm"):
            month_start(wrong)


def test_the_invoice_announces_the_collection(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = _setup(uow, manager)
    invoice_id = dd.invoice_for(uow, manager, room_id, hirer_id, MONDAY)
    before = " ".join(pdf_text(invoice_pdf(invoice_document(uow, invoice_id))).split())
    assert "automatisch afgeschreven" in before
    assert "op of kort na 16 maart 2026" in before
    assert dd.MANDATE in before
    assert "6789" in before
    assert dd.CREDITOR_ID in before
    make_direct_debit(uow, manager, MARCH, Files())
    after = " ".join(pdf_text(invoice_pdf(invoice_document(uow, invoice_id))).split())
    assert "op 16 maart 2026 automatisch afgeschreven" in after


def test_the_command_writes_the_file_after_the_pin(
    desk: Desk,
    manager: Actor,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    room_id, hirer_id = _setup(desk.uow, manager)
    dd.invoice_for(desk.uow, manager, room_id, hirer_id, MONDAY)
    monkeypatch.setattr("getpass.getpass", lambda _prompt: MANAGER_PIN)
    out = tmp_path / "incasso.xml"
    argv = ["--data-dir", str(desk.folder.root), "direct-debit", "--month", "2026-03"]
    assert main([*argv, "--out", str(out)]) == 0
    assert "1 facturen, €\xa050,00" in capsys.readouterr().out
    xmlschema.XMLSchema(str(XSD)).validate(out.read_text(encoding="utf-8"))
    again = tmp_path / "nogmaals.xml"
    assert main([*argv, "--out", str(again)]) == 2
    assert "geen openstaande facturen" in capsys.readouterr().err
    assert not again.exists()
    monkeypatch.setattr("getpass.getpass", lambda _prompt: "000000")
    assert main([*argv, "--out", str(again), "--collect-on", "2026-13-01"]) == 2
    assert "jjjj-mm-dd" in capsys.readouterr().err
