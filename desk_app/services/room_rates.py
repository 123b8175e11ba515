"""Rooms for hire and their rates per tariff class; rates are set by the social manager."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Role, Room, RoomRate, TariffClass
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import UnitOfWork

VAT_RATES = (0, 9, 21)  # 0 is "exempt": room hire is usually exempt from VAT


@dataclass(frozen=True)
class RoomInfo:
    """A bookable room as lists and the calendar show it."""

    id: UUID
    name: str
    capacity: int
    facilities: str


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
    with uow.read() as session:
        rows = session.scalars(
            select(Room).where(Room.active).order_by(Room.capacity.desc(), Room.name)
        )
        return [RoomInfo(r.id, r.name, r.capacity, r.facilities) for r in rows]


def room_rates(uow: UnitOfWork) -> list[RateInfo]:
    """Every stored rate."""
    with uow.read() as session:
        return [
            RateInfo(r.room_id, r.tariff_class, r.part_of_day_cents, r.hour_cents, r.vat_rate)
            for r in session.scalars(select(RoomRate))
        ]


def set_room_rate(uow: UnitOfWork, actor: Actor, rate: RateInfo) -> RateInfo:
    """The social manager sets (or changes) one rate; the change is audited."""
    if rate.part_of_day_cents < 0 or rate.hour_cents < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een tarief kan niet negatief zijn."))
    if rate.vat_rate not in VAT_RATES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Kies als btw-tarief vrijgesteld, 9 % of 21 %.")
        )
    with uow.write() as session:
        manager = require_role(session, actor, Role.MANAGER)
        room = session.get(Room, rate.room_id)
        if room is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze zaal bestaat niet."))
        row = session.scalars(
            select(RoomRate).where(
                RoomRate.room_id == room.id, RoomRate.tariff_class == rate.tariff_class
            )
        ).one_or_none()
        before = None if row is None else _snapshot(row)
        if row is None:
            row = RoomRate(centre_code=room.centre_code, created_at=uow.now(), room_id=room.id)
            row.tariff_class = rate.tariff_class
            session.add(row)
        row.part_of_day_cents = rate.part_of_day_cents
        row.hour_cents = rate.hour_cents
        row.vat_rate = rate.vat_rate
        audit.record(
            session,
            centre_code=room.centre_code,
            actor=manager,
            action="room.rate",
            subject=room.name,
            at=uow.now(),
            before=before,
            after=_snapshot(row),
        )
    return rate


def _snapshot(row: RoomRate) -> dict[str, object]:
    return {
        "tariff": row.tariff_class.value,
        "part_of_day_cents": row.part_of_day_cents,
        "hour_cents": row.hour_cents,
        "vat_rate": row.vat_rate,
    }
