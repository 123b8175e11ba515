"""What happens to a booking later: confirmed, cancelled (free or with a fee); internal bookings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Booking, BookingState, Centre, Person, Role
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.rooms.bookings import BookingInfo, BookingRequest, book_room, booking_info
from desk_app.services.rooms.hirers import centre_hirer
from desk_app.services.uow import Transaction, UnitOfWork

FREE_CANCELLATION_DAYS = 14  # cancelling at least this many days ahead costs nothing
LATE_CANCELLATION_PERCENT = 50  # of the room hire, when cancelled later


def get_booking(uow: UnitOfWork, booking_id: UUID) -> BookingInfo:
    """One booking, for its dialog."""
    with uow.read() as tx:
        booking = tx.session.get(Booking, booking_id)
        if booking is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze boeking bestaat niet."))
        return booking_info(tx.session, booking)


def cancellation_fee(price_cents: int, booking_day: date, today: date) -> int:
    """Free until ``FREE_CANCELLATION_DAYS`` before the day, then a share of the room hire."""
    if (booking_day - today).days >= FREE_CANCELLATION_DAYS:
        return 0
    return (price_cents * LATE_CANCELLATION_PERCENT + 50) // 100


def confirm_booking(uow: UnitOfWork, actor: Actor, booking_id: UUID) -> BookingInfo:
    """A provisional booking becomes confirmed (an update, so it enters the change log)."""
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        booking = _live(tx.session, tx.session.get(Booking, booking_id))
        booking.state = BookingState.CONFIRMED
        return booking_info(tx.session, booking)


def cancel_booking(uow: UnitOfWork, actor: Actor, booking_id: UUID) -> BookingInfo:
    """Cancel a booking; late cancellations carry the fee, and the cancellation is audited."""
    with uow.write() as tx:
        person = require_role(tx, actor, Role.RECEPTION)
        booking = cancel_in(tx, person, tx.session.get(Booking, booking_id))
        return booking_info(tx.session, booking)


def cancel_in(tx: Transaction, person: Person, booking: Booking | None) -> Booking:
    """:func:`cancel_booking` inside the caller's transaction, its role checked by the caller.

    The programme cancels an activity's own booking with the session it was made for.
    """
    booking = _live(tx.session, booking)
    now = tx.now
    day = booking.starts_at.astimezone(LOCAL_ZONE).date()
    booking.state = BookingState.CANCELLED
    booking.cancelled_at = now
    booking.cancellation_fee_cents = cancellation_fee(
        booking.price_cents, day, now.astimezone(LOCAL_ZONE).date()
    )
    audit.record(
        tx.session,
        centre_code=booking.centre_code,
        actor=person,
        action="booking.cancel",
        subject=str(booking.id),
        at=now,
        after={"fee_cents": booking.cancellation_fee_cents, "day": day.isoformat()},
    )
    return booking


def _live(session: Session, booking: Booking | None) -> Booking:
    """A booking that can still change: it exists, is not cancelled, its day is not closed."""
    if booking is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze boeking bestaat niet."))
    if booking.state is BookingState.CANCELLED:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze boeking is al geannuleerd."))
    ensure_day_open(session, booking.starts_at.astimezone(LOCAL_ZONE).date())
    return booking


def internal_hirer_id(uow: UnitOfWork) -> UUID:
    """The centre itself as a hirer (free, internal tariff), made on first use."""
    with uow.write() as tx:
        centre = tx.session.scalars(select(Centre).limit(1)).one()
        return centre_hirer(tx.session, centre.code, centre.name, tx.now).id


def book_internal(uow: UnitOfWork, actor: Actor, request: BookingRequest) -> BookingInfo:
    """Book a room for the centre's own activity: free, confirmed, with every usual check.

    The activities programme calls this; ``request.hirer_id`` is ignored.
    """
    hirer_id = internal_hirer_id(uow)
    return book_room(uow, actor, replace(request, hirer_id=hirer_id, confirmed=True))
