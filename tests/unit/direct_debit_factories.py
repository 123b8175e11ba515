"""Small factories for direct-debit tests: a creditor ID, a hirer with a mandate, an invoice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import UUID

from desk_app.models import TariffClass
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.hirers import HirerDetails, create_hirer
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.uow import UnitOfWork
from tests.unit import hire_factories as make

CREDITOR_ID = "NL53ZZZ091734220000"
HIRER_IBAN = "NL02ABNA0123456789"
MANDATE = "MEE-KEU-001"
SIGNED = date(2026, 1, 15)


def creditor(uow: UnitOfWork, manager: Actor) -> None:
    """The centre gets its creditor identifier (it already has an IBAN)."""
    update_centre(uow, manager, replace(centre_details(uow), creditor_id=CREDITOR_ID))


def mandate_hirer(
    uow: UnitOfWork, actor: Actor, name: str = "Biljartclub De Keu", *, first: bool = True
) -> UUID:
    """A hirer who signed a mandate on ``SIGNED`` for ``HIRER_IBAN``."""
    details = HirerDetails(
        name=name,
        tariff_class=TariffClass.SOCIAL,
        iban=HIRER_IBAN,
        mandate_reference=MANDATE,
        mandate_signed_on=SIGNED,
        mandate_first=first,
    )
    made = create_hirer(uow, actor, details)
    assert made.id is not None
    return made.id


def invoice_for(uow: UnitOfWork, actor: Actor, room_id: UUID, hirer_id: UUID, day: date) -> UUID:
    """One evening booked and invoiced (EUR 50.00, exempt); the invoice's id."""
    booking = book_room(uow, actor, make.request(room_id, hirer_id, day=day))
    return invoice_booking(uow, actor, booking.id).id
