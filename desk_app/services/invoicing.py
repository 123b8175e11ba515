"""Invoices for room hire, per booking or per hirer per month; credit notes cancel them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import (
    Booking,
    BookingState,
    Hirer,
    Invoice,
    InvoiceCounter,
    InvoiceKind,
    InvoiceLine,
    Person,
    Role,
)
from desk_app.models import TariffClass as Tariff
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.bookings import ExtraLine
from desk_app.services.hirers import hirer_details
from desk_app.services.invoice_lines import booking_lines, invoiced_booking_ids, month_label, totals
from desk_app.services.uow import UnitOfWork

PAYMENT_TERM_DAYS = 14


@dataclass(frozen=True)
class InvoiceInfo:
    """An issued invoice or credit note as lists show it."""

    id: UUID
    number: str
    kind: InvoiceKind
    hirer_name: str
    issued_on: date
    due_on: date
    period: str
    total_cents: int
    credited: bool


def invoice_number_text(centre_code: str, number: int) -> str:
    """How an invoice number is printed: the centre's code and the gapless number."""
    return f"{centre_code}-{number:06d}"


def invoice_booking(
    uow: UnitOfWork, actor: Actor, booking_id: UUID, extra_lines: Sequence[ExtraLine] = ()
) -> InvoiceInfo:
    """Invoice one booking; ``extra_lines`` is where the till's sales on account come in."""
    with uow.write() as session:
        person = require_role(session, actor, Role.RECEPTION)
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze boeking bestaat niet."))
        day = booking.starts_at.astimezone(LOCAL_ZONE).date()
        period = day.strftime("%d-%m-%Y")
        invoice = _issue(
            session,
            uow,
            person,
            hirer_id=booking.hirer_id,
            bookings=[booking],
            extra_lines=extra_lines,
            period=period,
        )
        return _info(session, invoice)


def invoice_hirer_month(
    uow: UnitOfWork,
    actor: Actor,
    hirer_id: UUID,
    month: date,
    extra_lines: Sequence[ExtraLine] = (),
) -> InvoiceInfo:
    """Invoice every not yet invoiced booking of a hirer in the month of ``month``."""
    first = month.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    with uow.write() as session:
        person = require_role(session, actor, Role.RECEPTION)
        bookings = [
            b
            for b in session.scalars(
                select(Booking).where(Booking.hirer_id == hirer_id).order_by(Booking.starts_at)
            )
            if first <= b.starts_at.astimezone(LOCAL_ZONE).date() < after
        ]
        invoice = _issue(
            session,
            uow,
            person,
            hirer_id=hirer_id,
            bookings=bookings,
            extra_lines=extra_lines,
            period=month_label(first),
        )
        return _info(session, invoice)


def _issue(
    session: Session,
    uow: UnitOfWork,
    person: Person,
    *,
    hirer_id: UUID,
    bookings: list[Booking],
    extra_lines: Sequence[ExtraLine],
    period: str,
) -> Invoice:
    hirer = session.get(Hirer, hirer_id)
    if hirer is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Kies een huurder."))
    if hirer.tariff_class is Tariff.INTERNAL:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Eigen activiteiten van het buurthuis worden niet gefactureerd."
            )
        )
    done = invoiced_booking_ids(session)
    open_bookings = [b for b in bookings if b.id not in done and _chargeable(b)]
    lines = [line for b in open_bookings for line in booking_lines(session, b)]
    lines += [(None, extra) for extra in extra_lines]
    if not lines:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Er is niets (meer) te factureren."))
    issued = uow.now().astimezone(LOCAL_ZONE).date()
    details = hirer_details(hirer)
    invoice = _new_invoice(session, uow, hirer.centre_code, InvoiceKind.INVOICE)
    invoice.hirer_id, invoice.hirer_name, invoice.hirer_address = (
        hirer.id,
        hirer.name,
        details.address,
    )
    invoice.issued_on, invoice.due_on = issued, issued + timedelta(days=PAYMENT_TERM_DAYS)
    invoice.period = period
    invoice.total_cents = totals([extra for _, extra in lines]).total_cents
    session.add(invoice)
    session.flush()
    _add_lines(session, invoice, lines)
    _audit(session, uow, person, "invoice.issue", invoice)
    return invoice


def _chargeable(booking: Booking) -> bool:
    """A cancelled booking is charged only when it carries a cancellation fee."""
    return booking.state is not BookingState.CANCELLED or booking.cancellation_fee_cents > 0


def credit_invoice(uow: UnitOfWork, actor: Actor, invoice_id: UUID, reason: str) -> InvoiceInfo:
    """Cancel an invoice by a credit note with the next number; the invoice itself stays."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Geef een reden voor de creditnota."))
    with uow.write() as session:
        person = require_role(session, actor, Role.MANAGER)
        original = session.get(Invoice, invoice_id)
        if original is None or original.kind is not InvoiceKind.INVOICE:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze factuur bestaat niet."))
        if _credit_of(session, original.id) is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze factuur is al gecrediteerd."))
        note = _new_invoice(session, uow, original.centre_code, InvoiceKind.CREDIT_NOTE)
        for column in ("hirer_id", "hirer_name", "hirer_address", "period"):
            setattr(note, column, getattr(original, column))
        note.credits_invoice_id, note.reason = original.id, reason[:200]
        note.issued_on = note.due_on = uow.now().astimezone(LOCAL_ZONE).date()
        note.total_cents = -original.total_cents
        session.add(note)
        session.flush()
        old = session.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == original.id)
            .order_by(InvoiceLine.position)
        )
        negated = [
            (
                line.booking_id,
                ExtraLine(line.description, line.quantity, -line.unit_cents, line.vat_rate),
            )
            for line in old
        ]
        _add_lines(session, note, negated)
        _audit(session, uow, person, "invoice.credit", note)
        return _info(session, note)


def _new_invoice(session: Session, uow: UnitOfWork, centre_code: str, kind: InvoiceKind) -> Invoice:
    """An invoice row with the centre's next number, raised in this same transaction."""
    counter = session.get(InvoiceCounter, centre_code)
    if counter is None:
        counter = InvoiceCounter(centre_code=centre_code, last_number=0)
        session.add(counter)
    counter.last_number += 1
    return Invoice(
        centre_code=centre_code, created_at=uow.now(), number=counter.last_number, kind=kind
    )


def _add_lines(
    session: Session, invoice: Invoice, lines: Sequence[tuple[UUID | None, ExtraLine]]
) -> None:
    for position, (booking_id, line) in enumerate(lines, start=1):
        session.add(
            InvoiceLine(
                centre_code=invoice.centre_code,
                created_at=invoice.created_at,
                invoice_id=invoice.id,
                booking_id=booking_id,
                position=position,
                description=line.description[:200],
                quantity=line.quantity,
                unit_cents=line.unit_cents,
                amount_cents=line.amount_cents,
                vat_rate=line.vat_rate,
            )
        )


def _audit(
    session: Session, uow: UnitOfWork, person: Person, action: str, invoice: Invoice
) -> None:
    audit.record(
        session,
        centre_code=invoice.centre_code,
        actor=person,
        action=action,
        subject=invoice_number_text(invoice.centre_code, invoice.number),
        at=uow.now(),
        after={"hirer": invoice.hirer_name, "total_cents": invoice.total_cents},
    )


def _credit_of(session: Session, invoice_id: UUID) -> Invoice | None:
    return session.scalars(select(Invoice).where(Invoice.credits_invoice_id == invoice_id)).first()


def _info(session: Session, invoice: Invoice) -> InvoiceInfo:
    return InvoiceInfo(
        id=invoice.id,
        number=invoice_number_text(invoice.centre_code, invoice.number),
        kind=invoice.kind,
        hirer_name=invoice.hirer_name,
        issued_on=invoice.issued_on,
        due_on=invoice.due_on,
        period=invoice.period,
        total_cents=invoice.total_cents,
        credited=_credit_of(session, invoice.id) is not None,
    )


def invoices(uow: UnitOfWork) -> list[InvoiceInfo]:
    """Every invoice and credit note, newest first."""
    with uow.read() as session:
        rows = session.scalars(select(Invoice).order_by(Invoice.number.desc()))
        return [_info(session, row) for row in rows]
