"""The volunteer roster of one week: recurring shifts unfolded, exceptions and holidays applied."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import (
    Certificate,
    CertificateKind,
    DayPartKey,
    OpeningHours,
    Person,
    RosterHoliday,
    Shift,
    ShiftPattern,
    ShiftTask,
)
from desk_app.services.uow import Transaction

ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
PART_ORDER = tuple(DayPartKey)
TASK_ORDER = tuple(ShiftTask)


@dataclass(frozen=True)
class PlannedShift:
    """One volunteer's shift on a day's part; from a pattern (every week) or planned once."""

    day: date
    part: DayPartKey
    task: ShiftTask
    person_id: UUID
    name: str
    certificates: tuple[CertificateKind, ...]
    shift_id: UUID | None = None
    pattern_id: UUID | None = None
    swapped_from: str | None = None
    agreed_by: str | None = None


@dataclass(frozen=True)
class CertificateSpan:
    """A certificate's kind and the days it is valid."""

    kind: CertificateKind
    issued_on: date
    expires_on: date | None

    def valid_on(self, day: date) -> bool:
        """Whether the certificate holds on ``day``."""
        return self.issued_on <= day and (self.expires_on is None or self.expires_on >= day)


def week_monday(text: str) -> date:
    """The Monday of an ISO week typed as ``YYYY-Www``."""
    match = ISO_WEEK.match(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef de week als JJJJ-Www, bijvoorbeeld 2026-W10.")
        ) from None


def monday_of(day: date) -> date:
    """The Monday of the week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


def week_days(monday: date) -> list[date]:
    """The seven days of the week that starts on ``monday``."""
    return [monday + timedelta(days=offset) for offset in range(7)]


def holidays(session: Session, first: date, last: date) -> dict[date, str]:
    """The centre's closed days between ``first`` and ``last``, with their names."""
    rows = session.execute(
        select(RosterHoliday.day, RosterHoliday.name).where(
            RosterHoliday.active, RosterHoliday.day.between(first, last)
        )
    )
    return dict(rows.all())


def open_parts(tx: Transaction, day: date) -> tuple[DayPartKey, ...]:
    """The parts of ``day`` in which the centre is open (none on a holiday)."""
    if holidays(tx.session, day, day):
        return ()
    hours = tx.session.execute(
        select(OpeningHours.is_open, OpeningHours.opens, OpeningHours.closes).where(
            OpeningHours.weekday == day.weekday()
        )
    ).first()
    if hours is None or not hours.is_open:
        return ()
    spans = {span.key: span for span in tx.day_parts()}
    return tuple(
        key
        for key in PART_ORDER
        if key in spans and hours.opens < spans[key].ends and spans[key].starts < hours.closes
    )


def certificate_spans(session: Session, people: set[UUID]) -> dict[UUID, list[CertificateSpan]]:
    """Every certificate of ``people``, valid or not, for checks on days ahead."""
    held: dict[UUID, list[CertificateSpan]] = {person: [] for person in people}
    rows = session.execute(
        select(
            Certificate.person_id, Certificate.kind, Certificate.issued_on, Certificate.expires_on
        ).where(Certificate.person_id.in_(people))
    )
    for person_id, kind, issued, expires in rows:
        held[person_id].append(CertificateSpan(kind, issued, expires))
    return held


def valid_kinds(spans: list[CertificateSpan], day: date) -> tuple[CertificateKind, ...]:
    """The kinds of certificate valid on ``day``, in the kinds' order."""
    return tuple(
        kind for kind in CertificateKind if any(s.kind is kind and s.valid_on(day) for s in spans)
    )


def planned_shifts(tx: Transaction, monday: date) -> list[PlannedShift]:
    """The week's shifts: patterns unfolded, their exceptions and swaps applied, holidays out."""
    days = week_days(monday)
    closed = holidays(tx.session, days[0], days[-1])
    rows = _pattern_rows(tx.session, days) + _shift_rows(tx.session, days)
    names = _names(
        tx.session, {row[3] for row in rows} | {p for row in rows for p in row[6:8] if p}
    )
    spans = certificate_spans(tx.session, {row[3] for row in rows})
    planned = [
        PlannedShift(
            day,
            part,
            task,
            person,
            names[person],
            valid_kinds(spans[person], day),
            shift_id,
            pattern_id,
            names.get(swapped) if swapped else None,
            names.get(agreed) if agreed else None,
        )
        for day, part, task, person, shift_id, pattern_id, swapped, agreed in rows
        if day not in closed
    ]
    return sorted(planned, key=shift_order)


def shift_order(shift: PlannedShift) -> tuple[date, int, int, str]:
    """Day, part of the day, task, name: the order of the roster on screen and on paper."""
    return shift.day, PART_ORDER.index(shift.part), TASK_ORDER.index(shift.task), shift.name


_Row = tuple[date, DayPartKey, ShiftTask, UUID, UUID | None, UUID | None, UUID | None, UUID | None]


def _pattern_rows(session: Session, days: list[date]) -> list[_Row]:
    patterns = session.scalars(
        select(ShiftPattern).where(
            ShiftPattern.active,
            ShiftPattern.first_day <= days[-1],
            or_(ShiftPattern.last_day.is_(None), ShiftPattern.last_day >= days[0]),
        )
    ).all()
    overridden = set(
        session.execute(
            select(Shift.pattern_id, Shift.day).where(
                Shift.pattern_id.is_not(None), Shift.day.between(days[0], days[-1])
            )
        ).all()
    )
    rows: list[_Row] = []
    for pattern in patterns:
        day = days[pattern.weekday]
        last = pattern.last_day or day
        if pattern.first_day <= day <= last and (pattern.id, day) not in overridden:
            rows.append(
                (day, pattern.part, pattern.task, pattern.person_id, None, pattern.id, None, None)
            )
    return rows


def _shift_rows(session: Session, days: list[date]) -> list[_Row]:
    shifts = session.scalars(
        select(Shift).where(~Shift.cancelled, Shift.day.between(days[0], days[-1]))
    ).all()
    return [
        (s.day, s.part, s.task, s.person_id, s.id, s.pattern_id, s.swapped_from_id, s.agreed_by_id)
        for s in shifts
    ]


def _names(session: Session, people: set[UUID]) -> dict[UUID, str]:
    rows = session.execute(select(Person.id, Person.name).where(Person.id.in_(people)))
    return dict(rows.all())
