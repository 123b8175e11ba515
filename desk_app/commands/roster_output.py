"""The week's roster for the terminal: plain Dutch text, or JSON keyed in English for scripts."""

from __future__ import annotations

from desk_app.errors import dutch_text
from desk_app.services.volunteers.roster import PlannedShift
from desk_app.services.volunteers.roster_gaps import RosterGap, RosterWeek


def roster_json(week: RosterWeek) -> dict[str, object]:
    """The week as an object with the lists ``shifts`` and ``gaps``."""
    return {
        "week": f"{week.monday.isocalendar().year}-W{week.monday.isocalendar().week:02d}",
        "shifts": [_shift_json(shift) for shift in week.shifts],
        "gaps": [_gap_json(gap) for gap in week.gaps],
    }


def _shift_json(shift: PlannedShift) -> dict[str, object]:
    return {
        "day": shift.day.isoformat(),
        "part": shift.part.value,
        "task": shift.task.value,
        "name": shift.name,
        "certificates": [kind.value for kind in shift.certificates],
        "weekly": shift.pattern_id is not None,
        "swapped_from": shift.swapped_from,
        "agreed_by": shift.agreed_by,
    }


def _gap_json(gap: RosterGap) -> dict[str, object]:
    return {
        "day": gap.day.isoformat(),
        "part": gap.part.value,
        "kind": gap.rule.value,
        "rule": gap.message,
        "task": gap.task.value,
    }


def roster_text(week: RosterWeek) -> str:
    """One line per shift, then the gaps, in Dutch."""
    lines = [f"Rooster week {week.monday.isocalendar().week}, vanaf {dutch_text(week.monday)}"]
    lines += [
        f"  {dutch_text(s.day)} {s.part.label}: {s.task.label}, {s.name}" for s in week.shifts
    ] or ["  Nog niemand ingeroosterd."]
    lines.append(f"Gaten: {len(week.gaps)}")
    lines += [f"  {dutch_text(g.day)} {g.part.label}: {g.message}" for g in week.gaps]
    return "\n".join(lines) + "\n"
