"""Small factories for room-hire tests: a room with rates, hirers, a request."""

from __future__ import annotations

from datetime import date, time
from uuid import UUID

from desk_app.models import DayPartKey, Room, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import BookingRequest
from desk_app.services.rooms.hirers import HirerDetails, create_hirer
from desk_app.services.rooms.rates import RateInfo, set_room_rate
from desk_app.services.uow import UnitOfWork

MONDAY = date(2026, 3, 9)  # a week after the test clock's day


def room(uow: UnitOfWork, manager: Actor, name: str = "Grote zaal", capacity: int = 40) -> UUID:
    """A room with a social rate (exempt) and a commercial rate (21 % VAT)."""
    with uow.write() as tx:
        row = Room(centre_code="MEE", name=name, capacity=capacity, created_at=tx.now)
        tx.session.add(row)
        tx.session.flush()
        room_id = row.id
    set_room_rate(uow, manager, RateInfo(room_id, TariffClass.SOCIAL, 5000, 1500, 0))
    set_room_rate(uow, manager, RateInfo(room_id, TariffClass.COMMERCIAL, 12000, 3500, 21))
    return room_id


def hirer(
    uow: UnitOfWork,
    actor: Actor,
    name: str = "Biljartclub De Keu",
    tariff: TariffClass = TariffClass.SOCIAL,
) -> UUID:
    """A hirer with an invoice address."""
    details = HirerDetails(
        name=name,
        tariff_class=tariff,
        contact_name="Jan de Boer",
        street="Keulaan 3",
        postcode="1181 XY",
        city="Amstelveen",
    )
    made = create_hirer(uow, actor, details)
    assert made.id is not None
    return made.id


def request(
    room_id: UUID,
    hirer_id: UUID,
    *,
    day: date = MONDAY,
    part: DayPartKey | None = DayPartKey.EVENING,
    starts: time | None = None,
    ends: time | None = None,
    people: int = 10,
) -> BookingRequest:
    """A booking request, by part of the day unless times are given."""
    if starts is not None:
        part = None
    return BookingRequest(
        room_id=room_id,
        hirer_id=hirer_id,
        day=day,
        day_part=part,
        starts=starts,
        ends=ends,
        people=people,
    )
