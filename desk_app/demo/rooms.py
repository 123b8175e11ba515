"""Demo steps for room hire: rates, hirers, a year of weekly clubs, parties and own activities."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import select

from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.errors import InvalidInput
from desk_app.models import Booking, BookingExtra, BookingState, DayPartKey, Hirer, Room, RoomRate
from desk_app.models import TariffClass as Tariff
from desk_app.services.rooms.hire_rules import HireCalendar

RATES = {  # room: social and commercial price per part of the day, in cents excluding VAT
    "Grote zaal": (4000, 12500),
    "Keuken": (2500, 7000),
    "Vergaderkamer": (1250, 4500),
    "Leslokaal": (1750, 5000),
    "Atelier": (1750, 5000),
    "Beweegzaal": (2500, 8000),
}
CLUBS = (
    "Biljartclub De Keu",
    "Koor Zanglust",
    "Bridgeclub Amstelveen-Zuid",
    "Yogagroep Adem",
    "Schaakclub Het Paard",
    "Taalcafé Samen",
    "Volksdansgroep Kadans",
    "Fotoclub Sluiter",
    "Stichting Buurtkracht",
    "Repair Café",
    "Vrouwengroep Al Amal",
    "Seniorenvereniging De Zonnebloem",
)
COMMERCIAL = (
    "Fysiotherapie Beweeg",
    "Rijschool Veilig",
    "Bakkerij Brood BV",
    "Coachpraktijk Kompas",
)
OWN_ACTIVITIES = (
    "Huiskamerlunch",
    "Ontmoetingsgroep dementie",
    "Kinderclub",
    "Jongereninloop",
    "Senioren gym",
    "Naaicafé",
    "Spreekuur wijkteam",
    "Kookclub",
    "Creatief atelier",
    "Computerles",
)
STREETS = ("Dorpsstraat", "Kastanjelaan", "Startbaan", "Orion", "Van Heuven Goedhartlaan")
# An organisation that takes its invoices as UBL e-invoices, with its KvK number.
E_INVOICING = {"Stichting Buurtkracht": "69599084"}
PARTY_NAMES = ("Familie Yilmaz", "Familie de Vries", "Familie El Amrani", "Familie Bakker")
SLOT_OWNER = (("internal", 46), ("club", 14), ("open", 40))  # who holds a weekly slot
ONE_OFF_CHANCE = 0.36
HOLIDAY_WEEKS = frozenset({30, 31, 32, 33, 52, 1})  # summer and Christmas: no weekly activities
FUTURE_DAYS = 56  # weekly bookings run on past the last demo day


def rates(context: DemoContext) -> None:
    """Social (VAT-exempt) and commercial (21 % VAT) rates for every room."""
    with context.uow.write() as tx:
        for room in tx.session.scalars(select(Room)):
            social, commercial = RATES.get(room.name, (3000, 6500))
            for tariff, part, vat in (
                (Tariff.SOCIAL, social, 0),
                (Tariff.COMMERCIAL, commercial, 21),
            ):
                tx.session.add(
                    RoomRate(
                        centre_code=context.centre_code,
                        created_at=tx.now,
                        room_id=room.id,
                        tariff_class=tariff,
                        part_of_day_cents=part,
                        hour_cents=part // 3,
                        vat_rate=vat,
                    )
                )
    context.count("zaaltarieven", 2 * len(RATES))


def hirers(context: DemoContext) -> None:
    """Clubs, businesses, families, and the centre itself for its own activities."""
    rng = context.rng
    names = [(n, Tariff.SOCIAL, True) for n in CLUBS] + [
        (n, Tariff.COMMERCIAL, True) for n in COMMERCIAL
    ]
    names += [(n, Tariff.COMMERCIAL, False) for n in PARTY_NAMES]
    names.append((f"{context.options.centre} (eigen activiteiten)", Tariff.INTERNAL, True))
    with context.uow.write() as tx:
        for name, tariff, organisation in names:
            tx.session.add(
                Hirer(
                    centre_code=context.centre_code,
                    created_at=tx.now,
                    name=name,
                    tariff_class=tariff,
                    is_organisation=organisation,
                    contact_name="t.a.v. de penningmeester" if organisation else "",
                    street=f"{rng.choice(STREETS)} {rng.randint(1, 140)}",
                    postcode=f"118{rng.randint(1, 9)} {rng.choice(('AB', 'KL', 'MN', 'XZ'))}",
                    city="Amstelveen",
                    **_e_invoicing(name),
                )
            )
    context.count("huurders", len(names))


def _e_invoicing(name: str) -> dict[str, object]:
    """The e-invoice columns of a hirer that takes e-invoices; none for the others."""
    number = E_INVOICING.get(name)
    if number is None:
        return {}
    return {"e_invoicing": True, "registration_number": number, "peppol_id": f"0106:{number}"}


def bookings(context: DemoContext) -> None:
    """Weekly slots held by clubs and own activities, the open ones filled by one-off hire."""
    with context.uow.read() as tx:
        calendar = HireCalendar.load(tx.session)
        rooms = tx.session.execute(select(Room.id, Room.capacity).order_by(Room.name)).all()
        rates_by = {
            (r.room_id, r.tariff_class): (r.part_of_day_cents, r.vat_rate)
            for r in tx.session.scalars(select(RoomRate))
        }
        by_tariff: dict[Tariff, list[UUID]] = {}
        for hirer in tx.session.scalars(select(Hirer).order_by(Hirer.name)):
            by_tariff.setdefault(hirer.tariff_class, []).append(hirer.id)
    maker = _BookingMaker(context, calendar, rates_by, by_tariff)
    for room_id, capacity in rooms:
        maker.room(room_id, capacity)
    with context.uow.write() as tx:
        bulk_insert(tx.session, Booking, maker.rows)
        bulk_insert(tx.session, BookingExtra, maker.extras)
    context.count("zaalboekingen", len(maker.rows))


class _Slot(NamedTuple):
    room_id: UUID
    capacity: int
    part: DayPartKey


_Holder = tuple[UUID, Tariff, str]  # hirer, its tariff class, what the booking is for


class _BookingMaker:
    """Builds booking rows slot by slot, deterministically from the demo's random source."""

    def __init__(
        self,
        context: DemoContext,
        calendar: HireCalendar,
        rates_by: dict[tuple[UUID, Tariff], tuple[int, int]],
        by_tariff: dict[Tariff, list[UUID]],
    ) -> None:
        self.context = context
        self.calendar = calendar
        self.rates_by = rates_by
        self.by_tariff = by_tariff
        self.rows: list[dict[str, Any]] = []
        self.extras: list[dict[str, Any]] = []

    def room(self, room_id: UUID, capacity: int) -> None:
        rng = self.context.rng
        owners = [o for o, _ in SLOT_OWNER]
        weights = [w for _, w in SLOT_OWNER]
        for weekday in range(7):
            for part in DayPartKey:
                owner = rng.choices(owners, weights)[0]
                hirer = self._regular_hirer(owner)
                self._slot(_Slot(room_id, capacity, part), weekday, hirer)

    def _regular_hirer(self, owner: str) -> _Holder | None:
        rng = self.context.rng
        if owner == "internal":
            return self.by_tariff[Tariff.INTERNAL][0], Tariff.INTERNAL, rng.choice(OWN_ACTIVITIES)
        if owner == "club":
            return rng.choice(self.by_tariff[Tariff.SOCIAL]), Tariff.SOCIAL, ""
        return None

    def _slot(self, slot: _Slot, weekday: int, hirer: _Holder | None) -> None:
        """Every week of the period: the slot's holder, or in holidays and open slots a one-off."""
        options = self.context.options
        first = options.start + timedelta(days=(weekday - options.start.weekday()) % 7)
        last = options.end + timedelta(days=FUTURE_DAYS if hirer else 0)
        series = self.context.new_id_at(self.context.moment(first, time(0))) if hirer else None
        day = first
        while day <= last:
            chosen = hirer if day.isocalendar().week not in HOLIDAY_WEEKS else None
            if chosen is None and day <= options.end and self.context.rng.random() < ONE_OFF_CHANCE:
                chosen = self._one_off()
            if chosen is not None:
                self._add(slot, day, chosen, series if chosen is hirer else None)
            day += timedelta(days=7)

    def _one_off(self) -> _Holder:
        rng = self.context.rng
        kind = rng.choices((Tariff.INTERNAL, Tariff.SOCIAL, Tariff.COMMERCIAL), (58, 32, 10))[0]
        description = rng.choice(OWN_ACTIVITIES) if kind is Tariff.INTERNAL else ""
        return rng.choice(self.by_tariff[kind]), kind, description

    def _add(self, slot: _Slot, day: date, hirer: _Holder, series_id: UUID | None) -> None:
        room_id, capacity, part = slot
        try:
            starts_at, ends_at = self.calendar.span(day, part, None, None)
        except InvalidInput:
            return  # closed then
        rng = self.context.rng
        hirer_id, tariff, description = hirer
        commercial_cents = self.rates_by[room_id, Tariff.COMMERCIAL][0]
        price, vat_rate = self.rates_by.get((room_id, tariff), (0, 0))
        made_at = self.context.options.made_at
        past = ends_at <= made_at
        cancelled = series_id is None and tariff is not Tariff.INTERNAL and rng.random() < 0.04
        booking_id = self.context.new_id_at(starts_at - timedelta(days=rng.randint(3, 40)))
        self.rows.append(
            {
                "id": booking_id,
                "centre_code": self.context.centre_code,
                "created_at": min(starts_at - timedelta(days=30), made_at),
                "room_id": room_id,
                "hirer_id": hirer_id,
                "series_id": series_id,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "day_part": part,
                "state": BookingState.CANCELLED
                if cancelled
                else (BookingState.CONFIRMED if past or series_id else BookingState.PROVISIONAL),
                "people": max(1, min(capacity, rng.randint(capacity // 3, capacity))),
                "description": description,
                "tariff_class": tariff,
                "price_cents": price,
                "commercial_cents": commercial_cents,
                "vat_rate": vat_rate,
                "cancelled_at": min(starts_at - timedelta(days=rng.randint(1, 30)), made_at)
                if cancelled
                else None,
                "cancellation_fee_cents": price // 2 if cancelled and rng.random() < 0.5 else 0,
            }
        )
        if tariff is Tariff.COMMERCIAL and not cancelled and rng.random() < 0.5:
            self._coffee(booking_id, rng.randint(5, 25))

    def _coffee(self, booking_id: UUID, people: int) -> None:
        self.extras.append(
            {
                "id": self.context.new_id_at(self.context.uow.now()),
                "centre_code": self.context.centre_code,
                "created_at": self.context.uow.now(),
                "booking_id": booking_id,
                "description": "Koffie- en theeservice (per persoon)",
                "quantity": people,
                "unit_cents": 150,
                "vat_rate": 9,
            }
        )
