"""Demo step for open items: most invoices paid by transfer or direct debit, a few late or
partly paid, one written off, and the last days' one-off bookings invoiced and still open.

The two newest invoices due at least ``LEFT_LATE_DAYS`` before the demo is made are left
overdue on purpose, one of them half paid, so every demo has invoices to remind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from random import Random
from uuid import UUID

from sqlalchemy import select

from desk_app.demo import DemoContext
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.errors import InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Booking, BookingState, Invoice, InvoiceKind, Person, Role
from desk_app.models import SettlementMethod as Method
from desk_app.models.types import ids_from, uuid7_from
from desk_app.services.auth import Actor, authenticate
from desk_app.services.rooms.invoice_payments import PaymentEntry, register_payment
from desk_app.services.rooms.invoicing import invoice_booking

RECENT_DAYS = 10
RECENT_INVOICES = 3
LEFT_LATE_DAYS = 7
Issued = tuple[UUID, datetime, int]


def payments(context: DemoContext) -> None:
    """Pay the issued invoices the way hirers do, then invoice a few bookings of the last days."""
    # A random source of its own, so the steps after this one make what they always made.
    rng = Random(f"invoice-payments-{context.options.seed}")
    with ids_from(lambda: uuid7_from(context.options.made_at, rng.getrandbits(74))):
        _pay_and_invoice(context, rng)


def _pay_and_invoice(context: DemoContext, rng: Random) -> None:
    actor = manager(context)
    with context.uow.read() as tx:
        credited = select(Invoice.credits_invoice_id).where(Invoice.credits_invoice_id.is_not(None))
        rows = list(
            tx.session.scalars(
                select(Invoice)
                .where(Invoice.kind == InvoiceKind.INVOICE, Invoice.id.not_in(credited))
                .order_by(Invoice.number)
            )
        )
        issued = [(row.id, row.created_at, row.total_cents) for row in rows]
        late_by = context.options.end - timedelta(days=LEFT_LATE_DAYS)
        late = [row.id for row in rows if row.due_on <= late_by and row.total_cents > 0][-2:]
    paid = 0
    for invoice in issued:
        if invoice[0] in late:
            paid += _half_paid(context, actor, invoice) if invoice[0] == late[0] else 0
        else:
            paid += _settle(context, rng, actor, invoice)
    context.count("factuurbetalingen", paid)
    _invoice_recent(context, actor)


def manager(context: DemoContext) -> Actor:
    with context.uow.read() as tx:
        manager = tx.session.scalars(select(Person.id).where(Person.role == Role.MANAGER)).first()
        assert manager is not None
    return authenticate(context.uow, manager, DEMO_MANAGER[1])  # the office logs in as Sanne


def _settle(
    context: DemoContext,
    rng: Random,
    actor: Actor,
    invoice: Issued,
) -> int:
    """Pay one invoice: mostly in full within the term, now and then late, in part or never."""
    invoice_id, created_at, total = invoice
    luck = rng.random()
    delay = timedelta(days=rng.randint(3, 12) if luck < 0.8 else rng.randint(15, 45))
    moment = created_at + delay
    if luck > 0.95 or not context.happened(moment) or total <= 0:
        return 0
    method = Method.DIRECT_DEBIT if rng.random() < 0.25 else Method.BANK
    amount = total // 2 if 0.9 < luck <= 0.93 else total
    if 0.93 < luck <= 0.94:
        method, amount = Method.WRITE_OFF, total
    day = moment.astimezone(LOCAL_ZONE).date()
    uow = context.uow.on_clock(_fixed(moment))
    reason = "Vereniging opgeheven, niet te innen" if method is Method.WRITE_OFF else ""
    source = "bankafschrift" if method is not Method.WRITE_OFF else "balie"
    register_payment(uow, actor, PaymentEntry(invoice_id, amount, method, day, reason, source))
    return 1


def _half_paid(context: DemoContext, actor: Actor, invoice: Issued) -> int:
    """Half of one invoice paid within its term; the rest stays owing."""
    invoice_id, created_at, total = invoice
    moment = created_at + timedelta(days=5)
    day = moment.astimezone(LOCAL_ZONE).date()
    entry = PaymentEntry(invoice_id, total // 2, Method.BANK, day, "", "bankafschrift")
    register_payment(context.uow.on_clock(_fixed(moment)), actor, entry)
    return 1


def _invoice_recent(context: DemoContext, actor: Actor) -> None:
    """A few one-off bookings of the last days invoiced right after, so they are still open."""
    since = context.moment(context.options.end - timedelta(days=RECENT_DAYS), datetime.min.time())
    with context.uow.read() as tx:
        recent = list(
            tx.session.execute(
                select(Booking.id, Booking.ends_at)
                .where(Booking.starts_at >= since, Booking.state == BookingState.CONFIRMED)
                .order_by(Booking.starts_at.desc())
            )
        )
    made = 0
    for booking_id, ends_at in recent:
        moment = ends_at + timedelta(hours=1)
        if made == RECENT_INVOICES or not context.happened(moment):
            continue
        try:
            uow = context.uow.on_clock(_fixed(moment))
            invoice_booking(uow, actor, booking_id)
        except InvalidInput:
            continue  # the centre's own use, or nothing to invoice
        made += 1
    context.count("facturen", made)


def _fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment
