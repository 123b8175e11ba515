"""The activities programme: one-off and recurring activities, their occurrences and attendance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice
from uuid import UUID

from dateutil.relativedelta import relativedelta
from dateutil.rrule import WEEKLY, rrule
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.models import (
    Activity,
    ActivityOccurrence,
    Attendance,
    Booking,
    BookingState,
    CardStamp,
    Centre,
    OwnTargetGroup,
    Person,
    Purpose,
    Recurrence,
    Role,
    Room,
    SignUp,
    TargetGroup,
    Visit,
)
from desk_app.services import audit
from desk_app.services.activities.stamps import undo_session_stamps
from desk_app.services.auth import Actor, require_role
from desk_app.services.people import clean_name
from desk_app.services.uow import Transaction, UnitOfWork

MAX_OCCURRENCES = 120
MAX_ATTENDEES = 5_000
MAX_CAPACITY = 1_000
CANCEL_REASON = "Bijeenkomst afgelast"  # the reason on the stamps a cancellation gives back


@dataclass(frozen=True)
class ActivityPlan:
    """An activity as the programme form fills it in."""

    name: str
    target_group: TargetGroup
    recurrence: Recurrence
    first_day: date
    last_day: date
    starts: time
    ends: time
    organiser: str = ""
    leader_id: UUID | None = None
    room_id: UUID | None = None
    vulnerable_group: bool = False
    large_event: bool = False
    own_group_id: UUID | None = None  # one of the organisation's own target groups
    capacity: int | None = None  # places for sign-ups at each session; none: no limit
    for_outsiders: bool = False  # an event for the public from outside: no alcohol during it


@dataclass(frozen=True)
class OccurrenceInfo:
    """An occurrence of an activity in the programme, with its attendance so far."""

    occurrence_id: UUID
    activity_id: UUID
    name: str
    day: date
    starts: time
    ends: time
    target_group: TargetGroup
    cancelled: bool
    counted: int
    scanned: int
    own_group: str | None = None  # the name of the organisation's own target group, if any
    stamped: int = 0  # strippenkaarten stamped at the door, undone ones subtracted
    ticked: int = 0  # ticked off on the sign-up list ("Is er") without their pass scanned

    @property
    def attendance(self) -> int:
        return self.counted + self.scanned + self.stamped + self.ticked


def occurrences(recurrence: Recurrence, first: date, last: date) -> list[date]:
    """The days an activity takes place; a monthly one keeps its day of the month.

    A monthly one from the 29th to the 31st takes a shorter month's last day (31 January:
    28 February, 31 March, 30 April), as nobody expects such a month to be skipped.
    """
    if recurrence is Recurrence.ONCE:
        return [first]
    if recurrence is Recurrence.MONTHLY:
        monthly = (first + relativedelta(months=n) for n in range(MAX_OCCURRENCES + 1))
        return [day for day in monthly if day <= last]
    start, until = datetime.combine(first, time(0)), datetime.combine(last, time(0))
    interval = 2 if recurrence is Recurrence.FORTNIGHTLY else 1
    rule = rrule(WEEKLY, interval=interval, dtstart=start, until=until)
    return [moment.date() for moment in islice(rule, MAX_OCCURRENCES + 1)]


def plan_activity(uow: UnitOfWork, actor: Actor, plan: ActivityPlan) -> list[OccurrenceInfo]:
    """A social manager adds an activity; its occurrences are made at once."""
    name = clean_name(plan.name)
    days = _checked_days(plan)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        _check_own_group(tx.session, plan.own_group_id)
        code = tx.centre_code()
        activity = Activity(centre_code=code, created_at=tx.now, name=name, **_plan_columns(plan))
        tx.session.add(activity)
        tx.session.flush()
        tx.session.add_all(
            ActivityOccurrence(
                centre_code=code,
                created_at=tx.now,
                activity_id=activity.id,
                day=day,
                capacity=plan.capacity,
            )
            for day in days
        )
        if plan.room_id is not None:
            _book_room_for(tx, plan, name=name, days=days, series=activity.id)
        audit.record(
            tx.session,
            centre_code=code,
            actor=manager,
            action="activity.plan",
            subject=name,
            at=tx.now,
            after={"sessions": len(days)},
        )
        tx.session.flush()
        return _occurrences_where(tx.session, ActivityOccurrence.activity_id == activity.id)


def _book_room_for(
    tx: Transaction,
    plan: ActivityPlan,
    *,
    name: str,
    days: list[date],
    series: UUID,
) -> None:
    """Internal bookings of the activity's room (free, confirmed), refused whole on a clash."""
    from desk_app.services.rooms.bookings import BookingRequest, Planner, clash_error  # noqa: PLC0415
    from desk_app.services.rooms.hire_rules import live_bookings  # noqa: PLC0415
    from desk_app.services.rooms.hirers import centre_hirer  # noqa: PLC0415

    centre = tx.session.scalars(select(Centre).limit(1)).one()
    hirer = centre_hirer(tx.session, centre.code, centre.name, tx.now)
    assert plan.room_id is not None
    request = BookingRequest(
        room_id=plan.room_id,
        hirer_id=hirer.id,
        day=days[0],
        starts=plan.starts,
        ends=plan.ends,
        description=name,
        confirmed=True,
    )
    planner = Planner.load(tx, request)
    today = to_local(tx.now).date()
    for day in (day for day in days if day >= today):
        booking = planner.booking_on(day, series)
        clash = live_bookings(tx.session, booking.room_id, booking.starts_at, booking.ends_at)
        if clash:
            raise clash_error(tx.session, planner.room, clash[0])
        planner.add(booking)


def _check_own_group(session: Session, group_id: UUID | None) -> None:
    """An own group must be one the office published and has not retired."""
    if group_id is None:
        return
    group = session.get(OwnTargetGroup, group_id)
    if group is None or not group.active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Deze doelgroep bestaat niet (meer). Kies een andere.")
        )


def _checked_days(plan: ActivityPlan) -> list[date]:
    if plan.capacity is not None:
        check_capacity(plan.capacity)
    if plan.starts >= plan.ends:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "De eindtijd moet na de begintijd liggen."))
    if plan.last_day < plan.first_day:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "De einddatum ligt voor de begindatum."))
    days = occurrences(plan.recurrence, plan.first_day, plan.last_day)
    if len(days) > MAX_OCCURRENCES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Plan hoogstens {max} bijeenkomsten tegelijk."),
            max=MAX_OCCURRENCES,
        )
    return days


def check_capacity(capacity: int) -> None:
    """Refuse a number of places of 0 or less (or an absurd one) before anything is written."""
    if isinstance(capacity, bool) or not 0 < capacity <= MAX_CAPACITY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een bijeenkomst heeft 1 tot {max} plaatsen."),
            max=MAX_CAPACITY,
        )


def _plan_columns(plan: ActivityPlan) -> dict[str, object]:
    return {
        key: getattr(plan, key)
        for key in (
            "target_group",
            "organiser",
            "leader_id",
            "room_id",
            "recurrence",
            "first_day",
            "last_day",
            "starts",
            "ends",
            "vulnerable_group",
            "large_event",
            "own_group_id",
            "for_outsiders",
        )
    }


def has_activities(uow: UnitOfWork) -> bool:
    """Whether the programme holds any activity at all, in any week."""
    with uow.read() as tx:
        return tx.session.scalar(select(Activity.id).limit(1)) is not None


def programme(uow: UnitOfWork, first: date, last: date) -> list[OccurrenceInfo]:
    """Occurrences between two days, in order, with attendance."""
    with uow.read() as tx:
        return occurrences_between(tx.session, first, last)


def occurrences_between(session: Session, first: date, last: date) -> list[OccurrenceInfo]:
    """The programme inside the caller's transaction."""
    return _occurrences_where(session, ActivityOccurrence.day.between(first, last))


def _occurrences_where(session: Session, condition: object) -> list[OccurrenceInfo]:
    rows = session.execute(
        select(
            ActivityOccurrence.id,
            Activity.id,
            Activity.name,
            ActivityOccurrence.day,
            Activity.starts,
            Activity.ends,
            Activity.target_group,
            ActivityOccurrence.cancelled,
            OwnTargetGroup.name,
        )
        .join(Activity, Activity.id == ActivityOccurrence.activity_id)
        .outerjoin(OwnTargetGroup, OwnTargetGroup.id == Activity.own_group_id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(ActivityOccurrence.day, Activity.starts, Activity.name)
    ).all()
    ids = [row[0] for row in rows]
    counted, scanned = _attendance(session, ids)
    stamped, ticked = _stamped(session, ids), _ticked(session, ids)
    return [
        OccurrenceInfo(
            *row[:-1],
            counted.get(row[0], 0),
            scanned.get(row[0], 0),
            row[-1],
            stamped.get(row[0], 0),
            ticked.get(row[0], 0),
        )
        for row in rows
    ]


def _stamped(session: Session, ids: list[UUID]) -> dict[UUID, int]:
    """Stamps per occurrence; an undone stamp's reversal row counts -1."""
    net = func.sum(case((CardStamp.reverses_id.is_(None), 1), else_=-1))
    query = select(CardStamp.session_id, net).where(CardStamp.session_id.in_(ids))
    return {key: int(n) for key, n in session.execute(query.group_by(CardStamp.session_id))}


def _ticked(session: Session, ids: list[UUID]) -> dict[UUID, int]:
    """Sign-ups ticked off as come, per occurrence, less those whose pass was scanned for it
    (counted among the scans already): one person counts once."""
    scans = (
        select(func.coalesce(func.sum(Visit.visitors), 0))
        .where(
            Visit.purpose == Purpose.ACTIVITY,
            Visit.purpose_ref == SignUp.session_id,
            Visit.pass_id == SignUp.pass_id,
        )
        .scalar_subquery()
    )
    query = (
        select(SignUp.session_id, func.count())
        .where(SignUp.session_id.in_(ids), SignUp.cancelled_at.is_(None))
        .where(SignUp.came_at.is_not(None), scans <= 0)
        .group_by(SignUp.session_id)
    )
    return {key: int(n) for key, n in session.execute(query)}


def _attendance(session: Session, ids: list[UUID]) -> tuple[dict[UUID, int], dict[UUID, int]]:
    counted = dict(
        session.execute(
            select(Attendance.session_id, func.sum(Attendance.attendees))
            .where(Attendance.session_id.in_(ids))
            .group_by(Attendance.session_id)
        ).all()
    )
    scanned = dict(
        session.execute(
            select(Visit.purpose_ref, func.sum(Visit.visitors))
            .where(Visit.purpose == Purpose.ACTIVITY, Visit.purpose_ref.in_(ids))
            .group_by(Visit.purpose_ref)
        ).all()
    )
    return (
        {k: int(v) for k, v in counted.items()},
        {k: int(v) for k, v in scanned.items() if k is not None},
    )


def record_attendance(uow: UnitOfWork, actor: Actor, occurrence_id: UUID, attendees: int) -> None:
    """Attendance counted by hand at the door; a negative number corrects an earlier count."""
    if attendees == 0 or abs(attendees) > MAX_ATTENDEES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Tel 1 tot {max} deelnemers."), max=MAX_ATTENDEES
        )
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        info = _countable(tx, occurrence_id)
        if info.counted + attendees < 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Zoveel deelnemers zijn er niet geteld.")
            )
        _add_count(tx, actor, occurrence_id, attendees)


def correct_count(uow: UnitOfWork, actor: Actor, occurrence_id: UUID, total: int) -> int:
    """Put the hand count of an occurrence right: ``total`` replaces what was counted so far.

    The counts stay; one correction row adds the difference (negative to count fewer), which
    is returned.
    """
    if isinstance(total, bool) or not 0 <= total <= MAX_ATTENDEES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Tel 0 tot {max} deelnemers."), max=MAX_ATTENDEES
        )
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        difference = total - _countable(tx, occurrence_id).counted
        if difference == 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "De telling staat al op {count}."), count=total
            )
        _add_count(tx, actor, occurrence_id, difference)
        return difference


def _countable(tx: Transaction, occurrence_id: UUID) -> OccurrenceInfo:
    """The occurrence to count for, refused when it does not exist or is called off."""
    found = _occurrences_where(tx.session, ActivityOccurrence.id == occurrence_id)
    if not found or found[0].cancelled:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Deze bijeenkomst bestaat niet of gaat niet door.")
        )
    return found[0]


def _add_count(tx: Transaction, actor: Actor, occurrence_id: UUID, attendees: int) -> None:
    tx.session.add(
        Attendance(
            centre_code=tx.centre_code(),
            created_at=tx.now,
            session_id=occurrence_id,
            attendees=attendees,
            recorded_by=actor.person_id,
        )
    )


def cancel_occurrence(uow: UnitOfWork, actor: Actor, occurrence_id: UUID) -> int:
    """A social manager cancels one occurrence; it stays in the programme, marked.

    In the same transaction the room booked for it is freed (room hire's own cancellation)
    and the strippenkaart stamps taken for it go back (as the manager undoes a stamp). Returns
    how many stamps went back.
    """
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        occurrence = tx.session.get(ActivityOccurrence, occurrence_id)
        if occurrence is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bijeenkomst bestaat niet."))
        if occurrence.cancelled:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bijeenkomst is al afgelast."))
        occurrence.cancelled = True
        _free_room(tx, manager, occurrence)
        returned = undo_session_stamps(tx, manager, occurrence.id, CANCEL_REASON)
        audit.record(
            tx.session,
            centre_code=occurrence.centre_code,
            actor=manager,
            action="activity.cancel",
            subject=str(occurrence.day),
            at=tx.now,
            after={"stamps_returned": returned} if returned else None,
        )
        return returned


def _free_room(tx: Transaction, manager: Person, occurrence: ActivityOccurrence) -> None:
    """Cancel the activity's own booking of its room on the occurrence's day, if it has one."""
    from desk_app.services.rooms.booking_changes import cancel_in  # noqa: PLC0415
    from desk_app.services.rooms.hire_rules import local_moment  # noqa: PLC0415

    day = occurrence.day
    bookings = tx.session.scalars(
        select(Booking).where(
            Booking.series_id == occurrence.activity_id,
            Booking.state != BookingState.CANCELLED,
            Booking.starts_at >= local_moment(day, time(0)),
            Booking.starts_at < local_moment(day + timedelta(days=1), time(0)),
        )
    ).all()
    for booking in bookings:
        cancel_in(tx, manager, booking)


def occurrences_held(session: Session, first: date, last: date) -> int:
    """Occurrences that took place in the period (not cancelled): the activity count."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(ActivityOccurrence)
            .where(ActivityOccurrence.day.between(first, last), ~ActivityOccurrence.cancelled)
        )
        or 0
    )


def room_choices(uow: UnitOfWork) -> list[tuple[UUID, str]]:
    """Active rooms an activity can take place in."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(Room.id, Room.name).where(Room.active).order_by(Room.name)
        ).all()
        return [(room_id, name) for room_id, name in rows]


def own_group_choices(uow: UnitOfWork) -> list[tuple[UUID, str]]:
    """The organisation's own target groups in force (from the office's releases)."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(OwnTargetGroup.id, OwnTargetGroup.name)
            .where(OwnTargetGroup.active)
            .order_by(OwnTargetGroup.name)
        ).all()
        return [(group_id, name) for group_id, name in rows]


def leader_choices(uow: UnitOfWork) -> list[tuple[UUID, str]]:
    """Active volunteers who can lead an activity."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(Person.id, Person.name).where(Person.active).order_by(Person.name)
        ).all()
        return [(person_id, name) for person_id, name in rows]
