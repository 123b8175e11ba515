"""Weekly shifts: a double booking looked for in every week one covers, and one ended."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import or_, select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import DayPartKey, Person, Role, Shift, ShiftPattern
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import Transaction, UnitOfWork
from desk_app.services.volunteers.roster import PlannedShift, holidays


def first_clash(tx: Transaction, person: Person, first_day: date, part: DayPartKey) -> date | None:
    """The first day from ``first_day`` on, in its weekday and part, that ``person`` already has.

    A weekly shift runs on without an end, so every later week counts: another weekly shift of
    theirs on that weekday and part, or a shift once (planned or taken over in a swap).
    """
    patterns = tx.session.scalars(
        select(ShiftPattern.first_day).where(
            ShiftPattern.active,
            ShiftPattern.person_id == person.id,
            ShiftPattern.weekday == first_day.weekday(),
            ShiftPattern.part == part,
            or_(ShiftPattern.last_day.is_(None), ShiftPattern.last_day >= first_day),
        )
    ).all()
    once = tx.session.scalars(
        select(Shift.day).where(
            ~Shift.cancelled,
            Shift.person_id == person.id,
            Shift.part == part,
            Shift.day >= first_day,
        )
    ).all()
    days = sorted({max(day, first_day) for day in patterns} | _same_weekday(once, first_day))
    closed = holidays(tx.session, days[0], days[-1]) if days else {}
    return next((day for day in days if day not in closed), None)


def _same_weekday(days: Iterable[date], first_day: date) -> set[date]:
    return {day for day in days if day.weekday() == first_day.weekday()}


def require_free_weekly(tx: Transaction, person: Person, first_day: date, part: DayPartKey) -> None:
    """Refuse a weekly shift that doubles one the volunteer has in any week it covers."""
    clash = first_clash(tx, person, first_day, part)
    if clash is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} staat op {day} al op het rooster."),
            name=person.name,
            day=clash,
        )


def end_weekly_shift(uow: UnitOfWork, actor: Actor, shift: PlannedShift) -> date:
    """A social manager stops a weekly shift from ``shift``'s day on; returns that day.

    The weeks before it stay as they were (they are history); later swaps of it fall away.
    """
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        pattern = tx.session.get(ShiftPattern, shift.pattern_id) if shift.pattern_id else None
        if pattern is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Dit is geen wekelijkse dienst; kies Niet deze keer om hem te laten vallen.",
                )
            )
        if not pattern.active or (pattern.last_day is not None and pattern.last_day < shift.day):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Deze dienst staat niet (meer) op het rooster.")
            )
        last = shift.day - timedelta(days=1)
        if last < pattern.first_day:
            pattern.active = False
        else:
            pattern.last_day = last
        later = select(Shift).where(Shift.pattern_id == pattern.id, Shift.day >= shift.day)
        for row in tx.session.scalars(later):
            row.cancelled = True
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action="roster.end_weekly",
            subject=shift.name,
            at=tx.now,
            after={"from": shift.day, "part": shift.part.value, "task": shift.task.value},
        )
        return shift.day
