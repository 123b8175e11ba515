"""The lines and sums of an invoice: room hire, extras, fees, and VAT per rate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk_app.formatting import DEFAULT_LOCALE, format_local
from desk_app.models import (
    Booking,
    BookingExtra,
    BookingState,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    Room,
)
from desk_app.services.rooms.bookings import ExtraLine
from desk_app.services.rooms.invoice_store import InvoiceItem


@dataclass(frozen=True)
class VatRow:
    """The amount excluding VAT at one rate, and the VAT on it (none when exempt)."""

    rate: int
    base_cents: int
    vat_cents: int


@dataclass(frozen=True)
class Totals:
    """An invoice's sums: without VAT, the VAT per rate, a rounding line, and the total.

    The rounding line keeps the bar sales on account at exactly what the till booked.
    """

    net_cents: int
    vat_rows: tuple[VatRow, ...]
    rounding_cents: int = 0

    @property
    def vat_cents(self) -> int:
        return sum(row.vat_cents for row in self.vat_rows)

    @property
    def total_cents(self) -> int:
        return self.net_cents + self.vat_cents + self.rounding_cents


def totals(lines: Sequence[ExtraLine]) -> Totals:
    """VAT per rate over the summed lines, rounded half away from zero to the cent."""
    bases: dict[int, int] = {}
    for line in lines:
        bases[line.vat_rate] = bases.get(line.vat_rate, 0) + line.amount_cents
    rows = tuple(VatRow(rate, base, _vat(base, rate)) for rate, base in sorted(bases.items()))
    return Totals(sum(bases.values()), rows)


def charged_totals(items: Sequence[InvoiceItem]) -> Totals:
    """The sums of a new invoice whose bar part is exactly what the till booked on account.

    A bar line is its share without the VAT the till counted in it; VAT recomputed over a
    rate's summed lines may differ from the till's by a cent or more: that is the rounding.
    """
    plain = totals([item.line for item in items])
    others = totals([item.line for item in items if item.gross_cents is None]).total_cents
    booked = sum(item.gross_cents for item in items if item.gross_cents is not None)
    return replace(plain, rounding_cents=others + booked - plain.total_cents)


def stored_totals(lines: Sequence[ExtraLine], total_cents: int) -> Totals:
    """An issued invoice's sums: what its lines make, and the rounding up to its stored total."""
    plain = totals(lines)
    return replace(plain, rounding_cents=total_cents - plain.total_cents)


def _vat(base_cents: int, rate: int) -> int:
    sign = -1 if base_cents < 0 else 1
    return sign * ((abs(base_cents) * rate + 50) // 100)


def booking_lines(session: Session, booking: Booking) -> list[InvoiceItem]:
    """The lines a booking puts on an invoice: its hire (or late-cancellation fee) and extras."""
    room = session.get(Room, booking.room_id)
    when = format_local(booking.starts_at, "EEE d MMM yyyy HH:mm") + format_local(
        booking.ends_at, "'-'HH:mm"
    )
    name = room.name if room else ""
    if booking.state is BookingState.CANCELLED:
        text = f"Annuleringskosten {name}, {when}"
        fee = ExtraLine(text, 1, booking.cancellation_fee_cents, booking.vat_rate)
        return [InvoiceItem(fee, booking.id)]
    hire = ExtraLine(f"Zaalhuur {name}, {when}", 1, booking.price_cents, booking.vat_rate)
    extras = session.scalars(select(BookingExtra).where(BookingExtra.booking_id == booking.id))
    return [InvoiceItem(hire, booking.id)] + [
        InvoiceItem(ExtraLine(e.description, e.quantity, e.unit_cents, e.vat_rate), booking.id)
        for e in extras
    ]


def invoiced_booking_ids(session: Session) -> set[UUID]:
    """Bookings on an invoice that has not been credited."""
    return _on_live_invoices(session, InvoiceLine.booking_id)


def invoiced_payment_ids(session: Session) -> set[UUID]:
    """Bar payments on account that are on an invoice that has not been credited."""
    return _on_live_invoices(session, InvoiceLine.payment_id)


def _on_live_invoices(session: Session, column: InstrumentedAttribute[UUID | None]) -> set[UUID]:
    credited = select(Invoice.credits_invoice_id).where(
        Invoice.kind == InvoiceKind.CREDIT_NOTE, Invoice.credits_invoice_id.is_not(None)
    )
    query = (
        select(column)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.id.not_in(credited),
            column.is_not(None),
        )
    )
    return {found for found in session.scalars(query) if found is not None}


def month_label(first: date) -> str:
    """``maart 2026``."""
    return format_date(first, "MMMM yyyy", locale=DEFAULT_LOCALE)
