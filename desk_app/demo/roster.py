"""The roster of the coming weeks: a BHV'er, the desk and the bar every open part, with a few gaps.

The gaps are there on purpose, for the manager to find and fill: Thursday evening's bar has
no IVA holder, the Wednesday-afternoon BHV'er is off this week, and the youth evening on
Friday has no youth worker until next week. The weekly youth clubs go on over these weeks.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import select

from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.models import (
    Activity,
    ActivityOccurrence,
    CertificateKind,
    DayPartKey,
    Person,
    Recurrence,
    Role,
    Shift,
    ShiftPattern,
    ShiftTask,
    TargetGroup,
)
from desk_app.services.uow import Transaction
from desk_app.services.volunteers.roster import (
    CertificateSpan,
    certificate_spans,
    monday_of,
    open_parts,
)

WEEKS = 4
THURSDAY, FRIDAY, WEDNESDAY = 3, 4, 2
BAR_CERTIFICATES = frozenset({CertificateKind.IVA, CertificateKind.SVH})
Slot = tuple[int, DayPartKey]
Held = tuple[frozenset[CertificateKind], frozenset[CertificateKind]]
# Who may not be rostered beside the shift that makes the gap, so that nobody else closes it.
WITHOUT: dict[Slot, frozenset[CertificateKind]] = {
    (THURSDAY, DayPartKey.EVENING): BAR_CERTIFICATES,
    (WEDNESDAY, DayPartKey.AFTERNOON): frozenset({CertificateKind.BHV}),
}


def plan(context: DemoContext) -> None:
    """Weekly shifts from this week's Monday on, one exception, and the gaps described above."""
    monday = monday_of(context.options.end)
    last = monday + timedelta(days=7 * WEEKS - 1)
    with context.uow.read() as tx:
        opened = {weekday: open_parts(tx, monday + timedelta(days=weekday)) for weekday in range(7)}
        youth = _youth_slots(tx)
        people = list(
            tx.session.scalars(
                select(Person.id)
                .where(Person.active, Person.role != Role.MANAGER)
                .order_by(Person.name)
            )
        )
        spans = certificate_spans(tx.session, set(people))
    held = {person: _kinds_held(spans[person], monday, last) for person in people}
    patterns: list[dict[str, Any]] = []
    for weekday, parts in opened.items():
        for part in parts:
            patterns += _slot(context, held, monday, (weekday, part), (weekday, part) in youth)
    exceptions = [_day_off(context, patterns, monday + timedelta(days=WEDNESDAY))]
    with context.uow.write() as tx:
        _programme_ahead(context, tx, last)
        bulk_insert(tx.session, ShiftPattern, patterns)
        bulk_insert(tx.session, Shift, exceptions)
    context.count("roosterdiensten (wekelijks)", len(patterns))


def _slot(
    context: DemoContext,
    held: dict[UUID, Held],
    monday: date,
    slot: Slot,
    youth: bool,
) -> list[dict[str, Any]]:
    """A BHV'er and the desk each open part, the bar each evening, youth work by youth clubs."""
    without = WITHOUT.get(slot, frozenset())
    used: set[UUID] = set()

    def pick(needed: CertificateKind | None, avoid: frozenset[CertificateKind] = without) -> UUID:
        return _pick(context, held, used, needed, avoid)

    rows = [
        _pattern(
            context,
            monday,
            slot,
            ShiftTask.BHV,
            pick(CertificateKind.BHV, without - {CertificateKind.BHV}),
        ),
        _pattern(context, monday, slot, ShiftTask.RECEPTION, pick(None)),
    ]
    if slot[1] is DayPartKey.EVENING:
        bar = pick(None if without else CertificateKind.IVA)
        rows.append(_pattern(context, monday, slot, ShiftTask.BAR, bar))
    if youth:
        first = monday + timedelta(days=7) if slot == (FRIDAY, DayPartKey.EVENING) else monday
        rows.append(_pattern(context, first, slot, ShiftTask.YOUTH_WORK, pick(CertificateKind.VOG)))
    return rows


def _pick(
    context: DemoContext,
    held: dict[UUID, Held],
    used: set[UUID],
    needed: CertificateKind | None,
    avoid: frozenset[CertificateKind],
) -> UUID:
    pool = [
        person
        for person, (throughout, ever) in held.items()
        if person not in used and (needed is None or needed in throughout) and not ever & avoid
    ]
    chosen = context.rng.choice(pool)
    used.add(chosen)
    return chosen


def _pattern(
    context: DemoContext, monday: date, slot: Slot, task: ShiftTask, person: UUID
) -> dict[str, Any]:
    weekday, part = slot
    return {
        "id": context.new_id_at(context.options.made_at),
        "centre_code": context.centre_code,
        "created_at": context.options.made_at,
        "person_id": person,
        "task": task,
        "weekday": weekday,
        "part": part,
        "first_day": monday + timedelta(days=(weekday - monday.weekday()) % 7),
        "last_day": None,
        "active": True,
    }


def _day_off(context: DemoContext, patterns: list[dict[str, Any]], day: date) -> dict[str, Any]:
    """This week's Wednesday-afternoon BHV'er called off: an exception, and a gap."""
    pattern = next(
        p
        for p in patterns
        if (p["weekday"], p["part"], p["task"]) == (WEDNESDAY, DayPartKey.AFTERNOON, ShiftTask.BHV)
    )
    return {
        "id": context.new_id_at(context.options.made_at),
        "centre_code": context.centre_code,
        "created_at": context.options.made_at,
        "day": day,
        "part": pattern["part"],
        "task": pattern["task"],
        "person_id": pattern["person_id"],
        "pattern_id": pattern["id"],
        "cancelled": True,
        "swapped_from_id": None,
        "agreed_by_id": None,
    }


def _kinds_held(spans: list[CertificateSpan], first: date, last: date) -> Held:
    """The certificates valid over the whole roster period, and those valid on any day of it."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return (
        frozenset(s.kind for s in spans if s.valid_on(first) and s.valid_on(last)),
        frozenset(s.kind for s in spans if any(s.valid_on(day) for day in days)),
    )


def _programme_ahead(context: DemoContext, tx: Transaction, last: date) -> None:
    """The weekly youth clubs go on over the roster's weeks, so they need leaders."""
    end = context.options.end
    weekly = tx.session.scalars(
        select(Activity).where(
            Activity.recurrence == Recurrence.WEEKLY,
            Activity.target_group == TargetGroup.YOUTH,
            Activity.last_day == end,
        )
    ).all()
    rows = []
    for activity in weekly:
        day = activity.first_day + timedelta(weeks=(end - activity.first_day).days // 7 + 1)
        while day <= last:
            rows.append(
                {
                    "id": context.new_id_at(context.options.made_at),
                    "centre_code": context.centre_code,
                    "created_at": context.options.made_at,
                    "activity_id": activity.id,
                    "day": day,
                    "cancelled": False,
                }
            )
            day += timedelta(weeks=1)
        activity.last_day = last
    bulk_insert(tx.session, ActivityOccurrence, rows)


def _youth_slots(tx: Transaction) -> set[Slot]:
    rows = tx.session.execute(
        select(Activity.first_day, Activity.starts, Activity.ends).where(
            Activity.target_group == TargetGroup.YOUTH, Activity.active
        )
    )
    return {
        (first_day.weekday(), span.key)
        for first_day, starts, ends in rows
        for span in tx.day_parts()
        if span.starts < ends and starts < span.ends
    }
