"""Activities held and their participants per target group, on the local or the central database.

The mirrors carry the local tables' names and columns, so one query serves a desk's own
facts and the organisation's. An activity counts once per occurrence that took place (in the
period, up to today, not cancelled); its participants are the counted attendance plus the
passes scanned, the strippenkaarten stamped and the sign-ups ticked off as come (whose pass was
not also scanned) for it, as the programme shows them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Select,
    and_,
    case,
    column,
    func,
    select,
    table,
)

from desk_app.formatting import LOCAL_ZONE

_session = table(
    "activity_session",
    column("id"),
    column("centre_code"),
    column("activity_id"),
    column("day", Date),
    column("cancelled"),
)
_activity = table(
    "activity", column("id"), column("centre_code"), column("target_group"), column("own_group_id")
)
_attendance = table("attendance", column("centre_code"), column("session_id"), column("attendees"))
_visit = table(
    "visit",
    column("centre_code"),
    column("local_day", Date),
    column("purpose"),
    column("purpose_ref"),
    column("visitors"),
    column("pass_id"),
)
_stamp = table("card_stamp", column("centre_code"), column("session_id"), column("reverses_id"))
_own = table("own_target_group", column("id"), column("name"))
_signup = table(
    "activity_signup",
    column("centre_code"),
    column("session_id"),
    column("pass_id"),
    column("came_at"),
    column("cancelled_at"),
)


@dataclass(frozen=True)
class GroupReach:
    """A centre's held activities and participants for one target group (and own group)."""

    centre_code: str
    target_group: str
    own_group: str | None  # the own group's name, None for activities without one
    activities: int
    participants: int


def reach_by_group(
    connection: Connection, first: date, last: date, centres: Collection[str] | None = None
) -> list[GroupReach]:
    """Per centre, target group and own group: activities held and their participants."""
    last = min(last, datetime.now(LOCAL_ZONE).date())
    if last < first:
        return []
    groups = {
        (str(code), str(session_id)): (str(group), str(own) if own else None)
        for code, session_id, group, own in connection.execute(_held(first, last, centres))
    }
    counts: dict[tuple[str, str, str | None], list[int]] = defaultdict(lambda: [0, 0])
    for (code, _session_id), (group, own) in groups.items():
        counts[(code, group, own)][0] += 1
    for code, session_id, number in _participants(connection, first, last, centres):
        found = groups.get((str(code), str(session_id)))
        if found is not None:
            counts[(str(code), *found)][1] += int(number or 0)
    names = _own_names(connection)
    return [
        GroupReach(code, group, names.get(own) if own else None, *numbers)
        for (code, group, own), numbers in sorted(counts.items(), key=lambda kv: str(kv[0]))
    ]


def _held(first: date, last: date, centres: Collection[str] | None) -> Select[Any]:
    """Occurrences that took place, with their activity's target group and own group."""
    query = (
        select(
            _session.c.centre_code,
            _session.c.id,
            _activity.c.target_group,
            _activity.c.own_group_id,
        )
        .join(
            _activity,
            and_(
                _activity.c.centre_code == _session.c.centre_code,
                _activity.c.id == _session.c.activity_id,
            ),
        )
        .where(_session.c.day.between(first, last), _session.c.cancelled.is_(False))
    )
    if centres is not None:
        query = query.where(_session.c.centre_code.in_(list(centres)))
    return query


def _participants(
    connection: Connection, first: date, last: date, centres: Collection[str] | None
) -> list[tuple[Any, Any, Any]]:
    """Counted attendance, scanned passes, stamped cards and ticked sign-ups per occurrence.

    A pass is scanned for an activity on its day; attendance may be counted later, so it is
    not limited by day but by the occurrences it belongs to, like a stamp (an undone one,
    its reversal row, counts -1) and a sign-up ticked off. A stamp is a participant, never a
    living-room visit.
    """
    counted = select(
        _attendance.c.centre_code, _attendance.c.session_id, func.sum(_attendance.c.attendees)
    ).group_by(_attendance.c.centre_code, _attendance.c.session_id)
    scanned = (
        select(_visit.c.centre_code, _visit.c.purpose_ref, func.sum(_visit.c.visitors))
        .where(_visit.c.purpose == "activity", _visit.c.local_day.between(first, last))
        .group_by(_visit.c.centre_code, _visit.c.purpose_ref)
    )
    net = func.sum(case((_stamp.c.reverses_id.is_(None), 1), else_=-1))
    stamped = select(_stamp.c.centre_code, _stamp.c.session_id, net).group_by(
        _stamp.c.centre_code, _stamp.c.session_id
    )
    if centres is not None:
        counted = counted.where(_attendance.c.centre_code.in_(list(centres)))
        scanned = scanned.where(_visit.c.centre_code.in_(list(centres)))
        stamped = stamped.where(_stamp.c.centre_code.in_(list(centres)))
    queries = (counted, scanned, stamped, _ticked(first, last, centres))
    return [tuple(row) for query in queries for row in connection.execute(query)]


def _ticked(first: date, last: date, centres: Collection[str] | None) -> Select[Any]:
    """Sign-ups ticked off as come per occurrence, less those whose pass was scanned for it
    (a participant among the scans already).

    One anti-join of the centres' own rows on both sides: a lookup per sign-up made the
    organisation's report of one centre grow with the number of centres.
    """
    came: list[ColumnElement[bool]] = [
        _signup.c.came_at.is_not(None),
        _signup.c.cancelled_at.is_(None),
    ]
    scans = (
        select(_visit.c.centre_code, _visit.c.purpose_ref, _visit.c.pass_id)
        .where(_visit.c.purpose == "activity", _visit.c.pass_id.is_not(None))
        .where(_visit.c.local_day.between(first, last))  # a session's scans are on its day
        .group_by(_visit.c.centre_code, _visit.c.purpose_ref, _visit.c.pass_id)
        .having(func.sum(_visit.c.visitors) > 0)
    )
    if centres is not None:
        scans = scans.where(_visit.c.centre_code.in_(list(centres)))
        came.append(_signup.c.centre_code.in_(list(centres)))
    scanned = scans.subquery()
    same = and_(
        scanned.c.centre_code == _signup.c.centre_code,
        scanned.c.purpose_ref == _signup.c.session_id,
        scanned.c.pass_id == _signup.c.pass_id,
    )
    return (
        select(_signup.c.centre_code, _signup.c.session_id, func.count())
        .select_from(_signup.outerjoin(scanned, same))
        .where(*came, scanned.c.pass_id.is_(None))
        .group_by(_signup.c.centre_code, _signup.c.session_id)
    )


def _own_names(connection: Connection) -> dict[str, str]:
    """Own groups' names by id (the same id at every centre: the office's release)."""
    return {str(key): str(name) for key, name in connection.execute(select(_own.c.id, _own.c.name))}
