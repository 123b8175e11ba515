"""Demo step: allowances paid per hour worked to three volunteers, one near the hourly limit.

That one also takes a coffee (and on a long shift apple pie) at the till on every shift,
paid from the volunteers' tegoed: allowance in kind, which counts towards the same limits.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.formatting import to_local
from desk_app.models import AllowancePayment, Person, Role
from desk_app.services.volunteers.hours import Shift, shifts

# Cents per hour worked for the three volunteers with the most hours; the last is 80 % of
# the tax-free EUR 5.60 an hour, and what that one takes at the till brings it closer.
PER_HOUR_CENTS = (150, 250, 450)
PAID_ON_DAY = 25
IN_KIND_AFTER = timedelta(minutes=30)  # the coffee comes half an hour into the shift
LONG_SHIFT_HOURS = 3.0  # on a longer shift apple pie as well


def _period(context: DemoContext) -> tuple[date, date]:
    """The demo's days in its last year: the year the allowances are counted over."""
    end = context.options.end
    return max(context.options.start, date(end.year, 1, 1)), end


def _worked(session: Session, start: date, end: date) -> tuple[list[UUID], list[Shift]]:
    """Everyone who worked, the most hours first, and the shifts themselves."""
    done = shifts(session, start, end)
    hours: dict[UUID, float] = defaultdict(float)
    for shift in done:
        hours[shift.person_id] += shift.hours
    return sorted(hours, key=lambda person: (-hours[person], str(person))), done


def in_kind(
    context: DemoContext, session: Session
) -> tuple[UUID | None, list[tuple[datetime, bool]]]:
    """The volunteer near the limit and when they took something at the till (with pie or not)."""
    busiest, done = _worked(session, *_period(context))
    if len(busiest) < len(PER_HOUR_CENTS):
        return None, []
    person = busiest[len(PER_HOUR_CENTS) - 1]
    return person, [
        (shift.start + IN_KIND_AFTER, shift.hours >= LONG_SHIFT_HOURS)
        for shift in done
        if shift.person_id == person and shift.hours * 3600 > IN_KIND_AFTER.total_seconds()
    ]


def allowances(context: DemoContext) -> None:
    """Every month of the demo's last year so far, paid for that month's hours as imported."""
    start, end = _period(context)
    with context.uow.read() as tx:
        manager = tx.session.scalar(select(Person.id).where(Person.role == Role.MANAGER))
        hours: dict[UUID, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        busiest, done = _worked(tx.session, start, end)
        for shift in done:
            hours[shift.person_id][to_local(shift.start).month] += shift.hours
    rows: list[dict[str, Any]] = []
    for person_id, rate in zip(busiest, PER_HOUR_CENTS, strict=False):
        for month, worked in sorted(hours[person_id].items()):
            moment = context.moment(min(date(end.year, month, PAID_ON_DAY), end), time(9, 0))
            rows.append(
                {
                    "id": context.new_id_at(moment),
                    "centre_code": context.centre_code,
                    "created_at": moment,
                    "person_id": person_id,
                    "month": date(end.year, month, 1),
                    "amount_cents": round(worked * rate),
                    "source": "import",
                    "recorded_by": manager,
                }
            )
    with context.uow.write() as tx:
        bulk_insert(tx.session, AllowancePayment, context.so_far(rows))
    context.count("vrijwilligersvergoedingen", len(rows))
