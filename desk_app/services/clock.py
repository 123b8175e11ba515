"""Local days and parts of the day: the units in which the organisation counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.formatting import to_local
from desk_app.models import DayPartKey, OpeningHours
from desk_app.services.uow import CoreTransaction, Transaction


@dataclass(frozen=True)
class LocalMoment:
    """A UTC moment placed in the centre's day: the local date, time and part of the day."""

    day: date
    time: time
    part: DayPartKey | None


def place(tx: CoreTransaction, moment: datetime) -> LocalMoment:
    """Where ``moment`` falls in the centre's day (no part outside the parts' hours)."""
    local = to_local(moment)
    clock_time = local.time()
    parts = tx.day_parts()
    part = next((key for key, starts, ends in parts if starts <= clock_time < ends), None)
    return LocalMoment(local.date(), clock_time, part)


def closing_time(session: Session, day: date) -> time | None:
    """When the centre closes on ``day``, or ``None`` when it is closed all day."""
    row = session.execute(
        select(OpeningHours.is_open, OpeningHours.closes).where(
            OpeningHours.weekday == day.weekday()
        )
    ).first()
    if row is None or not row.is_open:
        return None
    closes: time = row.closes
    return closes


def is_open(tx: Transaction, moment: datetime) -> bool:
    """Whether the centre is open at ``moment`` by its opening hours."""
    here = place(tx, moment)
    row = tx.session.execute(
        select(OpeningHours.is_open, OpeningHours.opens, OpeningHours.closes).where(
            OpeningHours.weekday == here.day.weekday()
        )
    ).first()
    return row is not None and bool(row.is_open) and row.opens <= here.time < row.closes
