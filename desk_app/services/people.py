"""Accounts at the desk: who may log in, with which role; every change is audited."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.models import Person, Role
from desk_app.services import audit
from desk_app.services.auth import (
    Actor,
    managers_who_can_log_in,
    require_issued,
    require_role,
    set_void_pins,
    void_pins,
)
from desk_app.services.pin_hashing import hash_pin, require_pin_for_role
from desk_app.services.uow import Transaction, UnitOfWork

MAX_NAME_LENGTH = 120


@dataclass(frozen=True)
class Account:
    """A person who can log in at the desk, as lists and dialogs show them."""

    person_id: UUID
    name: str
    role: Role
    active: bool
    locked_until: datetime | None


def clean_name(name: str) -> str:
    """A person's or centre's name: trimmed, not empty, not absurdly long, no control characters."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Vul een naam in."))
    if len(cleaned) > MAX_NAME_LENGTH or not cleaned.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een naam mag hoogstens {max} leesbare tekens hebben."),
            max=MAX_NAME_LENGTH,
        )
    return cleaned


def desk_accounts(uow: UnitOfWork, *, include_inactive: bool = False) -> list[Account]:
    """Everyone with a PIN, by name: the "who is at the desk" list."""
    query = select(Person).where(Person.pin_hash.is_not(None)).order_by(Person.name)
    if not include_inactive:
        query = query.where(Person.active.is_(True))
    with uow.read() as tx:
        return [_account(person) for person in tx.session.scalars(query)]


def _account(person: Person) -> Account:
    return Account(person.id, person.name, person.role, person.active, person.locked_until)


def create_account(uow: UnitOfWork, actor: Actor, *, name: str, role: Role, pin: str) -> Account:
    """A social manager adds a person who can log in (a manager's PIN has six digits)."""
    name = clean_name(name)
    pin_hash = hash_pin(pin)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        require_pin_for_role(pin, role)
        person = Person(
            centre_code=tx.centre_code(),
            name=name,
            role=role,
            pin_hash=pin_hash,
            created_at=tx.now,
        )
        tx.session.add(person)
        tx.session.flush()
        _audit(
            tx,
            manager=manager,
            action="account.create",
            person=person,
            before=None,
            after=_snapshot(person),
        )
        return _account(person)


def change_role(uow: UnitOfWork, actor: Actor, person_id: UUID, role: Role) -> Account:
    """A social manager gives a person another role."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = _person(tx.session, person_id)
        before = _snapshot(person)
        person.role = role
        if role is not Role.MANAGER:
            _require_a_manager_left(tx.session)
        _audit(
            tx,
            manager=manager,
            action="account.role",
            person=person,
            before=before,
            after=_snapshot(person),
        )
        return _account(person)


def reset_pin(uow: UnitOfWork, actor: Actor, person_id: UUID, pin: str) -> None:
    """A social manager sets a new PIN for someone (the PIN itself is never logged)."""
    pin_hash = hash_pin(pin)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = _person(tx.session, person_id)
        require_pin_for_role(pin, person.role)
        person.pin_hash = pin_hash
        person.failed_pin_attempts = 0
        person.locked_until = None
        if person.id in (void := void_pins(tx.session)):  # the new PIN counts again
            set_void_pins(tx.session, void - {person.id})
        _audit(
            tx,
            manager=manager,
            action="account.pin_reset",
            person=person,
            before=None,
            after=None,
        )


def unlock(uow: UnitOfWork, actor: Actor, person_id: UUID) -> None:
    """A social manager lifts a PIN lock-out early; the next wrong PINs start a new series."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = _person(tx.session, person_id)
        before = {"locked_until": person.locked_until}
        person.failed_pin_attempts = 0
        person.locked_until = None
        _audit(
            tx,
            manager=manager,
            action="account.unlock",
            person=person,
            before=before,
            after={"locked_until": None},
        )


def choose_own_pin(uow: UnitOfWork, actor: Actor, pin: str) -> Actor:
    """The person logged in sets their own new PIN: how a manager with a short one goes on.

    Accepted from a session still owing the new PIN; afterwards that session counts in full.
    """
    pin_hash = hash_pin(pin)
    with uow.write() as tx:
        require_issued(tx, actor, pending_ok=True)
        person = _person(tx.session, actor.person_id)
        require_pin_for_role(pin, person.role)
        person.pin_hash = pin_hash
        _audit(tx, manager=person, action="account.own_pin", person=person, before=None, after=None)
    uow.logins.settle(actor.ticket, actor.person_id)
    return replace(actor, needs_new_pin=False)


def set_active(uow: UnitOfWork, actor: Actor, person_id: UUID, active: bool) -> Account:
    """A social manager switches an account off (nothing is deleted) or on again."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = _person(tx.session, person_id)
        if person.id == manager.id and not active:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "U kunt uw eigen account niet uitschakelen.")
            )
        before = _snapshot(person)
        person.active = active
        if not active:
            _require_a_manager_left(tx.session)
        _audit(
            tx,
            manager=manager,
            action="account.active",
            person=person,
            before=before,
            after=_snapshot(person),
        )
        return _account(person)


def _require_a_manager_left(session: Session) -> None:
    """Refuse a change after which no active social manager can log in with a PIN.

    Without one nobody closes a day, manages accounts or approves a reversal, and a
    set-up folder cannot be recovered or set up again: the desk would be stuck.
    """
    session.flush()
    if not managers_who_can_log_in(session):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Dan kan geen enkele sociaal beheerder meer inloggen. Geef eerst iemand "
                "anders de rol sociaal beheerder.",
            )
        )


def _person(session: Session, person_id: UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
    return person


def _snapshot(person: Person) -> dict[str, object]:
    return {"name": person.name, "role": person.role.value, "active": person.active}


def _audit(
    tx: Transaction,
    *,
    manager: Person,
    action: str,
    person: Person,
    before: object,
    after: object,
) -> None:
    audit.record(
        tx.session,
        centre_code=tx.centre_code(),
        actor=manager,
        action=action,
        subject=person.name,
        at=tx.now,
        before=before,
        after=after,
    )
