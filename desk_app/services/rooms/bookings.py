"""Booking a room once: checked against opening hours, capacity, the past and every overlap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE, to_local
from desk_app.models import Booking, BookingExtra, BookingState, DayPartKey, Hirer, Role, Room
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.hire_rules import (
    HireCalendar,
    commercial_value,
    hire_price,
    live_bookings,
)
from desk_app.services.rooms.parties import check_party_cap
from desk_app.services.uow import Transaction, UnitOfWork


@dataclass(frozen=True)
class ExtraLine:
    """A priced line beside the room hire (coffee service, beamer, bar sales on account)."""

    description: str
    quantity: int
    unit_cents: int
    vat_rate: int

    @property
    def amount_cents(self) -> int:
        """The line's amount excluding VAT."""
        return self.quantity * self.unit_cents


STANDARD_EXTRAS = (  # offered by the booking dialog; prices exclude VAT
    ExtraLine(QT_TRANSLATE_NOOP("Extras", "Koffie- en theeservice (per persoon)"), 1, 150, 9),
    ExtraLine(QT_TRANSLATE_NOOP("Extras", "Beamer en scherm"), 1, 1500, 21),
    ExtraLine(QT_TRANSLATE_NOOP("Extras", "Geluidsinstallatie"), 1, 2500, 21),
)


@dataclass(frozen=True)
class BookingRequest:
    """What the desk asks for: a room on a day, for a part of the day or between two times."""

    room_id: UUID
    hirer_id: UUID
    day: date
    day_part: DayPartKey | None = None
    starts: time | None = None
    ends: time | None = None
    people: int = 1
    description: str = ""
    confirmed: bool = False
    extras: tuple[ExtraLine, ...] = ()
    private_party: bool = False  # with alcohol; counted against the bylaw's yearly maximum
    for_outsiders: bool = False  # an event aimed at outsiders: no alcohol during it


@dataclass(frozen=True)
class BookingInfo:
    """A booking as the calendar and its dialog show it."""

    id: UUID
    room_id: UUID
    room_name: str
    hirer_id: UUID
    hirer_name: str
    starts_at: datetime
    ends_at: datetime
    day_part: DayPartKey | None
    state: BookingState
    people: int
    description: str
    price_cents: int
    cancellation_fee_cents: int
    series_id: UUID | None
    extras: tuple[ExtraLine, ...]
    private_party: bool = False
    for_outsiders: bool = False


def book_room(uow: UnitOfWork, actor: Actor, request: BookingRequest) -> BookingInfo:
    """Book a room once; refused with the reason if anything is wrong, and nothing is written."""
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        planner = Planner.load(tx, request)
        booking = planner.booking_on(request.day)
        existing = live_bookings(tx.session, booking.room_id, booking.starts_at, booking.ends_at)
        if existing:
            raise clash_error(tx.session, planner.room, existing[0])
        planner.add(booking)
        return booking_info(tx.session, booking)


@dataclass
class Planner:
    """Turns a request into bookings on given days, with the rows it needs loaded once."""

    tx: Transaction
    request: BookingRequest
    room: Room
    hirer: Hirer
    calendar: HireCalendar

    @classmethod
    def load(cls, tx: Transaction, request: BookingRequest) -> Planner:
        """Load and check the room, the hirer and the number of people."""
        room = tx.session.get(Room, request.room_id)
        hirer = tx.session.get(Hirer, request.hirer_id)
        if room is None or not room.active:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Kies een zaal."))
        if hirer is None or not hirer.active:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Kies een huurder."))
        check_people(request.people, room)
        if any(extra.quantity < 1 or extra.unit_cents < 0 for extra in request.extras):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een extra heeft een onjuist aantal."))
        return cls(tx, request, room, hirer, HireCalendar.load(tx.session))

    def booking_on(self, day: date, series_id: UUID | None = None) -> Booking:
        """A new (not yet added) booking for the request on ``day``."""
        request = self.request
        if day < self.tx.now.astimezone(LOCAL_ZONE).date():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Een boeking kan niet in het verleden liggen.")
            )
        span = self.calendar.span(day, request.day_part, request.starts, request.ends)
        by_part = request.day_part is not None
        price, vat_rate = hire_price(
            self.tx.session, self.room, self.hirer.tariff_class, span, by_part
        )
        state = BookingState.CONFIRMED if request.confirmed else BookingState.PROVISIONAL
        return Booking(
            centre_code=self.room.centre_code,
            created_at=self.tx.now,
            room_id=self.room.id,
            hirer_id=self.hirer.id,
            series_id=series_id,
            starts_at=span[0],
            ends_at=span[1],
            day_part=request.day_part,
            state=state,
            people=request.people,
            description=" ".join(request.description.split())[:200],
            tariff_class=self.hirer.tariff_class,
            price_cents=price,
            commercial_cents=commercial_value(self.tx.session, self.room, span, by_part),
            vat_rate=vat_rate,
            private_party=request.private_party,
            for_outsiders=request.for_outsiders,
        )

    def add(self, booking: Booking) -> None:
        """Store a booking with its extras."""
        self.tx.session.add(booking)
        self.tx.session.flush()
        check_party_cap(self.tx.session, booking, booking.starts_at.astimezone(LOCAL_ZONE).date())
        for extra in self.request.extras:
            self.tx.session.add(
                BookingExtra(
                    centre_code=booking.centre_code,
                    created_at=booking.created_at,
                    booking_id=booking.id,
                    description=extra.description,
                    quantity=extra.quantity,
                    unit_cents=extra.unit_cents,
                    vat_rate=extra.vat_rate,
                )
            )


def check_people(people: int, room: Room) -> None:
    """At least one person, and no more than the room holds."""
    if people < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Vul het aantal personen in (minstens 1)."))
    if people > room.capacity:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "In {room} passen hoogstens {capacity} personen."),
            room=room.name,
            capacity=room.capacity,
        )


def clash_error(session: Session, room: Room, other: Booking) -> InvalidInput:
    """The refusal of an overlapping booking, naming the booking in the way."""
    hirer = session.get(Hirer, other.hirer_id)
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "{room} is dan al geboekt door {hirer} ({day} {starts} tot {until})."
        ),
        room=room.name,
        hirer=hirer.name if hirer else "",
        day=to_local(other.starts_at).date(),
        starts=to_local(other.starts_at).time(),
        until=to_local(other.ends_at).time(),
    )


def booking_info(session: Session, booking: Booking) -> BookingInfo:
    """A stored booking as a plain value."""
    room = session.get(Room, booking.room_id)
    hirer = session.get(Hirer, booking.hirer_id)
    extras = session.scalars(
        select(BookingExtra).where(BookingExtra.booking_id == booking.id)
    ).all()
    return BookingInfo(
        id=booking.id,
        room_id=booking.room_id,
        room_name=room.name if room else "",
        hirer_id=booking.hirer_id,
        hirer_name=hirer.name if hirer else "",
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        day_part=booking.day_part,
        state=booking.state,
        people=booking.people,
        description=booking.description,
        price_cents=booking.price_cents,
        cancellation_fee_cents=booking.cancellation_fee_cents,
        series_id=booking.series_id,
        extras=tuple(
            ExtraLine(e.description, e.quantity, e.unit_cents, e.vat_rate) for e in extras
        ),
        private_party=booking.private_party,
        for_outsiders=booking.for_outsiders,
    )
