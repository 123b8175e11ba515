"""Volunteer hours per person, kind and period, and the signed statement of one volunteer."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Centre, Person, Role, SignIn, SignOut, VolunteerKind
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class Shift:
    """A stretch of duty, clipped to the period asked for."""

    person_id: UUID
    start: datetime
    end: datetime
    flagged: bool

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


@dataclass(frozen=True)
class HoursLine:
    """One volunteer's hours in a period."""

    person_id: UUID
    name: str
    kind: VolunteerKind
    hours: float


@dataclass(frozen=True)
class HoursStatement:
    """What the PDF statement for one volunteer prints."""

    centre_name: str
    name: str
    kind: VolunteerKind
    first: date
    last: date
    shifts: list[Shift]
    manager_name: str

    @property
    def total_hours(self) -> float:
        return sum(shift.hours for shift in self.shifts)


def period_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """From local midnight of ``first`` to local midnight after ``last``, in UTC."""
    if last < first:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "De einddatum ligt voor de begindatum."))
    start = datetime.combine(first, time(0), LOCAL_ZONE).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), LOCAL_ZONE).astimezone(UTC)
    return start, end


def shifts(session: Session, first: date, last: date, person_id: UUID | None = None) -> list[Shift]:
    """Completed shifts overlapping the period, clipped to it (a night shift splits at midnight)."""
    start, end = period_bounds(first, last)
    query = (
        select(SignIn.person_id, SignIn.created_at, SignOut.ended_at, SignOut.flagged)
        .join(SignOut, SignOut.sign_in_id == SignIn.id)
        .where(SignIn.created_at < end, SignOut.ended_at > start)
        .order_by(SignIn.created_at)
    )
    if person_id is not None:
        query = query.where(SignIn.person_id == person_id)
    return [
        Shift(person, max(began, start), min(ended, end), flagged)
        for person, began, ended, flagged in session.execute(query)
    ]


def volunteer_hours(uow: UnitOfWork, first: date, last: date) -> list[HoursLine]:
    """Hours per volunteer in the period, most hours first."""
    with uow.read() as tx:
        totals: dict[UUID, float] = defaultdict(float)
        for shift in shifts(tx.session, first, last):
            totals[shift.person_id] += shift.hours
        people = tx.session.execute(
            select(Person.id, Person.name, Person.kind).where(Person.id.in_(totals))
        ).all()
    lines = [HoursLine(pid, name, kind, round(totals[pid], 2)) for pid, name, kind in people]
    return sorted(lines, key=lambda line: (-line.hours, line.name))


def hours_by_kind(lines: list[HoursLine]) -> dict[VolunteerKind, float]:
    """Hours summed per kind of volunteer (regular, social return, intern, staff)."""
    totals: dict[VolunteerKind, float] = defaultdict(float)
    for line in lines:
        totals[line.kind] += line.hours
    return {kind: round(hours, 2) for kind, hours in totals.items()}


def hours_statement(
    uow: UnitOfWork, actor: Actor, person_id: UUID, first: date, last: date
) -> HoursStatement:
    """A social manager's statement of one volunteer's hours, to sign."""
    with uow.read() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = tx.session.get(Person, person_id)
        if person is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
        centre = tx.session.scalar(select(Centre.name).limit(1)) or ""
        return HoursStatement(
            centre,
            person.name,
            person.kind,
            first,
            last,
            shifts(tx.session, first, last, person_id),
            manager.name,
        )
