"""Facts per target group: activities held and participants (reach) for youth, adults, elderly."""

from __future__ import annotations

from sqlalchemy import Connection

from desk_app.facts.registry import FactDef, FactQuery, FactValues, Period
from desk_app.kinds import TargetGroup
from desk_app.services.activities.reach import reach_by_group


def _query(group: TargetGroup, participants: bool) -> FactQuery:
    """Activities (or participants) of one target group, per centre and summed."""

    def query(connection: Connection, period: Period) -> FactValues:
        centres = None if period.centre is None else [period.centre]
        per_centre: dict[str, int | float | None] = {}
        for row in reach_by_group(connection, period.first, period.last, centres):
            if row.target_group == group.value:
                figure = row.participants if participants else row.activities
                per_centre[row.centre_code] = int(per_centre.get(row.centre_code) or 0) + figure
        return FactValues(per_centre, sum(int(v or 0) for v in per_centre.values()))

    return query


TARGET_GROUP_FACTS: tuple[FactDef, ...] = tuple(
    FactDef(f"{kind}_{group.value}", query, query)
    for group in TargetGroup
    for kind, query in (
        ("activities", _query(group, participants=False)),
        ("participants", _query(group, participants=True)),
    )
)
