"""Reminders: a first reminder, a final notice 14 days on, the refusals, the letter and its QR."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from desk_app.db.rules import AppendOnlyViolation
from desk_app.documents.reminder_data import reminder_document
from desk_app.documents.reminder_pdf import reminder_pdf
from desk_app.errors import InvalidInput, NotAllowed
from desk_app.formatting import format_cents
from desk_app.models import InvoiceReminder, ReminderLevel, SettlementMethod
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.invoice_payments import PaymentEntry, register_payment
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.rooms.open_items import StandingFilter, standings
from desk_app.services.rooms.payment_reference import payment_reference, printed_reference
from desk_app.services.rooms.reminders import remind_overdue, send_reminder
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.documents import pdf_page_count, pdf_text, qr_texts, render_page
from tests.unit import hire_factories as make
from tests.unit.factories import table_counts, volunteer

TODAY = date(2026, 3, 2)  # the test clock's day; invoices fall due 14 days later
LATE = timedelta(days=15)  # one day past the due date
TOTAL = 5000


def _invoice(uow: UnitOfWork, manager: Actor, week: int = 0) -> UUID:
    room_id = make.room(uow, manager, name=f"Zaal {week}")
    hirer_id = make.hirer(uow, manager, name=f"Biljartclub {week}")
    day = make.MONDAY + timedelta(weeks=week)
    booking = book_room(uow, manager, make.request(room_id, hirer_id, day=day))
    issued = invoice_booking(uow, manager, booking.id)
    assert issued.total_cents == TOTAL
    return issued.id


def _refusal(uow: UnitOfWork, manager: Actor, invoice_id: UUID) -> str:
    with pytest.raises(InvalidInput) as refused:
        send_reminder(uow, manager, invoice_id)
    return refused.value.message


def test_no_reminder_before_the_due_date_has_passed(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    clock.advance(timedelta(days=14))  # the due day itself
    assert "is niet te laat" in _refusal(uow, manager, invoice_id)
    assert table_counts(uow, "invoice_reminder")["invoice_reminder"] == 0


def test_first_reminder_then_a_final_notice_14_days_later_then_nothing(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    clock.advance(LATE)
    first = send_reminder(uow, manager, invoice_id)
    sent = TODAY + LATE
    assert (first.level, first.sent_on, first.due_on) == (
        ReminderLevel.FIRST,
        sent,
        sent + timedelta(days=14),
    )
    assert first.amount_cents == TOTAL
    clock.advance(timedelta(days=13))
    assert "een aanmaning kan vanaf" in _refusal(uow, manager, invoice_id)
    clock.advance(timedelta(days=1))
    final = send_reminder(uow, manager, invoice_id)
    assert (final.level, final.sent_on) == (ReminderLevel.FINAL, sent + timedelta(days=14))
    assert "de aanmaning al verstuurd" in _refusal(uow, manager, invoice_id)
    assert table_counts(uow, "invoice_reminder")["invoice_reminder"] == 2


def test_the_reminder_asks_for_the_open_amount_and_a_paid_invoice_gets_none(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    clock.advance(LATE)
    day = TODAY + LATE
    register_payment(uow, manager, PaymentEntry(invoice_id, 1250, SettlementMethod.BANK, day))
    assert send_reminder(uow, manager, invoice_id).amount_cents == TOTAL - 1250
    register_payment(uow, manager, PaymentEntry(invoice_id, 3750, SettlementMethod.BANK, day))
    clock.advance(timedelta(days=14))
    assert "is niet te laat" in _refusal(uow, manager, invoice_id)


def test_a_credited_invoice_and_a_credit_note_get_no_reminder(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    note = credit_invoice(uow, manager, invoice_id, "dubbel geboekt")
    clock.advance(LATE)
    assert "is niet te laat" in _refusal(uow, manager, invoice_id)
    assert "bestaat niet" in _refusal(uow, manager, note.id)


def test_only_the_manager_sends_reminders(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    reception = volunteer(uow, manager)
    clock.advance(LATE)
    with pytest.raises(NotAllowed):
        send_reminder(uow, reception, invoice_id)
    with pytest.raises(NotAllowed):
        remind_overdue(uow, reception)
    assert table_counts(uow, "invoice_reminder")["invoice_reminder"] == 0


def test_remind_overdue_makes_each_due_reminder_once_and_a_dry_run_writes_nothing(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    early, late = _invoice(uow, manager, week=0), _invoice(uow, manager, week=1)
    clock.advance(LATE)
    send_reminder(uow, manager, early)
    planned = remind_overdue(uow, manager, dry_run=True)
    assert [(r.invoice_id, r.level, r.id) for r in planned] == [(late, ReminderLevel.FIRST, None)]
    assert table_counts(uow, "invoice_reminder")["invoice_reminder"] == 1
    assert [r.invoice_id for r in remind_overdue(uow, manager)] == [late]
    assert remind_overdue(uow, manager) == []
    clock.advance(timedelta(days=14))
    finals = remind_overdue(uow, manager)
    assert {(r.invoice_id, r.level) for r in finals} == {
        (early, ReminderLevel.FINAL),
        (late, ReminderLevel.FINAL),
    }


def test_the_list_shows_the_latest_reminder_and_the_fact_is_never_changed(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    clock.advance(LATE)
    made = send_reminder(uow, manager, invoice_id)
    (listed,) = standings(uow, StandingFilter.OVERDUE)
    assert listed.reminded is not None
    assert (listed.reminded.level, listed.reminded.sent_on) == (ReminderLevel.FIRST, made.sent_on)
    with pytest.raises(AppendOnlyViolation), uow.write() as tx:
        tx.session.execute(update(InvoiceReminder).values(amount_cents=1))
    with uow.read() as tx:
        assert tx.session.scalars(select(InvoiceReminder.amount_cents)).all() == [TOTAL]


def test_the_letter_holds_the_open_amount_and_reference_and_its_qr_asks_for_them(
    uow: UnitOfWork, manager: Actor, clock: FakeClock, qapp: QApplication
) -> None:
    invoice_id = _invoice(uow, manager)
    clock.advance(LATE)
    day = TODAY + LATE
    register_payment(uow, manager, PaymentEntry(invoice_id, 1250, SettlementMethod.BANK, day))
    made = send_reminder(uow, manager, invoice_id)
    assert made.id is not None
    pdf = reminder_pdf(reminder_document(uow, made.id))
    text = " ".join(pdf_text(pdf).split())
    reference = payment_reference("MEE", 1)
    open_amount = " ".join(format_cents(3750).split())
    assert "Herinnering" in text
    assert "Factuur: MEE-000001 van 2 maart 2026" in text
    assert f"nog {open_amount} open" in text
    assert "Nieuwe vervaldatum: 31 maart 2026" in text
    assert f"betalingskenmerk {printed_reference(reference)}" in text
    codes = [c for page in range(pdf_page_count(pdf)) for c in qr_texts(render_page(pdf, page))]
    assert len(codes) == 1
    fields = codes[0].split("\n")
    assert fields[7] == "EUR37.50"  # the open amount, not the invoice's total
    assert fields[9] == reference


def test_the_final_notice_says_so(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> None:
    invoice_id = _invoice(uow, manager)
    clock.advance(LATE)
    send_reminder(uow, manager, invoice_id)
    clock.advance(timedelta(days=14))
    final = send_reminder(uow, manager, invoice_id)
    assert final.id is not None
    text = " ".join(pdf_text(reminder_pdf(reminder_document(uow, final.id))).split())
    assert "Aanmaning" in text
    assert "laatste aanmaning" in text
