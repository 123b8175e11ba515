"""Compute the fact sheet from the local database or the central one, through the registry."""

from __future__ import annotations

from sqlalchemy import Connection

from desk_app.facts import cards, occupancy, queries
from desk_app.facts.registry import NOT_YET_RECORDED, FactDef, FactSheet, Period
from desk_app.facts.target_groups import TARGET_GROUP_FACTS

# Each area adds its facts here; areas not yet built report None with a note.
FACTS: tuple[FactDef, ...] = (
    FactDef("visits", queries.visits, queries.visits),
    FactDef("unique_visitors", queries.unique_visitors, queries.unique_visitors),
    FactDef("activities", queries.activities_held, queries.activities_held),
    FactDef("bar_turnover_cents", queries.bar_turnover_cents, queries.bar_turnover_cents),
    FactDef("card_turnover_cents", cards.card_turnover_cents, cards.card_turnover_cents),
    FactDef("rental_income_cents", queries.rental_income_cents, queries.rental_income_cents),
    FactDef("occupancy_pct", queries.occupancy_pct, occupancy.occupancy_pct),
    FactDef("volunteers_active", queries.volunteers_active, queries.volunteers_active),
    FactDef("volunteer_hours", queries.volunteer_hours, queries.volunteer_hours),
    FactDef("satisfaction_pct", queries.satisfaction_pct, queries.satisfaction_pct),
    *TARGET_GROUP_FACTS,
)


def fact_sheet(connection: Connection, period: Period, *, central: bool) -> FactSheet:
    """Every registered fact for the period, per centre and in total."""
    centres = queries.centres(connection, period)
    per_centre: dict[str, dict[str, int | float | None]] = {code: {} for code in centres}
    total: dict[str, int | float | None] = {}
    notes: dict[str, str] = {}
    for fact in FACTS:
        query = fact.central if central else fact.local
        if query is None:
            notes[fact.key] = fact.note or NOT_YET_RECORDED
            total[fact.key] = None
            for values in per_centre.values():
                values[fact.key] = None
            continue
        result = query(connection, period)
        total[fact.key] = result.total
        for code, values in per_centre.items():
            values[fact.key] = result.per_centre.get(
                code, 0 if fact.key != "satisfaction_pct" else None
            )
    source = "central" if central else "local"
    monthly = queries.visits_by_month(connection, period)
    return FactSheet(period.year, source, centres, per_centre, total, notes, monthly)
