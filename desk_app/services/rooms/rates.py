"""Rooms for hire and their rates per tariff class; rates are set by the social manager."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money
from desk_app.models import Person, Role, Room, RoomRate, TariffClass
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import Transaction, UnitOfWork

VAT_RATES = (0, 9, 21)  # 0 is "exempt": room hire is usually exempt from VAT
MAX_RATE_CENTS = 500_000  # more than € 5.000 for a part of the day or an hour is a typing error
PRICED_TARIFFS = (TariffClass.SOCIAL, TariffClass.COMMERCIAL)  # internal use is always free


@dataclass(frozen=True)
class RoomInfo:
    """A bookable room as lists and the calendar show it."""

    id: UUID
    name: str
    capacity: int
    facilities: str
    active: bool = True


@dataclass(frozen=True)
class RateInfo:
    """A room's price for one tariff class, excluding VAT."""

    room_id: UUID
    tariff_class: TariffClass
    part_of_day_cents: int
    hour_cents: int
    vat_rate: int


def active_rooms(uow: UnitOfWork) -> list[RoomInfo]:
    """Active rooms, largest first (the order of the calendar's rows)."""
    with uow.read() as tx:
        rows = tx.session.scalars(
            select(Room).where(Room.active).order_by(Room.capacity.desc(), Room.name)
        )
        return [RoomInfo(r.id, r.name, r.capacity, r.facilities) for r in rows]


def room_rates(uow: UnitOfWork) -> list[RateInfo]:
    """Every stored rate."""
    with uow.read() as tx:
        return [_info(r) for r in tx.session.scalars(select(RoomRate))]


def rates_of_room(uow: UnitOfWork, room_id: UUID) -> dict[TariffClass, RateInfo]:
    """The stored rates of one room, by tariff class."""
    with uow.read() as tx:
        rows = tx.session.scalars(select(RoomRate).where(RoomRate.room_id == room_id))
        return {row.tariff_class: _info(row) for row in rows}


def set_room_rate(uow: UnitOfWork, actor: Actor, rate: RateInfo) -> RateInfo:
    """The social manager sets (or changes) one rate; the change is audited."""
    set_room_rates(uow, actor, rate.room_id, [rate])
    return rate


def set_room_rates(
    uow: UnitOfWork, actor: Actor, room_id: UUID, rates: Sequence[RateInfo]
) -> list[RateInfo]:
    """The social manager sets a room's rates at once; each changed rate is audited."""
    for rate in rates:
        check_rate(rate, room_id)
    if len({rate.tariff_class for rate in rates}) != len(rates):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Geef per tariefsoort één tarief op."))
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        room = tx.session.get(Room, room_id)
        if room is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze zaal bestaat niet."))
        for rate in rates:
            _store(tx, manager, room, rate)
    return list(rates)


def check_rate(rate: RateInfo, room_id: UUID) -> None:
    """Refuse a rate no tariff could have, with a Dutch message saying why."""
    if rate.room_id != room_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze zaal bestaat niet."))
    if rate.tariff_class not in PRICED_TARIFFS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Eigen activiteiten zijn altijd gratis; kies een ander tarief."
            )
        )
    if rate.part_of_day_cents < 0 or rate.hour_cents < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een tarief kan niet negatief zijn."))
    if max(rate.part_of_day_cents, rate.hour_cents) > MAX_RATE_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Een tarief boven {max} is niet aannemelijk. Controleer het bedrag."
            ),
            max=Money(MAX_RATE_CENTS),
        )
    if rate.vat_rate not in VAT_RATES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Kies als btw-tarief vrijgesteld, 9 % of 21 %.")
        )


def _store(tx: Transaction, manager: Person, room: Room, rate: RateInfo) -> None:
    """Insert or change one rate; an unchanged rate writes nothing."""
    row = tx.session.scalars(
        select(RoomRate).where(
            RoomRate.room_id == room.id, RoomRate.tariff_class == rate.tariff_class
        )
    ).one_or_none()
    before = None if row is None else _snapshot(row)
    if row is None:
        row = RoomRate(centre_code=room.centre_code, created_at=tx.now, room_id=room.id)
        row.tariff_class = rate.tariff_class
        tx.session.add(row)
    elif _info(row) == rate:
        return
    row.part_of_day_cents = rate.part_of_day_cents
    row.hour_cents = rate.hour_cents
    row.vat_rate = rate.vat_rate
    audit.record(
        tx.session,
        centre_code=room.centre_code,
        actor=manager,
        action="room.rate",
        subject=room.name,
        at=tx.now,
        before=before,
        after=_snapshot(row),
    )


def _info(row: RoomRate) -> RateInfo:
    return RateInfo(
        row.room_id, row.tariff_class, row.part_of_day_cents, row.hour_cents, row.vat_rate
    )


def _snapshot(row: RoomRate) -> dict[str, object]:
    return {
        "tariff": row.tariff_class.value,
        "part_of_day_cents": row.part_of_day_cents,
        "hour_cents": row.hour_cents,
        "vat_rate": row.vat_rate,
    }
