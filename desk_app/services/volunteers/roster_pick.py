"""Whom to roster: volunteers with their certificates, preferred tasks and availability."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Availability, CertificateKind, DayPartKey, Person, Role, ShiftTask
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.register import Task
from desk_app.services.volunteers.roster import (
    certificate_spans,
    monday_of,
    planned_shifts,
    valid_kinds,
)
from desk_app.services.volunteers.roster_gaps import TASK_CERTIFICATES

# The register's task a volunteer prefers, for each task of the roster.
PREFERRED: dict[ShiftTask, Task] = {
    ShiftTask.RECEPTION: Task.DESK,
    ShiftTask.BAR: Task.BAR,
    ShiftTask.BHV: Task.EMERGENCY_RESPONDER,
    ShiftTask.ACTIVITY_LEADER: Task.ACTIVITY_LEADER,
    ShiftTask.YOUTH_WORK: Task.YOUTH_WORK,
}
Slot = tuple[int, DayPartKey]


@dataclass(frozen=True)
class Candidate:
    """A volunteer who is free on a day's part, as the picker lists them."""

    person_id: UUID
    name: str
    certificates: tuple[CertificateKind, ...]
    qualified: bool
    prefers: bool
    available: bool | None


def candidates(uow: UnitOfWork, day: date, part: DayPartKey, task: ShiftTask) -> list[Candidate]:
    """Who is free then: qualified first, then who prefers the task, then who said they can."""
    with uow.read() as tx:
        busy = {
            s.person_id
            for s in planned_shifts(tx, monday_of(day))
            if s.day == day and s.part is part
        }
        people = tx.session.execute(
            select(Person.id, Person.name, Person.tasks).where(Person.active).order_by(Person.name)
        ).all()
        free = [row for row in people if row.id not in busy]
        spans = certificate_spans(tx.session, {row.id for row in free})
        said = dict(
            tx.session.execute(
                select(Availability.person_id, Availability.available).where(
                    Availability.weekday == day.weekday(), Availability.part == part
                )
            ).all()
        )
    needed = TASK_CERTIFICATES.get(task, frozenset())
    found = []
    for row in free:
        held = valid_kinds(spans[row.id], day)
        qualified = not needed or bool(needed & set(held))
        prefers = PREFERRED[task].value in row.tasks
        found.append(Candidate(row.id, row.name, held, qualified, prefers, said.get(row.id)))
    return sorted(found, key=lambda c: (not c.qualified, not c.prefers, c.available is False))


def availability(uow: UnitOfWork, person_id: UUID) -> frozenset[Slot]:
    """The weekdays' parts a volunteer said they can do."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(Availability.weekday, Availability.part).where(
                Availability.person_id == person_id, Availability.available
            )
        )
        return frozenset(rows.all())


def set_availability(
    uow: UnitOfWork, actor: Actor, person_id: UUID, slots: frozenset[Slot]
) -> None:
    """A social manager notes when a volunteer can come; rows are kept and switched, not deleted."""
    with uow.write() as tx:
        require_role(tx, actor, Role.MANAGER)
        if tx.session.get(Person, person_id) is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
        kept = {
            (row.weekday, row.part): row
            for row in tx.session.scalars(
                select(Availability).where(Availability.person_id == person_id)
            )
        }
        for weekday in range(7):
            for part in DayPartKey:
                wanted = (weekday, part) in slots
                row = kept.get((weekday, part))
                if row is not None and row.available != wanted:
                    row.available = wanted
                elif row is None and wanted:
                    tx.session.add(
                        Availability(
                            centre_code=tx.centre_code(),
                            created_at=tx.now,
                            person_id=person_id,
                            weekday=weekday,
                            part=part,
                        )
                    )
