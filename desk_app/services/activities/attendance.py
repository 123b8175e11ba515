"""Attendance against sign-ups: who came, who did not, and who came without signing up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import case, func, select

from desk_app.models import Attendance, CardStamp, Purpose, Visit
from desk_app.services.activities.signups import SignUpInfo, signup_list
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class SessionAttendance:
    """A session's sign-ups split by whether they came, and the arrivals without a sign-up."""

    session_id: UUID
    activity: str
    day: date
    came: tuple[SignUpInfo, ...]
    absent: tuple[SignUpInfo, ...]
    unsigned_passes: int
    walk_ins: int
    stamps: int


def session_attendance(uow: UnitOfWork, session_id: UUID) -> SessionAttendance:
    """Ticked-off or scanned sign-ups came; a scanned pass without a sign-up came unsigned."""
    with uow.read() as tx:
        listed = signup_list(tx.session, session_id)
        visits = tx.session.execute(
            select(Visit.pass_id, func.sum(Visit.visitors))
            .where(Visit.purpose == Purpose.ACTIVITY, Visit.purpose_ref == session_id)
            .group_by(Visit.pass_id)
        ).all()
        counted = tx.session.scalar(
            select(func.coalesce(func.sum(Attendance.attendees), 0)).where(
                Attendance.session_id == session_id
            )
        )
        stamps = tx.session.scalar(  # a stamp undone counts -1 (its reversal row)
            select(func.sum(case((CardStamp.reverses_id.is_(None), 1), else_=-1))).where(
                CardStamp.session_id == session_id
            )
        )
    scanned = {pass_id for pass_id, total in visits if pass_id is not None and total > 0}
    anonymous = sum(int(total) for pass_id, total in visits if pass_id is None)
    signed = listed.placed + listed.waiting
    came = tuple(s for s in signed if s.came or s.pass_id in scanned)
    signed_passes = {s.pass_id for s in signed}
    return SessionAttendance(
        session_id=session_id,
        activity=listed.activity,
        day=listed.day,
        came=came,
        absent=tuple(s for s in listed.placed if s not in came),
        unsigned_passes=len(scanned - signed_passes),
        walk_ins=anonymous + int(counted or 0),
        stamps=int(stamps or 0),
    )
