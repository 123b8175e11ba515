"""Sign-ups for a session: places up to its capacity, then a waiting list that moves up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.formatting import to_local
from desk_app.models import Activity, ActivityOccurrence, Role, SignUp, VisitorPass
from desk_app.services import audit
from desk_app.services.activities.programme import check_capacity
from desk_app.services.auth import Actor, require_role
from desk_app.services.living_room.checkin import pass_code
from desk_app.services.people import clean_name
from desk_app.services.uow import Transaction, UnitOfWork


@dataclass(frozen=True)
class SignUpInfo:
    """One sign-up as the desk shows it: a name, or a pass (with its holder's name if given)."""

    signup_id: UUID
    position: int
    name: str
    pass_id: UUID | None
    pass_code: str | None
    phone: str | None
    came: bool


@dataclass(frozen=True)
class SignUpList:
    """A session's sign-ups: who has a place, who waits (in order), and the capacity."""

    session_id: UUID
    activity: str
    day: date
    capacity: int | None
    placed: tuple[SignUpInfo, ...]
    waiting: tuple[SignUpInfo, ...]


@dataclass(frozen=True)
class SignUpOutcome:
    """What a sign-up, cancellation or capacity change did; ``moved_up`` are to be called."""

    signups: SignUpList
    signed_up: SignUpInfo | None = None
    waiting: bool = False
    moved_up: tuple[SignUpInfo, ...] = ()


def signups(uow: UnitOfWork, actor: Actor, session_id: UUID) -> SignUpList:
    """The sign-up list and the waiting list of a session: names, for the desk's eyes only."""
    with uow.read() as tx:
        require_role(tx, actor, Role.RECEPTION)
        return signup_list(tx.session, session_id)


def sign_up_pass(uow: UnitOfWork, actor: Actor, session_id: UUID, raw: str) -> SignUpOutcome:
    """A visitor pass scanned or typed to sign its holder up; a full session puts it on the list."""
    code = pass_code(raw)
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        session = _open_session(tx, session_id)
        visitor_pass = tx.session.scalar(select(VisitorPass).where(VisitorPass.code == code))
        if visitor_pass is None or not visitor_pass.active:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Deze pas is niet bekend bij dit buurthuis.")
            )
        already = select(SignUp.id).where(
            SignUp.session_id == session.id,
            SignUp.pass_id == visitor_pass.id,
            SignUp.cancelled_at.is_(None),
        )
        if tx.session.scalar(already.limit(1)) is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Deze pas is al aangemeld voor deze bijeenkomst.")
            )
        return _add(tx, actor, session, pass_id=visitor_pass.id, name=None)


def sign_up_name(uow: UnitOfWork, actor: Actor, session_id: UUID, name: str) -> SignUpOutcome:
    """Someone signed up by name at the desk (or on the phone)."""
    cleaned = clean_name(name)
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        session = _open_session(tx, session_id)
        return _add(tx, actor, session, pass_id=None, name=cleaned)


def cancel_signup(uow: UnitOfWork, actor: Actor, signup_id: UUID) -> SignUpOutcome:
    """A sign-up withdrawn; the first on the waiting list takes the place and is named."""
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        signup = tx.session.get(SignUp, signup_id)
        if signup is None or signup.cancelled_at is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze aanmelding is al afgemeld."))
        before = signup_list(tx.session, signup.session_id)
        signup.cancelled_at = tx.now
        tx.session.flush()
        after = signup_list(tx.session, signup.session_id)
        return SignUpOutcome(after, moved_up=_moved_up(before, after))


def set_capacity(uow: UnitOfWork, actor: Actor, session_id: UUID, capacity: int) -> SignUpOutcome:
    """The social manager sets the places of a session; more places move the waiting list up."""
    check_capacity(capacity)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        session = _open_session(tx, session_id)
        before = signup_list(tx.session, session.id)
        if capacity < len(before.placed):
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "Errors", "Er hebben al {count} mensen een plaats; meld eerst iemand af."
                ),
                count=len(before.placed),
            )
        audit.record(
            tx.session,
            centre_code=session.centre_code,
            actor=manager,
            action="activity.capacity",
            subject=str(session.day),
            at=tx.now,
            before={"capacity": session.capacity},
            after={"capacity": capacity},
        )
        session.capacity = capacity
        tx.session.flush()
        after = signup_list(tx.session, session.id)
        return SignUpOutcome(after, moved_up=_moved_up(before, after))


def mark_came(uow: UnitOfWork, actor: Actor, signup_id: UUID) -> SignUpList:
    """A signed-up visitor came: ticked off on the list at the door."""
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        signup = tx.session.get(SignUp, signup_id)
        if signup is None or signup.cancelled_at is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze aanmelding is al afgemeld."))
        if signup.came_at is None:
            signup.came_at = tx.now
        tx.session.flush()
        return signup_list(tx.session, signup.session_id)


def _open_session(tx: Transaction, session_id: UUID) -> ActivityOccurrence:
    session = tx.session.get(ActivityOccurrence, session_id)
    if session is None or session.cancelled:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Deze bijeenkomst bestaat niet of gaat niet door.")
        )
    if session.day < to_local(tx.now).date():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bijeenkomst is al geweest."))
    return session


def _add(
    tx: Transaction,
    actor: Actor,
    session: ActivityOccurrence,
    *,
    pass_id: UUID | None,
    name: str | None,
) -> SignUpOutcome:
    last = tx.session.scalar(
        select(func.max(SignUp.position)).where(SignUp.session_id == session.id)
    )
    signup = SignUp(
        centre_code=tx.centre_code(),
        created_at=tx.now,
        session_id=session.id,
        position=(last or 0) + 1,
        pass_id=pass_id,
        name=name,
        by_id=actor.person_id,
    )
    tx.session.add(signup)
    tx.session.flush()
    after = signup_list(tx.session, session.id)
    mine = next(s for s in after.placed + after.waiting if s.signup_id == signup.id)
    return SignUpOutcome(after, signed_up=mine, waiting=mine in after.waiting)


def signup_list(session: Session, session_id: UUID) -> SignUpList:
    """The sign-ups inside the caller's transaction: the first ``capacity`` have a place."""
    found = session.execute(
        select(ActivityOccurrence, Activity.name)
        .join(Activity, Activity.id == ActivityOccurrence.activity_id)
        .where(ActivityOccurrence.id == session_id)
    ).first()
    if found is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bijeenkomst bestaat niet."))
    occurrence, activity = found
    rows = session.execute(
        select(SignUp, VisitorPass.code, VisitorPass.holder_name, VisitorPass.holder_phone)
        .outerjoin(VisitorPass, VisitorPass.id == SignUp.pass_id)
        .where(SignUp.session_id == session_id, SignUp.cancelled_at.is_(None))
        .order_by(SignUp.position)
    ).all()
    infos = [
        SignUpInfo(
            s.id, s.position, s.name or holder or "", s.pass_id, code, phone, s.came_at is not None
        )
        for s, code, holder, phone in rows
    ]
    cut = len(infos) if occurrence.capacity is None else occurrence.capacity
    return SignUpList(
        occurrence.id,
        activity,
        occurrence.day,
        occurrence.capacity,
        tuple(infos[:cut]),
        tuple(infos[cut:]),
    )


def _moved_up(before: SignUpList, after: SignUpList) -> tuple[SignUpInfo, ...]:
    waited = {s.signup_id for s in before.waiting}
    return tuple(s for s in after.placed if s.signup_id in waited)


def forget_names_before(session: Session, day: date) -> int:
    """Erase the names signed up for sessions before ``day`` (the retention of personal data)."""
    old = select(ActivityOccurrence.id).where(ActivityOccurrence.day < day)
    erased = session.execute(
        update(SignUp)
        .where(SignUp.name.is_not(None), SignUp.session_id.in_(old))
        .values(name=None)
        .execution_options(synchronize_session=False)
    )
    return int(erased.rowcount or 0)  # type: ignore[attr-defined]
