"""PINs and roles: who is at the desk, and whether they may do what they ask.

An :class:`Actor` is issued by the PIN login (``authenticate``) with a ticket the unit of
work's login sessions hold; ``require_role`` refuses any other, however it names itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import overload
from uuid import UUID

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from desk_app.db.prepared import Prepared
from desk_app.errors import QT_TRANSLATE_NOOP, NotAllowed
from desk_app.formatting import format_local
from desk_app.models import Person, Role
from desk_app.services.pin_hashing import (
    MANAGER_PIN_LENGTH,
    hash_pin,
    needs_rehash,
    pin_matches,
    pin_too_short,
    validate_pin,
)
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.uow import CoreTransaction, Transaction, UnitOfWork

MAX_PIN_ATTEMPTS = 5
# One series of wrong PINs locks for the first step, the next series for the second, ...;
# past the last step every series locks for an hour. A right PIN starts again at the first.
LOCKOUT_STEPS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(minutes=60),
)
ROLE_RANK = {Role.RECEPTION: 0, Role.BAR: 1, Role.MANAGER: 2}
# The people whose PIN in this database no longer counts: a restore brought back a PIN that
# was reset or changed after the backup was taken. A manager's new PIN (``reset_pin``) ends it.
VOID_PINS_KEY = "void_pins"


@dataclass(frozen=True)
class Actor:
    """The person at the desk, as proven by a PIN; services re-check the role in the database.

    ``ticket`` is the login session that issued it; ``needs_new_pin`` says the person (a
    social manager with a short PIN) must choose a new PIN before the session counts.
    """

    person_id: UUID
    name: str
    role: Role
    ticket: str | None = field(default=None, compare=False, repr=False)
    needs_new_pin: bool = field(default=False, compare=False)


def role_allows(role: Role, needed: Role) -> bool:
    """A role includes the roles ranked below it."""
    return ROLE_RANK[role] >= ROLE_RANK[needed]


def lockout_for(failures: int) -> timedelta | None:
    """How long ``failures`` wrong PINs in a row lock an account: at each full series, longer."""
    if failures == 0 or failures % MAX_PIN_ATTEMPTS:
        return None
    series = failures // MAX_PIN_ATTEMPTS
    return LOCKOUT_STEPS[min(series, len(LOCKOUT_STEPS)) - 1]


def authenticate(uow: UnitOfWork, person_id: UUID, pin: str) -> Actor:
    """Log a person in with their PIN: the one way an :class:`Actor` is issued.

    Wrong PINs lock the account for longer and longer (``LOCKOUT_STEPS``). A social
    manager whose PIN is shorter than six digits gets a pending session: she must choose
    a new PIN (``people.choose_own_pin``) before any service accepts her.
    """
    person = check_pin(uow, person_id, pin)
    needs_new_pin = pin_too_short(pin, person.role)
    ticket = uow.logins.issue(person.person_id, needs_new_pin=needs_new_pin)
    return replace(person, ticket=ticket, needs_new_pin=needs_new_pin)


def check_pin(uow: UnitOfWork, person_id: UUID, pin: str) -> Actor:
    """Check a PIN, counting a wrong one against the person, without starting a session.

    The returned value carries no ticket: services refuse it; it only names who typed.
    """
    verdict = _judge(uow, person_id, pin)
    with uow.write() as tx:
        person = _login_person(tx, person_id)
        error = _locked(person, tx.now) or _verify(person, verdict, tx.now)
        proven = Actor(person.id, person.name, person.role)
    if error is not None:
        raise error
    return proven


def approve_with_pin(uow: UnitOfWork, at_desk: Actor, approver_id: UUID, pin: str) -> Actor:
    """A second person approves at the desk with their PIN (a manager, for a reversal).

    A wrong PIN counts against the approver and against the person at the desk who typed
    it, so guessing a manager's PIN at the till locks the guesser out too. The approver's
    session is one-off: end it (``log_out``) when the approved action is done.
    """
    verdict = _judge(uow, approver_id, pin)
    with uow.write() as tx:
        require_issued(tx, at_desk)
        typist = _login_person(tx, at_desk.person_id)
        approver = _login_person(tx, approver_id)
        error = _locked(typist, tx.now) or _locked(approver, tx.now)
        if error is None:
            error = _verify(approver, verdict, tx.now)
            if error is not None and typist.id != approver.id:
                error = _count_typist_failure(typist, tx.now, error)
            elif error is None and pin_too_short(pin, approver.role):
                error = _new_pin_owed()
        proven = Actor(approver.id, approver.name, approver.role)
    if error is not None:
        raise error
    return replace(proven, ticket=uow.logins.issue(proven.person_id))


def _count_typist_failure(typist: Person, now: datetime, error: NotAllowed) -> NotAllowed:
    """Count a wrong approval PIN against the typist too; their lock-out, once reached, wins."""
    typist_error = _count_failure(typist, now)
    return typist_error if _locked(typist, now) is not None else error


def log_out(uow: UnitOfWork, actor: Actor) -> None:
    """End the actor's session: its ticket is no longer accepted."""
    uow.logins.forget(actor.ticket)


@contextmanager
def approval(uow: UnitOfWork, at_desk: Actor, approver_id: UUID, pin: str) -> Iterator[Actor]:
    """The approver's one-off session (:func:`approve_with_pin`) for one approved action."""
    approver = approve_with_pin(uow, at_desk, approver_id, pin)
    try:
        yield approver
    finally:
        log_out(uow, approver)


def _login_person(tx: Transaction, person_id: UUID) -> Person:
    person = tx.session.get(Person, person_id)
    if person is None or not person.active or person.pin_hash is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("Errors", "Deze persoon kan niet inloggen aan de balie.")
        )
    if person.id in void_pins(tx.session):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Uw pincode geldt niet meer: er is een reservekopie teruggezet. "
                "Vraag een sociaal beheerder om een nieuwe pincode.",
            )
        )
    return person


def void_pins(session: Session) -> frozenset[UUID]:
    """The people whose PIN here no longer counts (see ``VOID_PINS_KEY``)."""
    return frozenset(UUID(text) for text in read_setting(session, VOID_PINS_KEY, []))


def managers_who_can_log_in(session: Session) -> frozenset[UUID]:
    """Active social managers with a PIN that still counts: without one, the desk is stuck."""
    managers = select(Person.id).where(
        Person.role == Role.MANAGER, Person.active.is_(True), Person.pin_hash.is_not(None)
    )
    return frozenset(session.scalars(managers)) - void_pins(session)


def set_void_pins(session: Session, person_ids: frozenset[UUID]) -> None:
    """Store whose PIN no longer counts, in the caller's transaction."""
    write_setting(session, VOID_PINS_KEY, sorted(str(person_id) for person_id in person_ids))


def _locked(person: Person, now: datetime) -> NotAllowed | None:
    if person.locked_until is not None and person.locked_until > now:
        return _locked_error(person.locked_until)
    return None


@dataclass(frozen=True)
class _Verdict:
    """A PIN checked against the hash stored when the check began."""

    stored: str
    matches: bool
    fresh: str | None  # the PIN hashed with today's costs, when the stored ones are old


def _judge(uow: UnitOfWork, person_id: UUID, pin: str) -> _Verdict:
    """Run argon2 outside the write transaction: a quarter second must not hold the writer."""
    validate_pin(pin)
    with uow.read() as tx:
        stored = _login_person(tx, person_id).pin_hash
    assert stored is not None
    matches = pin_matches(stored, pin)
    return _Verdict(stored, matches, hash_pin(pin) if matches and needs_rehash(stored) else None)


def _verify(person: Person, verdict: _Verdict, now: datetime) -> NotAllowed | None:
    """Record the verdict; a failure is returned (so its count commits), not raised.

    A PIN that matched a hash replaced meanwhile (a reset) counts as wrong.
    """
    if not verdict.matches or person.pin_hash != verdict.stored:
        return _count_failure(person, now)
    person.failed_pin_attempts = 0
    person.locked_until = None
    if verdict.fresh is not None:
        person.pin_hash = verdict.fresh
    return None


def _count_failure(person: Person, now: datetime) -> NotAllowed:
    person.failed_pin_attempts += 1
    lockout = lockout_for(person.failed_pin_attempts)
    if lockout is None:
        left = MAX_PIN_ATTEMPTS - person.failed_pin_attempts % MAX_PIN_ATTEMPTS
        return NotAllowed(
            QT_TRANSLATE_NOOP("Errors", "Onjuiste pincode. Nog {left} poging(en)."), left=left
        )
    person.locked_until = now + lockout
    return _locked_error(person.locked_until)


def _locked_error(until: datetime) -> NotAllowed:
    return NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Te vaak een onjuiste pincode. Probeer het na {time} opnieuw."),
        time=format_local(until, "HH:mm:ss"),
    )


def require_issued(tx: CoreTransaction, actor: Actor, *, pending_ok: bool = False) -> None:
    """Refuse an actor that no PIN login issued (or whose session has ended).

    A session still owing a new PIN passes only with ``pending_ok`` (choosing that PIN).
    """
    if tx.logins.holds(actor.ticket, actor.person_id):
        return
    if tx.logins.pending(actor.ticket, actor.person_id):
        if pending_ok:
            return
        raise _new_pin_owed()
    raise _not_logged_in()


def _new_pin_owed() -> NotAllowed:
    return NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Kies eerst een nieuwe pincode van minstens {digits} cijfers."),
        digits=MANAGER_PIN_LENGTH,
    )


def _not_logged_in() -> NotAllowed:
    return NotAllowed(QT_TRANSLATE_NOOP("Errors", "Log eerst in met uw pincode."))


@overload
def require_role(tx: Transaction, actor: Actor, needed: Role) -> Person: ...


@overload
def require_role(tx: CoreTransaction, actor: Actor, needed: Role) -> Person | None: ...


def require_role(tx: CoreTransaction, actor: Actor, needed: Role) -> Person | None:
    """Refuse unless a PIN login issued the actor and their role in the database allows ``needed``.

    With a session the actor comes back as a row; on a bare Core transaction (the busiest
    paths) one light query checks, without loading the row.
    """
    require_issued(tx, actor)
    if isinstance(tx, Transaction):
        person = tx.session.get(Person, actor.person_id)
        if person is None or not person.active or not role_allows(person.role, needed):
            raise _refusal(needed)
        return person
    row = _ROLE.first(tx.connection, {"person_id": actor.person_id})
    if row is None or not row.active or not role_allows(row.role, needed):
        raise _refusal(needed)
    return None


@dataclass(frozen=True)
class Acting:
    """The person behind an actor, as the role check read them: their key and name."""

    id: UUID
    name: str


def require_acting(tx: CoreTransaction, actor: Actor, needed: Role) -> Acting:
    """``require_role`` in one Core query that loads no ORM row: for the till's busiest path."""
    require_issued(tx, actor)
    row = _ACTING.first(tx.connection, {"person_id": actor.person_id})
    if row is None or not row.active or not role_allows(row.role, needed):
        raise _refusal(needed)
    return Acting(actor.person_id, row.name)


# Built once and run on the short path: each busy write checks the role again.
_ACTING = Prepared(
    select(Person.name, Person.role, Person.active).where(Person.id == bindparam("person_id"))
)
_ROLE = Prepared(select(Person.role, Person.active).where(Person.id == bindparam("person_id")))


def _refusal(needed: Role) -> NotAllowed:
    return NotAllowed(QT_TRANSLATE_NOOP("Errors", "Alleen een {role} mag dit doen."), role=needed)
