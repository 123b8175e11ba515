"""The week's roster with its gaps: the rules a planned week breaks, found before the day comes."""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, time
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, Param, Text
from desk_app.models import (
    Activity,
    ActivityOccurrence,
    CertificateKind,
    DayPartKey,
    ShiftTask,
    TargetGroup,
)
from desk_app.services.uow import Transaction, UnitOfWork
from desk_app.services.volunteers.roster import (
    CertificateSpan,
    PlannedShift,
    certificate_spans,
    holidays,
    open_parts,
    planned_shifts,
    week_days,
)

BAR_QUALIFICATIONS = frozenset({CertificateKind.IVA, CertificateKind.SVH})
YOUTH_LEADERS = frozenset({ShiftTask.ACTIVITY_LEADER, ShiftTask.YOUTH_WORK})
# The certificates a task rests on: a shift after they expire is a gap of its own.
TASK_CERTIFICATES: dict[ShiftTask, frozenset[CertificateKind]] = {
    ShiftTask.BHV: frozenset({CertificateKind.BHV}),
    ShiftTask.BAR: BAR_QUALIFICATIONS,
    ShiftTask.YOUTH_WORK: frozenset({CertificateKind.VOG}),
}

Slot = tuple[date, DayPartKey]


class GapRule(enum.StrEnum):
    """Which rule a planned week breaks."""

    NO_BHV = "no_bhv"
    BAR_UNQUALIFIED = "bar_unqualified"
    YOUTH_WITHOUT_VOG = "youth_without_vog"
    CERTIFICATE_EXPIRES = "certificate_expires"


@dataclass(frozen=True)
class RosterGap:
    """A gap on a day's part, the rule in Dutch words, and the task that fills it."""

    day: date
    part: DayPartKey
    rule: GapRule
    template: str
    task: ShiftTask
    params: dict[str, Param] = field(default_factory=dict)
    shift: PlannedShift | None = None

    @property
    def text(self) -> Text:
        """The rule broken, to write in the reader's language."""
        return Text("Warnings", self.template, self.params)

    @property
    def message(self) -> str:
        """The rule broken, in Dutch."""
        return self.text.message


@dataclass(frozen=True)
class RosterWeek:
    """A week of the roster: the open parts per day, the shifts and the gaps."""

    monday: date
    open_parts: dict[date, tuple[DayPartKey, ...]]
    shifts: list[PlannedShift]
    gaps: list[RosterGap]
    holidays: dict[date, str] = field(default_factory=dict)
    centre_name: str = ""


def roster_week(uow: UnitOfWork, monday: date) -> RosterWeek:
    """The week that starts on ``monday`` with its shifts and its gaps."""
    with uow.read() as tx:
        days = week_days(monday)
        opened = {day: open_parts(tx, day) for day in days}
        shifts = planned_shifts(tx, monday)
        youth = _youth_activities(tx, days)
        spans = certificate_spans(tx.session, {s.person_id for s in shifts})
        gaps = find_gaps(opened, shifts, youth, spans)
        header = tx.centre_header()
        closed = holidays(tx.session, days[0], days[-1])
        name = header.name if header is not None else ""
        return RosterWeek(monday, opened, shifts, gaps, closed, name)


def roster_gaps(uow: UnitOfWork, monday: date) -> list[RosterGap]:
    """The gaps of the week that starts on ``monday``."""
    return roster_week(uow, monday).gaps


def find_gaps(
    opened: dict[date, tuple[DayPartKey, ...]],
    shifts: list[PlannedShift],
    youth: dict[Slot, list[str]],
    spans: dict[UUID, list[CertificateSpan]],
) -> list[RosterGap]:
    """Every rule broken, slot by slot in the week's order, then the expiring certificates."""
    by_slot: dict[Slot, list[PlannedShift]] = defaultdict(list)
    for shift in shifts:
        by_slot[(shift.day, shift.part)].append(shift)
    gaps: list[RosterGap] = []
    for day, parts in opened.items():
        for part in parts:
            gaps += _slot_gaps(day, part, by_slot[(day, part)], youth.get((day, part), []))
    return gaps + [gap for s in shifts if (gap := _expiry_gap(s, spans[s.person_id]))]


def _slot_gaps(
    day: date, part: DayPartKey, planned: list[PlannedShift], activities: list[str]
) -> list[RosterGap]:
    gaps = []
    if not any(CertificateKind.BHV in s.certificates for s in planned):
        template = QT_TRANSLATE_NOOP(
            "Warnings", "Geen BHV'er ingeroosterd terwijl het buurthuis open is."
        )
        gaps.append(RosterGap(day, part, GapRule.NO_BHV, template, ShiftTask.BHV))
    bar_open = any(s.task is ShiftTask.BAR for s in planned)
    if bar_open and not any(BAR_QUALIFICATIONS & set(s.certificates) for s in planned):
        template = QT_TRANSLATE_NOOP(
            "Warnings", "De bar is open zonder iemand met IVA- of SVH-certificaat ingeroosterd."
        )
        gaps.append(RosterGap(day, part, GapRule.BAR_UNQUALIFIED, template, ShiftTask.BAR))
    leaders = [s for s in planned if s.task in YOUTH_LEADERS]
    if activities and not any(CertificateKind.VOG in s.certificates for s in leaders):
        template = QT_TRANSLATE_NOOP(
            "Warnings", "{activity} (jeugd) heeft geen begeleider met een geldige VOG ingeroosterd."
        )
        params: dict[str, Param] = {"activity": ", ".join(activities)}
        gaps.append(
            RosterGap(day, part, GapRule.YOUTH_WITHOUT_VOG, template, ShiftTask.YOUTH_WORK, params)
        )
    return gaps


def _expiry_gap(shift: PlannedShift, spans: list[CertificateSpan]) -> RosterGap | None:
    """A shift whose task rests on a certificate of the volunteer's that has expired by then."""
    needed = TASK_CERTIFICATES.get(shift.task, frozenset())
    if not needed or needed & set(shift.certificates):
        return None
    lapsed = [s for s in spans if s.kind in needed and s.expires_on and s.expires_on < shift.day]
    if not lapsed:
        return None
    last = max(lapsed, key=lambda s: s.expires_on or shift.day)
    template = QT_TRANSLATE_NOOP(
        "Warnings", "Het {kind}-certificaat van {name} verloopt op {date}, vóór deze dienst."
    )
    params: dict[str, Param] = {"kind": last.kind, "name": shift.name}
    if last.expires_on is not None:
        params["date"] = last.expires_on
    return RosterGap(
        shift.day, shift.part, GapRule.CERTIFICATE_EXPIRES, template, shift.task, params, shift
    )


def _youth_activities(tx: Transaction, days: list[date]) -> dict[Slot, list[str]]:
    """The youth activities held in the week, by the parts of the day they touch."""
    rows = tx.session.execute(
        select(ActivityOccurrence.day, Activity.name, Activity.starts, Activity.ends)
        .join(Activity, Activity.id == ActivityOccurrence.activity_id)
        .where(
            Activity.target_group == TargetGroup.YOUTH,
            Activity.active,
            ~ActivityOccurrence.cancelled,
            ActivityOccurrence.day.between(days[0], days[-1]),
        )
        .order_by(Activity.starts, Activity.name)
    )
    held: dict[Slot, list[str]] = defaultdict(list)
    for day, name, starts, ends in rows:
        for part in _parts_touched(tx, starts, ends):
            held[(day, part)].append(name)
    return held


def _parts_touched(tx: Transaction, starts: time, ends: time) -> list[DayPartKey]:
    return [span.key for span in tx.day_parts() if span.starts < ends and starts < span.ends]
