"""The manager plans the roster: a shift once or weekly, an exception, a swap, a holiday."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from uuid import UUID

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import DayPartKey, Person, Role, RosterHoliday, Shift, ShiftPattern, ShiftTask
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import Transaction, UnitOfWork
from desk_app.services.volunteers.roster import (
    PlannedShift,
    holidays,
    monday_of,
    open_parts,
    planned_shifts,
)
from desk_app.services.volunteers.roster_weekly import require_free_weekly


@dataclass(frozen=True)
class ShiftPlan:
    """The planner's form: who does what on which day's part, once or every week from then."""

    day: date
    part: DayPartKey
    task: ShiftTask
    person_id: UUID
    weekly: bool = False


def plan_shift(uow: UnitOfWork, actor: Actor, plan: ShiftPlan) -> UUID:
    """A social manager plans a shift; a closed part of the day or a double booking is refused."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = _volunteer(tx, plan.person_id)
        _require_open(tx, plan.day, plan.part)
        if plan.weekly:
            require_free_weekly(tx, person, plan.day, plan.part)
        else:
            _require_free(tx, plan.day, plan.part, person)
        common = {"centre_code": tx.centre_code(), "created_at": tx.now, "task": plan.task}
        row: Shift | ShiftPattern
        if plan.weekly:
            row = ShiftPattern(
                **common,
                person_id=person.id,
                weekday=plan.day.weekday(),
                part=plan.part,
                first_day=plan.day,
            )
        else:
            row = Shift(**common, person_id=person.id, day=plan.day, part=plan.part)
        tx.session.add(row)
        tx.session.flush()
        _audit(tx, manager, "roster.plan", person.name, asdict(plan))
        return row.id


def cancel_shift(uow: UnitOfWork, actor: Actor, shift: PlannedShift) -> None:
    """Not this time: a one-off shift is called off, a weekly one gets an exception that day."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        row = _one_week(tx, shift)
        row.cancelled = True
        _audit(tx, manager, "roster.cancel", shift.name, _when(shift))


def swap_shift(
    uow: UnitOfWork, actor: Actor, shift: PlannedShift, to_person_id: UUID, agreed_by_id: UUID
) -> None:
    """Another volunteer takes the shift; the swap records whose it was and who agreed."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        taker = _volunteer(tx, to_person_id)
        agreed = _volunteer(tx, agreed_by_id)
        if taker.id == shift.person_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Kies een andere vrijwilliger om mee te ruilen.")
            )
        _require_free(tx, shift.day, shift.part, taker)
        row = _one_week(tx, shift)
        row.swapped_from_id, row.person_id, row.agreed_by_id = shift.person_id, taker.id, agreed.id
        _audit(
            tx,
            manager,
            "roster.swap",
            taker.name,
            {**_when(shift), "from": shift.name, "agreed": agreed.name},
        )


def set_holiday(uow: UnitOfWork, actor: Actor, day: date, name: str) -> None:
    """A social manager closes the centre for a day: its shifts and gaps fall away."""
    if not name.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef de dag een naam, bijvoorbeeld Koningsdag.")
        )
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        if holidays(tx.session, day, day):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Het buurthuis is op {day} al dicht."), day=day
            )
        tx.session.add(
            RosterHoliday(
                centre_code=tx.centre_code(), created_at=tx.now, day=day, name=name.strip()[:120]
            )
        )
        _audit(tx, manager, "roster.holiday", name, {"day": day})


def _one_week(tx: Transaction, shift: PlannedShift) -> Shift:
    """The shift's own row; for a weekly shift, the row that tells this week otherwise."""
    if shift.shift_id is not None:
        found = tx.session.get(Shift, shift.shift_id)
        if found is not None and not found.cancelled:
            return found
    elif shift.pattern_id is not None:
        week = planned_shifts(tx, monday_of(shift.day))
        if any(p.pattern_id == shift.pattern_id and p.day == shift.day for p in week):
            override = Shift(
                centre_code=tx.centre_code(),
                created_at=tx.now,
                day=shift.day,
                part=shift.part,
                task=shift.task,
                person_id=shift.person_id,
                pattern_id=shift.pattern_id,
            )
            tx.session.add(override)
            return override
    raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze dienst staat niet (meer) op het rooster."))


def _when(shift: PlannedShift) -> dict[str, object]:
    return {"day": shift.day, "part": shift.part.value, "task": shift.task.value}


def _volunteer(tx: Transaction, person_id: UUID) -> Person:
    person = tx.session.get(Person, person_id)
    if person is None or not person.active:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
    return person


def _require_open(tx: Transaction, day: date, part: DayPartKey) -> None:
    if part not in open_parts(tx, day):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Het buurthuis is op {day} in de {part} dicht: daar past geen dienst."
            ),
            day=day,
            part=part,
        )


def _require_free(tx: Transaction, day: date, part: DayPartKey, person: Person) -> None:
    week = planned_shifts(tx, monday_of(day))
    if any(s.person_id == person.id and s.day == day and s.part is part for s in week):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} staat dan al op het rooster."), name=person.name
        )


def _audit(tx: Transaction, manager: Person, action: str, subject: str, after: object) -> None:
    audit.record(
        tx.session,
        centre_code=manager.centre_code,
        actor=manager,
        action=action,
        subject=subject,
        at=tx.now,
        after=after,
    )
