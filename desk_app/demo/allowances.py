"""Demo step: allowances paid per hour worked to three volunteers, one near the hourly limit."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time
from typing import Any
from uuid import UUID

from sqlalchemy import select

from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.formatting import to_local
from desk_app.models import AllowancePayment, Person, Role
from desk_app.services.volunteers.hours import shifts

# Cents per hour worked for the three volunteers with the most hours; the last is 89 % of
# the tax-free EUR 5.60 an hour.
PER_HOUR_CENTS = (150, 250, 500)
PAID_ON_DAY = 25


def allowances(context: DemoContext) -> None:
    """Every month of the demo's last year so far, paid for that month's hours as imported."""
    start, end = (
        max(context.options.start, date(context.options.end.year, 1, 1)),
        context.options.end,
    )
    with context.uow.read() as tx:
        manager = tx.session.scalar(select(Person.id).where(Person.role == Role.MANAGER))
        hours: dict[UUID, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for shift in shifts(tx.session, start, end):
            hours[shift.person_id][to_local(shift.start).month] += shift.hours
    busiest = sorted(hours, key=lambda person: (-sum(hours[person].values()), str(person)))
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
