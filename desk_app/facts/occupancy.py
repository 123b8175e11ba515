"""Occupancy from the synced tables of any number of centres (the central database's figure).

Per centre booked over open (``services.office.occupancy``, room hire's own rule); the total
is the sum of booked over the sum of open, so a centre with more rooms weighs more.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from desk_app.facts.registry import FactValues, Period
from desk_app.formatting import LOCAL_ZONE
from desk_app.services.office.occupancy import booked_and_open

__all__ = ["booked_and_open", "occupancy_pct"]


def occupancy_pct(connection: Connection, period: Period) -> FactValues:
    """Occupancy per centre and in total (weighted), up to today (local), in percent."""
    last = min(period.last, datetime.now(LOCAL_ZONE).date())
    if last < period.first:
        return FactValues({}, None)
    counts = booked_and_open(connection, period.first, last, period.centre)
    per_centre: dict[str, int | float | None] = {
        code: _pct(booked, opened) for code, (booked, opened) in counts.items()
    }
    booked_total = sum(booked for booked, _opened in counts.values())
    open_total = sum(opened for _booked, opened in counts.values())
    return FactValues(per_centre, _pct(booked_total, open_total))


def _pct(booked: int, opened: int) -> float:
    """As the local figure: 0 when nothing was open."""
    return round(100 * booked / opened, 1) if opened else 0.0
