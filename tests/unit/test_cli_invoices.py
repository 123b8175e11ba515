"""``desk-app invoices``: the open items as JSON and text, filtered by status."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.formatting import now_local
from desk_app.models import SettlementMethod
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.invoice_payments import PaymentEntry, register_payment
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.rooms.payment_reference import payment_reference
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

ISSUED = date(2026, 3, 2)  # the test clock's day; the command runs on today's real date


@pytest.fixture
def three_invoices(desk: Desk, manager: Actor) -> Desk:
    """MEE-000001 paid, MEE-000002 partly paid (and long overdue by now), MEE-000003 credited."""
    uow = desk.uow
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    issued = []
    for week in range(3):
        day = MONDAY + timedelta(weeks=week)
        booking = book_room(uow, manager, make.request(room_id, hirer_id, day=day))
        issued.append(invoice_booking(uow, manager, booking.id))
    for invoice, cents in ((issued[0], 5000), (issued[1], 1250)):
        entry = PaymentEntry(invoice.id, cents, SettlementMethod.BANK, ISSUED)
        register_payment(uow, manager, entry)
    credit_invoice(uow, manager, issued[2].id, "dubbel geboekt")
    return desk


def _run(desk: Desk, capsys: pytest.CaptureFixture[str], *extra: str) -> Any:
    assert main(["--data-dir", str(desk.folder.root), "invoices", *extra]) == 0
    return capsys.readouterr().out


def test_all_invoices_as_json(three_invoices: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    listed = json.loads(_run(three_invoices, capsys, "--json"))
    assert [row["number"] for row in listed] == ["MEE-000003", "MEE-000002", "MEE-000001"]
    assert [row["status"] for row in listed] == ["credited", "overdue", "paid"]
    second = listed[1]
    assert second == {
        "number": "MEE-000002",
        "hirer": "Biljartclub De Keu",
        "issued_on": "2026-03-02",
        "due_on": "2026-03-16",
        "total_cents": 5000,
        "paid_cents": 1250,
        "written_off_cents": 0,
        "open_cents": 3750,
        "status": "overdue",
        "days_overdue": (now_local().date() - date(2026, 3, 16)).days,
        "reference": payment_reference("MEE", 2),
    }
    assert listed[0]["open_cents"] == 0


@pytest.mark.parametrize(
    ("status", "numbers"),
    [("open", ["MEE-000002"]), ("overdue", ["MEE-000002"]), ("paid", ["MEE-000001"])],
)
def test_the_status_filter(
    three_invoices: Desk, capsys: pytest.CaptureFixture[str], status: str, numbers: list[str]
) -> None:
    listed = json.loads(_run(three_invoices, capsys, "--status", status, "--json"))
    assert [row["number"] for row in listed] == numbers


def test_as_text(three_invoices: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run(three_invoices, capsys, "--status", "open").splitlines()
    assert len(lines) == 1
    assert "MEE-000002" in lines[0]
    assert "te laat" in lines[0]
    assert payment_reference("MEE", 2) in lines[0]
