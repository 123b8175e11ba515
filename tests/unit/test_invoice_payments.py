"""Open items: each invoice's status from its payment facts, for every way money comes in."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

import pytest
from sqlalchemy import delete, func, select, update

from desk_app.commands.day_output import day_json
from desk_app.db.rules import AppendOnlyViolation
from desk_app.documents.z_report import z_report_pdf
from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import AuditEntry, InvoicePayment, InvoiceStatus, Role, SettlementMethod
from desk_app.services.auth import Actor
from desk_app.services.day_close.sign_off import Closing, close_day
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.invoice_payments import (
    PaymentEntry,
    amount_from_text,
    payments_of,
    register_payment,
    reverse_payment,
)
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.rooms.open_items import (
    Standing,
    StandingFilter,
    invoice_standing,
    standings,
)
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.documents import pdf_text
from tests.unit import hire_factories as make
from tests.unit.day_close_factories import counts_for
from tests.unit.factories import table_counts, volunteer

TODAY = date(2026, 3, 2)  # the test clock's day; invoices fall due 14 days later
TOTAL = 5000  # one evening in the big room at the social rate, exempt


def _invoice(uow: UnitOfWork, manager: Actor) -> UUID:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(room_id, hirer_id))
    issued = invoice_booking(uow, manager, booking.id)
    assert issued.total_cents == TOTAL
    return issued.id


def _pay(
    uow: UnitOfWork,
    actor: Actor,
    invoice_id: UUID,
    cents: int,
    method: SettlementMethod,
    *,
    reason: str = "",
) -> Standing:
    return register_payment(uow, actor, PaymentEntry(invoice_id, cents, method, TODAY, reason))


def _status(uow: UnitOfWork, invoice_id: UUID) -> Standing:
    found = invoice_standing(uow, invoice_id)
    assert found is not None
    return found


@pytest.mark.parametrize("method", list(SettlementMethod))
def test_every_kind_of_payment_moves_open_to_partly_paid_to_paid(
    uow: UnitOfWork, manager: Actor, method: SettlementMethod
) -> None:
    invoice_id = _invoice(uow, manager)
    fresh = _status(uow, invoice_id)
    assert (fresh.status, fresh.open_cents, fresh.paid_cents) == (InvoiceStatus.OPEN, TOTAL, 0)
    part = _pay(uow, manager, invoice_id, 2000, method, reason="oninbaar")
    assert (part.status, part.open_cents) == (InvoiceStatus.PARTLY_PAID, 3000)
    rest = _pay(uow, manager, invoice_id, 3000, method, reason="oninbaar")
    assert (rest.status, rest.open_cents) == (InvoiceStatus.PAID, 0)
    written_off = method is SettlementMethod.WRITE_OFF
    assert rest.written_off_cents == (TOTAL if written_off else 0)
    assert rest.paid_cents == (0 if written_off else TOTAL)


def test_past_the_due_date_an_unpaid_invoice_is_overdue(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    clock.advance(timedelta(days=14))
    assert _status(uow, invoice_id).status is InvoiceStatus.OPEN  # the due day itself
    clock.advance(timedelta(days=6))
    late = _status(uow, invoice_id)
    assert (late.status, late.days_overdue, late.open_cents) == (InvoiceStatus.OVERDUE, 6, TOTAL)
    partly = _pay(uow, manager, invoice_id, 1000, SettlementMethod.CASH)
    assert (partly.status, partly.open_cents) == (InvoiceStatus.OVERDUE, 4000)
    paid = _pay(uow, manager, invoice_id, 4000, SettlementMethod.BANK)
    assert (paid.status, paid.days_overdue) == (InvoiceStatus.PAID, 0)
    assert [s.invoice.id for s in standings(uow, StandingFilter.PAID)] == [invoice_id]
    assert standings(uow, StandingFilter.OVERDUE) == []


def test_a_transfer_that_brings_too_much_is_booked_and_shown_as_owed_back(
    uow: UnitOfWork, manager: Actor
) -> None:
    invoice_id = _invoice(uow, manager)
    over = _pay(uow, manager, invoice_id, 5500, SettlementMethod.BANK)
    assert (over.status, over.paid_cents, over.open_cents) == (InvoiceStatus.PAID, 5500, -500)
    with pytest.raises(InvalidInput, match="al helemaal betaald"):
        _pay(uow, manager, invoice_id, 100, SettlementMethod.BANK)


@pytest.mark.parametrize(
    ("method", "message"),
    [
        (SettlementMethod.CASH, "aan de balie niet"),
        (SettlementMethod.CARD, "aan de balie niet"),
        (SettlementMethod.WRITE_OFF, "tot het openstaande bedrag"),
    ],
)
def test_the_desk_and_a_write_off_take_no_more_than_is_open(
    uow: UnitOfWork, manager: Actor, method: SettlementMethod, message: str
) -> None:
    invoice_id = _invoice(uow, manager)
    before = table_counts(uow, "invoice_payment", "audit_entry")
    with pytest.raises(InvalidInput, match=message):
        _pay(uow, manager, invoice_id, TOTAL + 5, method, reason="failliet")
    assert table_counts(uow, "invoice_payment", "audit_entry") == before


def test_a_credit_note_makes_the_invoice_credited_and_unpayable(
    uow: UnitOfWork, manager: Actor
) -> None:
    invoice_id = _invoice(uow, manager)
    _pay(uow, manager, invoice_id, 1000, SettlementMethod.CASH)
    note = credit_invoice(uow, manager, invoice_id, "verkeerde zaal")
    credited = _status(uow, invoice_id)
    assert (credited.status, credited.open_cents) == (InvoiceStatus.CREDITED, -1000)
    with pytest.raises(InvalidInput, match="gecrediteerd"):
        _pay(uow, manager, invoice_id, 100, SettlementMethod.BANK)
    with pytest.raises(InvalidInput, match="creditnota"):
        _pay(uow, manager, note.id, 100, SettlementMethod.BANK)
    assert _status(uow, note.id).status is None
    assert standings(uow, StandingFilter.OPEN) == []


def test_a_reversal_reopens_the_invoice_once(uow: UnitOfWork, manager: Actor) -> None:
    invoice_id = _invoice(uow, manager)
    _pay(uow, manager, invoice_id, TOTAL, SettlementMethod.CARD)
    with uow.read() as tx:
        payment_id = tx.session.scalars(select(InvoicePayment.id)).one()
    with pytest.raises(InvalidInput, match="reden"):
        reverse_payment(uow, manager, payment_id, "  ")
    reopened = reverse_payment(uow, manager, payment_id, "verkeerde factuur gekozen")
    assert (reopened.status, reopened.open_cents, reopened.paid_cents) == (
        InvoiceStatus.OPEN,
        TOTAL,
        0,
    )
    with pytest.raises(InvalidInput, match="al teruggedraaid"):
        reverse_payment(uow, manager, payment_id, "nog eens")
    listed = payments_of(uow, invoice_id)
    assert [(p.id, p.amount_cents, p.reversed) for p in listed] == [(payment_id, TOTAL, True)]
    with uow.read() as tx:
        amounts = sorted(tx.session.scalars(select(InvoicePayment.amount_cents)))
    assert amounts == [-TOTAL, TOTAL]


def test_who_may_register_what(uow: UnitOfWork, manager: Actor) -> None:
    invoice_id = _invoice(uow, manager)
    desk = volunteer(uow, manager, role=Role.RECEPTION)
    assert _pay(uow, desk, invoice_id, 100, SettlementMethod.CASH).paid_cents == 100
    assert _pay(uow, desk, invoice_id, 100, SettlementMethod.CARD).paid_cents == 200
    for method in set(SettlementMethod) - {SettlementMethod.CASH, SettlementMethod.CARD}:
        with pytest.raises(NotAllowed, match="sociaal beheerder"):
            _pay(uow, desk, invoice_id, 100, method, reason="reden")
    with uow.read() as tx:
        payment_id = tx.session.scalars(select(InvoicePayment.id)).first()
    assert payment_id is not None
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        reverse_payment(uow, desk, payment_id, "fout")


def test_a_write_off_needs_a_reason_and_is_audited(uow: UnitOfWork, manager: Actor) -> None:
    invoice_id = _invoice(uow, manager)
    with pytest.raises(InvalidInput, match="reden voor het afschrijven"):
        _pay(uow, manager, invoice_id, TOTAL, SettlementMethod.WRITE_OFF, reason=" ")
    _pay(uow, manager, invoice_id, TOTAL, SettlementMethod.WRITE_OFF, reason="vereniging opgeheven")
    with uow.read() as tx:
        entry = tx.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "invoice.write_off")
        ).one()
        assert entry.subject == "MEE-000001"
        assert "vereniging opgeheven" in entry.after_json


@pytest.mark.parametrize("cents", [0, -100])
def test_no_amount_or_a_negative_one_is_refused_and_writes_nothing(
    uow: UnitOfWork, manager: Actor, cents: int
) -> None:
    invoice_id = _invoice(uow, manager)
    before = table_counts(uow, "invoice_payment", "audit_entry")
    with pytest.raises(InvalidInput, match="meer dan € 0,00"):
        _pay(uow, manager, invoice_id, cents, SettlementMethod.CASH)
    assert table_counts(uow, "invoice_payment", "audit_entry") == before


def test_a_payment_in_the_future_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    invoice_id = _invoice(uow, manager)
    entry = PaymentEntry(invoice_id, 100, SettlementMethod.CASH, TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="toekomst"):
        register_payment(uow, manager, entry)


@pytest.mark.parametrize(
    ("text", "cents"), [("12,50", 1250), ("12.5", 1250), ("€ 7", 700), (" 0,01 ", 1)]
)
def test_amounts_as_typed(text: str, cents: int) -> None:
    assert amount_from_text(text) == cents


@pytest.mark.parametrize("text", ["", "twaalf", "12,505", "1,2,3", "nan", "inf"])
def test_what_is_no_amount_gets_a_dutch_message(text: str) -> None:
    with pytest.raises(InvalidInput, match="bedrag in euro's"):
        amount_from_text(text)


def test_a_payment_is_never_changed_or_deleted(uow: UnitOfWork, manager: Actor) -> None:
    invoice_id = _invoice(uow, manager)
    _pay(uow, manager, invoice_id, 1000, SettlementMethod.CASH)
    with pytest.raises(AppendOnlyViolation), uow.write() as tx:
        tx.session.execute(update(InvoicePayment).values(amount_cents=1))
    with pytest.raises(AppendOnlyViolation), uow.write() as tx:
        tx.session.execute(delete(InvoicePayment))
    with uow.read() as tx:
        assert tx.session.scalar(select(func.count()).select_from(InvoicePayment)) == 1


def test_money_at_the_desk_is_not_booked_on_a_signed_off_day(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    clock.advance(timedelta(days=1))
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0)))
    for method in (SettlementMethod.CASH, SettlementMethod.CARD):
        with pytest.raises(InvalidInput, match="afgesloten"):
            _pay(uow, manager, invoice_id, 100, method)
    # A transfer that arrived that day is the bank's, not the drawer's: it is booked.
    assert _pay(uow, manager, invoice_id, 100, SettlementMethod.BANK).paid_cents == 100


def test_invoice_money_at_the_desk_is_expected_at_the_close(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    invoice_id = _invoice(uow, manager)
    _pay(uow, manager, invoice_id, 2000, SettlementMethod.CASH)
    _pay(uow, manager, invoice_id, 1500, SettlementMethod.CARD)
    _pay(uow, manager, invoice_id, 500, SettlementMethod.BANK)  # not the drawer's
    clock.advance(timedelta(days=1))
    closing = Closing(TODAY, counts_for(2000), card_terminal_cents=1500)
    report = close_day(uow, manager, MANAGER_PIN, closing)
    assert (report.cash_expected_cents, report.cash_difference_cents) == (2000, 0)
    assert (report.card_recorded_cents, report.card_difference_cents) == (1500, 0)
    text = " ".join(pdf_text(z_report_pdf(report)).split()).replace("\xa0", " ")
    assert "Facturen contant betaald € 20,00" in text
    assert "waarvan facturen € 15,00" in text
    figures = day_json(report)
    assert (figures["invoice_cash_cents"], figures["invoice_card_cents"]) == (2000, 1500)


def test_cash_goes_in_steps_of_five_cents_and_the_rest_by_card(
    uow: UnitOfWork, manager: Actor
) -> None:
    invoice_id = _invoice(uow, manager)
    with pytest.raises(InvalidInput, match="stappen van 5 cent"):
        _pay(uow, manager, invoice_id, 1002, SettlementMethod.CASH)
    _pay(uow, manager, invoice_id, 4995, SettlementMethod.CASH)
    assert _pay(uow, manager, invoice_id, 5, SettlementMethod.CARD).status is InvoiceStatus.PAID
