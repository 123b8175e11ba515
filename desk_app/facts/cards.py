"""The turnover of strippenkaarten: the card price their stamps used, undone stamps subtracted.

A card sold is prepaid credit; each stamp makes its share turnover (``card_stamp.value_cents``),
so the year's figure is the sum of the stamps of the year, on the desk and centrally alike.
"""

from __future__ import annotations

from sqlalchemy import Connection, column, func, select, table

from desk_app.facts.queries import _per_centre, year_bounds
from desk_app.facts.registry import FactValues, Period

_stamp = table("card_stamp", column("centre_code"), column("created_at"), column("value_cents"))


def card_turnover_cents(connection: Connection, period: Period) -> FactValues:
    """The value of the year's stamps (local time), VAT included."""
    start, end = year_bounds(period)
    query = select(_stamp.c.centre_code, func.sum(_stamp.c.value_cents)).where(
        _stamp.c.created_at >= start, _stamp.c.created_at < end
    )
    per_centre = _per_centre(connection, query, _stamp.c.centre_code, period)
    return FactValues(per_centre, sum(int(v or 0) for v in per_centre.values()))
