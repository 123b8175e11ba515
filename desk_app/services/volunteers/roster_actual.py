"""Planned against actual: who was rostered and did not sign in, who helped without a shift."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from desk_app.formatting import to_local
from desk_app.models import DayPartKey, Person, SignIn, SignOut
from desk_app.services.caches import DayPartSpan
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.roster import PART_ORDER, planned_shifts, week_days


class Deviation(enum.StrEnum):
    """How the day went otherwise than planned."""

    NO_SHOW = "no_show"
    UNPLANNED = "unplanned"


@dataclass(frozen=True)
class DutyDeviation:
    """A no-show on a shift, or help on a day's part without one."""

    day: date
    part: DayPartKey
    name: str
    deviation: Deviation


def planned_against_actual(uow: UnitOfWork, monday: date) -> list[DutyDeviation]:
    """The week so far: planned shifts against the sign-ins, per part of the day that has ended."""
    with uow.read() as tx:
        now = to_local(tx.now)
        days = week_days(monday)
        spans = {span.key: span for span in tx.day_parts()}
        ended = {
            (day, key)
            for day in days
            for key, span in spans.items()
            if datetime.combine(day, span.ends, now.tzinfo) <= now
        }
        planned = {(s.day, s.part, s.person_id): s.name for s in planned_shifts(tx, monday)}
        rows = tx.session.execute(
            select(SignIn.person_id, Person.name, SignIn.created_at, SignOut.ended_at)
            .join(Person, Person.id == SignIn.person_id)
            .outerjoin(SignOut, SignOut.sign_in_id == SignIn.id)
            .where(SignIn.local_day.between(days[0], days[-1]))
        ).all()
    present: dict[tuple[date, DayPartKey, object], str] = {}
    for person_id, name, began, left in rows:
        start, end = to_local(began), to_local(left) if left is not None else now
        for key in _parts_between(spans, start.time(), end.time()):
            present[(start.date(), key, person_id)] = name
    deviations = [
        DutyDeviation(day, part, name, Deviation.NO_SHOW)
        for (day, part, person), name in planned.items()
        if (day, part) in ended and (day, part, person) not in present
    ]
    deviations += [
        DutyDeviation(day, part, name, Deviation.UNPLANNED)
        for (day, part, person), name in present.items()
        if (day, part, person) not in planned
    ]
    return sorted(deviations, key=lambda d: (d.day, PART_ORDER.index(d.part), d.name))


def _parts_between(
    spans: dict[DayPartKey, DayPartSpan], start: time, end: time
) -> list[DayPartKey]:
    return [key for key, span in spans.items() if span.starts < end and start < span.ends]
