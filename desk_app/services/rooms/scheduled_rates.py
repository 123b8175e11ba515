"""Room tariffs the office published for a later day: kept aside until that day.

A room's rate has no dates of its own (one row per room and tariff class), so a tariff that
starts later waits in the setting ``scheduled_room_rates``. A booking on or after its day is
priced with it at once; the pull moves it into the room's rates once the day has come.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import RoomRate, TariffClass
from desk_app.services.stored_settings import read_setting, write_setting

_KEY = "scheduled_room_rates"


@dataclass(frozen=True)
class ScheduledRate:
    """A room's price for one tariff class (ex. VAT) from ``valid_from`` on."""

    room_id: UUID
    tariff_class: TariffClass
    part_of_day_cents: int
    hour_cents: int
    vat_rate: int
    valid_from: date


def scheduled_rates(session: Session) -> list[ScheduledRate]:
    """The tariffs still waiting for their day, in the order of their days."""
    stored = read_setting(session, _KEY, [])
    rates = [
        ScheduledRate(
            UUID(item["room_id"]),
            TariffClass(item["tariff_class"]),
            int(item["part_of_day_cents"]),
            int(item["hour_cents"]),
            int(item["vat_rate"]),
            date.fromisoformat(item["valid_from"]),
        )
        for item in stored
    ]
    return sorted(rates, key=lambda rate: rate.valid_from)


def rate_on(
    session: Session, room_id: UUID, tariff: TariffClass, day: date
) -> ScheduledRate | None:
    """The newest waiting tariff of this room and class that has started by ``day``."""
    started = [
        rate
        for rate in scheduled_rates(session)
        if rate.room_id == room_id and rate.tariff_class == tariff and rate.valid_from <= day
    ]
    return started[-1] if started else None


def take_rate(
    session: Session, centre_code: str, now: datetime, rate: ScheduledRate, today: date
) -> None:
    """A published tariff: into the room's rates when it has started, else kept for its day."""
    if rate.valid_from <= today:
        _write(session, centre_code, now, rate)
        return
    waiting = [
        kept
        for kept in scheduled_rates(session)
        if (kept.room_id, kept.tariff_class, kept.valid_from)
        != (rate.room_id, rate.tariff_class, rate.valid_from)
    ]
    _keep(session, [*waiting, rate])


def apply_due(session: Session, centre_code: str, now: datetime, today: date) -> int:
    """Move the tariffs whose day has come into the room's rates; return how many moved."""
    waiting = scheduled_rates(session)
    due = [rate for rate in waiting if rate.valid_from <= today]
    for rate in due:  # in the order of their days: the newest ends up in force
        _write(session, centre_code, now, rate)
    if due:
        _keep(session, [rate for rate in waiting if rate.valid_from > today])
    return len(due)


def _keep(session: Session, rates: list[ScheduledRate]) -> None:
    write_setting(
        session,
        _KEY,
        [
            {
                **asdict(rate),
                "room_id": str(rate.room_id),
                "tariff_class": rate.tariff_class.value,
                "valid_from": rate.valid_from.isoformat(),
            }
            for rate in rates
        ],
    )


def _write(session: Session, centre_code: str, now: datetime, rate: ScheduledRate) -> None:
    row = session.scalars(
        select(RoomRate).where(
            RoomRate.room_id == rate.room_id, RoomRate.tariff_class == rate.tariff_class
        )
    ).one_or_none()
    if row is None:
        row = RoomRate(centre_code=centre_code, created_at=now, room_id=rate.room_id)
        row.tariff_class = rate.tariff_class
        session.add(row)
    row.part_of_day_cents = rate.part_of_day_cents
    row.hour_cents = rate.hour_cents
    row.vat_rate = rate.vat_rate
