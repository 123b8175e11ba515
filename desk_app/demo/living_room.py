"""A year of living-room visits: busy weekdays, quiet Sundays, one big play weekend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import select

from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.models import (
    AgeGroup,
    Checkout,
    DayPartKey,
    Person,
    Purpose,
    SatisfactionVote,
    Visit,
    VisitorPass,
)

VISITS_PER_WEEKDAY = (122, 120, 125, 121, 118, 92, 56)  # Monday first
PASS_SHARE = 0.55
UNIQUE_TARGET = 2_000
PARTS_WEEKDAY = (
    (DayPartKey.MORNING, 0.40),
    (DayPartKey.AFTERNOON, 0.45),
    (DayPartKey.EVENING, 0.15),
)
PARTS_WEEKEND = ((DayPartKey.MORNING, 0.45), (DayPartKey.AFTERNOON, 0.55))
PART_HOURS = {
    DayPartKey.MORNING: (9.0, 12.5),
    DayPartKey.AFTERNOON: (12.5, 17.3),
    DayPartKey.EVENING: (18.0, 22.0),
}
PURPOSES = (
    (Purpose.LIVING_ROOM, 85),
    (Purpose.ACTIVITY, 10),
    (Purpose.ROOM_HIRE, 3),
    (Purpose.NEIGHBOURHOOD_TEAM, 2),
)
AGES = (
    (None, 50),
    (AgeGroup.CHILD, 8),
    (AgeGroup.YOUTH, 7),
    (AgeGroup.ADULT, 15),
    (AgeGroup.SENIOR, 20),
)
PLAY_WEEKEND_CHILDREN = 540  # per day, in groups: more than 1,000 over the weekend


@dataclass
class _Slot:
    """One planned visit before it becomes a row."""

    day: date
    part: DayPartKey
    at: time
    visitors: int = 1
    purpose: Purpose = Purpose.LIVING_ROOM
    age: AgeGroup | None = None
    pass_index: int | None = None


def visits(context: DemoContext) -> None:
    """Visits, check-outs and satisfaction taps for every demo day."""
    slots = [slot for day in _days(context) for slot in _day_slots(context, day)]
    pass_ids, recorder = _passes_and_recorder(context)
    _assign_passes(context, slots, len(pass_ids))
    slots.sort(key=lambda slot: (slot.day, slot.at))
    rows = context.so_far(_visit_rows(context, slots, pass_ids, recorder))
    with context.uow.write() as tx:
        bulk_insert(tx.session, Visit, rows)
        bulk_insert(tx.session, Checkout, context.so_far(_checkout_rows(context, rows)))
        bulk_insert(tx.session, SatisfactionVote, context.so_far(_vote_rows(context, rows)))
    context.count("bezoeken", sum(row["visitors"] for row in rows))
    context.count("unieke bezoekers", len({row["pass_id"] for row in rows if row["pass_id"]}))


def _days(context: DemoContext) -> list[date]:
    start = context.options.start
    return [start + timedelta(days=offset) for offset in range(context.options.days)]


def _day_slots(context: DemoContext, day: date) -> list[_Slot]:
    rng = context.rng
    weekend = day.weekday() >= 5
    parts = PARTS_WEEKEND if weekend else PARTS_WEEKDAY
    count = max(0, round(rng.gauss(VISITS_PER_WEEKDAY[day.weekday()], 12)))
    slots = []
    for _ in range(count):
        part = rng.choices([p for p, _ in parts], [w for _, w in parts])[0]
        purpose = rng.choices([p for p, _ in PURPOSES], [w for _, w in PURPOSES])[0]
        age = rng.choices([a for a, _ in AGES], [w for _, w in AGES])[0]
        slots.append(_Slot(day, part, _random_time(context, part), purpose=purpose, age=age))
    if weekend and _is_play_weekend(day):
        slots += _play_weekend_groups(context, day)
    return slots


def _random_time(context: DemoContext, part: DayPartKey) -> time:
    first, last = PART_HOURS[part]
    hours = context.rng.uniform(first, last)
    return time(int(hours), int(hours % 1 * 60), context.rng.randint(0, 59))


def _is_play_weekend(day: date) -> bool:
    """The children's play weekend: the first full weekend of July."""
    saturday = day - timedelta(days=day.weekday() - 5)
    return day.month == 7 and saturday.month == 7 and saturday.day <= 7


def _play_weekend_groups(context: DemoContext, day: date) -> list[_Slot]:
    groups, children = [], 0
    while children < PLAY_WEEKEND_CHILDREN:
        size = context.rng.randint(8, 40)
        part = context.rng.choice((DayPartKey.MORNING, DayPartKey.AFTERNOON))
        groups.append(
            _Slot(
                day,
                part,
                _random_time(context, part),
                visitors=size,
                purpose=Purpose.ACTIVITY,
                age=AgeGroup.CHILD,
            )
        )
        children += size
    return groups


def _passes_and_recorder(context: DemoContext) -> tuple[list[Any], Any]:
    with context.uow.read() as tx:
        pass_ids = list(tx.session.scalars(select(VisitorPass.id).order_by(VisitorPass.code)))
        recorder = tx.session.scalar(select(Person.id).where(Person.name == "Ria Jansen"))
    return pass_ids, recorder


def _assign_passes(context: DemoContext, slots: list[_Slot], pass_count: int) -> None:
    """Regulars come often: every used pass once, the rest drawn by a skewed weight."""
    rng = context.rng
    single = [slot for slot in slots if slot.visitors == 1]
    scanned = rng.sample(single, round(len(single) * PASS_SHARE))
    used = min(UNIQUE_TARGET, pass_count, len(scanned))
    weights = [rng.paretovariate(1.1) for _ in range(used)]
    repeats = rng.choices(range(used), weights, k=max(0, len(scanned) - used))
    for slot, index in zip(scanned, [*range(used), *repeats], strict=True):
        slot.pass_index = index


def _visit_rows(
    context: DemoContext, slots: list[_Slot], pass_ids: list[Any], recorder: Any
) -> list[dict[str, Any]]:
    seen: set[int] = set()
    rows = []
    for slot in slots:
        moment = context.moment(slot.day, slot.at)
        first = slot.pass_index is not None and slot.pass_index not in seen
        if slot.pass_index is not None:
            seen.add(slot.pass_index)
        rows.append(
            {
                "id": context.new_id_at(moment),
                "centre_code": context.centre_code,
                "created_at": moment,
                "local_day": slot.day,
                "day_part": slot.part,
                "visitors": slot.visitors,
                "purpose": slot.purpose,
                "purpose_ref": None,
                "pass_id": None if slot.pass_index is None else pass_ids[slot.pass_index],
                "age_group": slot.age,
                "first_visit": first,
                "recorded_by": recorder,
                "reverses_id": None,
            }
        )
    return rows


def _checkout_rows(context: DemoContext, visit_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A quarter of pass holders scan again when they leave, an hour or two later."""
    rows = []
    for visit in visit_rows:
        if visit["pass_id"] is None or context.rng.random() > 0.25:
            continue
        moment = visit["created_at"] + timedelta(minutes=context.rng.randint(40, 150))
        if moment.date() != visit["created_at"].date():
            continue
        rows.append(
            {
                "id": context.new_id_at(moment),
                "centre_code": context.centre_code,
                "created_at": moment,
                "local_day": visit["local_day"],
                "visit_id": visit["id"],
                "visitors": 1,
                "purpose": visit["purpose"],
            }
        )
    return rows


def _vote_rows(context: DemoContext, visit_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """About one visitor in twelve taps a face on the way out; most are happy."""
    rows = []
    for visit in visit_rows:
        if visit["visitors"] != 1 or context.rng.random() > 0.08:
            continue
        mood = context.rng.choices((3, 2, 1), (76, 19, 5))[0]
        moment = visit["created_at"] + timedelta(minutes=60)
        rows.append(
            {
                "id": context.new_id_at(moment),
                "centre_code": context.centre_code,
                "created_at": moment,
                "local_day": visit["local_day"],
                "day_part": visit["day_part"],
                "mood": mood,
            }
        )
    return rows
