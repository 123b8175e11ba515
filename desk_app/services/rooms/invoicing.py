"""Invoices for room hire, per booking or per hirer per month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import (
    Booking,
    BookingState,
    Hirer,
    Invoice,
    InvoiceKind,
    Person,
    Role,
)
from desk_app.models import TariffClass as Tariff
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.account_sales import account_items
from desk_app.services.rooms.bookings import ExtraLine
from desk_app.services.rooms.hirers import hirer_details
from desk_app.services.rooms.invoice_lines import (
    booking_lines,
    charged_totals,
    invoiced_booking_ids,
    month_label,
)
from desk_app.services.rooms.invoice_store import (
    InvoiceInfo,
    InvoiceItem,
    add_lines,
    audit_invoice,
    invoice_info,
    next_invoice,
)
from desk_app.services.uow import Transaction, UnitOfWork

PAYMENT_TERM_DAYS = 14


def invoice_booking(
    uow: UnitOfWork, actor: Actor, booking_id: UUID, extra_lines: Sequence[ExtraLine] = ()
) -> InvoiceInfo:
    """Invoice one booking, with the hirer's bar sales on account of that day."""
    with uow.write() as tx:
        person = require_role(tx, actor, Role.RECEPTION)
        booking = tx.session.get(Booking, booking_id)
        if booking is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze boeking bestaat niet."))
        day = booking.starts_at.astimezone(LOCAL_ZONE).date()
        invoice = _issue(
            tx,
            person,
            hirer_id=booking.hirer_id,
            bookings=[booking],
            extras=[
                *account_items(tx.session, booking.hirer_id, day, day + timedelta(days=1)),
                *(InvoiceItem(extra) for extra in extra_lines),
            ],
            period=day.strftime("%d-%m-%Y"),
        )
        return invoice_info(tx.session, invoice)


def invoice_hirer_month(
    uow: UnitOfWork,
    actor: Actor,
    hirer_id: UUID,
    month: date,
    extra_lines: Sequence[ExtraLine] = (),
) -> InvoiceInfo:
    """Invoice a hirer's bookings and bar sales on account of a month not yet invoiced."""
    first = month.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.RECEPTION)
        bookings = [
            b
            for b in tx.session.scalars(
                select(Booking).where(Booking.hirer_id == hirer_id).order_by(Booking.starts_at)
            )
            if first <= b.starts_at.astimezone(LOCAL_ZONE).date() < after
        ]
        invoice = _issue(
            tx,
            person,
            hirer_id=hirer_id,
            bookings=bookings,
            extras=[
                *account_items(tx.session, hirer_id, first, after),
                *(InvoiceItem(extra) for extra in extra_lines),
            ],
            period=month_label(first),
        )
        return invoice_info(tx.session, invoice)


def _issue(
    tx: Transaction,
    person: Person,
    *,
    hirer_id: UUID,
    bookings: list[Booking],
    extras: Sequence[InvoiceItem],
    period: str,
) -> Invoice:
    hirer = tx.session.get(Hirer, hirer_id)
    if hirer is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Kies een huurder."))
    if hirer.tariff_class is Tariff.INTERNAL:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Eigen activiteiten van het buurthuis worden niet gefactureerd."
            )
        )
    done = invoiced_booking_ids(tx.session)
    open_bookings = [b for b in bookings if b.id not in done and _chargeable(b)]
    items = [item for b in open_bookings for item in booking_lines(tx.session, b)]
    items += extras
    if not items:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Er is niets (meer) te factureren."))
    issued = tx.now.astimezone(LOCAL_ZONE).date()
    details = hirer_details(hirer)
    invoice = next_invoice(tx, hirer.centre_code, InvoiceKind.INVOICE)
    invoice.hirer_id, invoice.hirer_name, invoice.hirer_address = (
        hirer.id,
        hirer.name,
        details.address,
    )
    invoice.issued_on, invoice.due_on = issued, issued + timedelta(days=PAYMENT_TERM_DAYS)
    invoice.period = period
    invoice.total_cents = charged_totals(items).total_cents
    tx.session.add(invoice)
    tx.session.flush()
    add_lines(tx.session, invoice, items)
    audit_invoice(tx, person, "invoice.issue", invoice)
    return invoice


def _chargeable(booking: Booking) -> bool:
    """A cancelled booking is charged only when it carries a cancellation fee."""
    return booking.state is not BookingState.CANCELLED or booking.cancellation_fee_cents > 0


def invoices(uow: UnitOfWork) -> list[InvoiceInfo]:
    """Every invoice and credit note, newest first."""
    with uow.read() as tx:
        rows = tx.session.scalars(select(Invoice).order_by(Invoice.number.desc()))
        return [invoice_info(tx.session, row) for row in rows]
