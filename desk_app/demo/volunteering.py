"""A year of volunteer shifts and a weekly programme of activities with their attendance."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import select

from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.formatting import to_local
from desk_app.models import (
    Activity,
    ActivityOccurrence,
    Attendance,
    Person,
    Recurrence,
    Role,
    Room,
    SignIn,
    SignOut,
    TargetGroup,
)

SHIFTS = ((time(8, 45), 4.0), (time(12, 45), 4.5), (time(18, 15), 4.0))
WEEKEND_SHIFTS = SHIFTS[:2]
VOLUNTEERS_PER_SHIFT = (3, 5)
PROGRAMME = (  # name, group, weekday, start, end, usual attendance, vulnerable, room
    ("Koffieochtend", TargetGroup.ELDERLY, 0, time(10), time(12), 18, False, "Grote zaal"),
    ("Ontmoetingsgroep dementie", TargetGroup.ELDERLY, 1, time(10), time(12), 9, True, "Atelier"),
    ("Huiswerkbegeleiding", TargetGroup.YOUTH, 1, time(15, 30), time(17), 12, False, "Leslokaal"),
    ("Taalcafé", TargetGroup.ADULTS, 2, time(10), time(11, 30), 14, False, "Vergaderkamer"),
    ("Kinderknutselclub", TargetGroup.YOUTH, 2, time(14), time(15, 30), 16, False, "Atelier"),
    ("Stoelyoga", TargetGroup.ELDERLY, 3, time(10), time(11), 15, False, "Beweegzaal"),
    ("Samen koken", TargetGroup.ALL, 3, time(17), time(20), 12, False, "Keuken"),
    ("Computerspreekuur", TargetGroup.ADULTS, 4, time(13), time(15), 8, False, "Leslokaal"),
    ("Jongerenavond", TargetGroup.YOUTH, 4, time(19), time(22), 20, False, "Grote zaal"),
    ("Klaverjassen", TargetGroup.ELDERLY, 5, time(13), time(16), 16, False, "Grote zaal"),
    ("Dagbesteding appeltaart", TargetGroup.ELDERLY, 0, time(13), time(16), 10, True, "Keuken"),
    ("Sport en spel", TargetGroup.YOUTH, 6, time(11), time(13), 18, False, "Beweegzaal"),
)


def shifts(context: DemoContext) -> None:
    """Three shifts a weekday and two at weekends, each with a few volunteers, one a BHV'er."""
    people, responders = _roster(context)
    sign_ins: list[dict[str, Any]] = []
    sign_outs: list[dict[str, Any]] = []
    for offset in range(context.options.days):
        day = context.options.start + timedelta(days=offset)
        for start, length in WEEKEND_SHIFTS if day.weekday() >= 5 else SHIFTS:
            crew = context.rng.sample(people, context.rng.randint(*VOLUNTEERS_PER_SHIFT))
            crew[0] = context.rng.choice(responders)
            for person in dict.fromkeys(crew):
                began = context.moment(day, start) + timedelta(minutes=context.rng.randint(-10, 20))
                _one_shift(context, (sign_ins, sign_outs), person=person, began=began, hours=length)
    with context.uow.write() as tx:
        # Whoever began before the demo is made and would leave later is still signed in.
        bulk_insert(tx.session, SignIn, context.so_far(sign_ins))
        bulk_insert(tx.session, SignOut, context.so_far(sign_outs))
    context.count("diensten", len(sign_ins))


def _roster(context: DemoContext) -> tuple[list[UUID], list[UUID]]:
    with context.uow.read() as tx:
        rows = tx.session.execute(
            select(Person.id, Person.tasks).where(Person.role != Role.MANAGER).order_by(Person.name)
        ).all()
    return [row.id for row in rows], [row.id for row in rows if "bhv" in row.tasks] or [rows[0].id]


def _one_shift(
    context: DemoContext,
    rows: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    *,
    person: UUID,
    began: datetime,
    hours: float,
) -> None:
    ended = began + timedelta(hours=hours, minutes=context.rng.randint(-20, 30))
    sign_in_id = context.new_id_at(began)
    common = {"centre_code": context.centre_code, "person_id": person}
    rows[0].append(
        {**common, "id": sign_in_id, "created_at": began, "local_day": to_local(began).date()}
    )
    rows[1].append(
        {
            **common,
            "id": context.new_id_at(ended),
            "created_at": ended,
            "sign_in_id": sign_in_id,
            "ended_at": ended,
            "flagged": False,
            "recorded_by": person,
        }
    )


def programme(context: DemoContext) -> None:
    """Twelve weekly activities over the demo year, each occurrence with a counted attendance."""
    rooms = _rooms(context)
    activities: list[dict[str, Any]] = []
    occurrences: list[dict[str, Any]] = []
    attendance: list[dict[str, Any]] = []
    for name, group, weekday, starts, ends, usual, vulnerable, room in PROGRAMME:
        first = context.options.start + timedelta(
            days=(weekday - context.options.start.weekday()) % 7
        )
        moment = context.moment(context.options.start, time(8))
        activity_id = context.new_id_at(moment)
        activities.append(
            {
                "id": activity_id,
                "centre_code": context.centre_code,
                "created_at": moment,
                "name": name,
                "target_group": group,
                "organiser": "Buurthuis",
                "leader_id": None,
                "room_id": rooms.get(room),
                "recurrence": Recurrence.WEEKLY,
                "first_day": first,
                "last_day": context.options.end,
                "starts": starts,
                "ends": ends,
                "vulnerable_group": vulnerable,
                "large_event": False,
                "active": True,
            }
        )
        day = first
        while day <= context.options.end:
            _occurrence(
                context,
                (occurrences, attendance),
                activity_id=activity_id,
                moment=context.moment(day, starts),
                usual=usual,
            )
            day += timedelta(days=7)
    with context.uow.write() as tx:
        bulk_insert(tx.session, Activity, activities)
        bulk_insert(tx.session, ActivityOccurrence, occurrences)
        bulk_insert(tx.session, Attendance, context.so_far(attendance))
    context.count("activiteiten (bijeenkomsten)", len(occurrences))


def _rooms(context: DemoContext) -> dict[str, UUID]:
    with context.uow.read() as tx:
        return {name: room_id for room_id, name in tx.session.execute(select(Room.id, Room.name))}


def _occurrence(
    context: DemoContext,
    rows: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    *,
    activity_id: UUID,
    moment: datetime,
    usual: int,
) -> None:
    occurrence_id = context.new_id_at(moment)
    cancelled = context.rng.random() < 0.03
    rows[0].append(
        {
            "id": occurrence_id,
            "centre_code": context.centre_code,
            "created_at": min(moment, context.options.made_at),  # later ones are plans
            "activity_id": activity_id,
            "day": to_local(moment).date(),
            "cancelled": cancelled,
        }
    )
    if not cancelled:
        attendees = max(1, round(context.rng.gauss(usual, usual / 4)))
        rows[1].append(
            {
                "id": context.new_id_at(moment),
                "centre_code": context.centre_code,
                "created_at": moment + timedelta(minutes=30),
                "session_id": occurrence_id,
                "attendees": attendees,
                "recorded_by": None,
            }
        )
