"""PINs and roles: who is at the desk, and whether they may do what they ask."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import overload
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.formatting import format_local
from desk_app.models import Person, Role
from desk_app.services.uow import CoreTransaction, Transaction, UnitOfWork

MAX_PIN_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=1)
PIN_PATTERN = re.compile(r"[0-9]{4,6}")
ROLE_RANK = {Role.RECEPTION: 0, Role.BAR: 1, Role.MANAGER: 2}

_hasher = PasswordHasher()


@dataclass(frozen=True)
class Actor:
    """The person at the desk, as proven by a PIN; services re-check the role in the database."""

    person_id: UUID
    name: str
    role: Role


def validate_pin(pin: str) -> str:
    """Accept 4 to 6 digits, nothing else."""
    if not PIN_PATTERN.fullmatch(pin):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een pincode bestaat uit 4 tot 6 cijfers."))
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """Argon2 hash of a validated PIN (a fixed salt only for the deterministic demo)."""
    return _hasher.hash(validate_pin(pin), salt=salt)


def role_allows(role: Role, needed: Role) -> bool:
    """A role includes the roles ranked below it."""
    return ROLE_RANK[role] >= ROLE_RANK[needed]


@dataclass(frozen=True)
class _Attempt:
    actor: Actor | None
    error: NotAllowed | None


def authenticate(uow: UnitOfWork, person_id: UUID, pin: str) -> Actor:
    """Check a PIN; after five wrong ones the account is locked for a minute."""
    validate_pin(pin)
    with uow.write() as tx:
        attempt = _try_pin(tx, person_id, pin)
    if attempt.error is not None:
        raise attempt.error
    assert attempt.actor is not None
    return attempt.actor


def _try_pin(tx: Transaction, person_id: UUID, pin: str) -> _Attempt:
    """Verify inside the transaction; a failure is returned (so its count commits), not raised."""
    now = tx.now
    person = tx.session.get(Person, person_id)
    if person is None or not person.active or person.pin_hash is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("Errors", "Deze persoon kan niet inloggen aan de balie.")
        )
    if person.locked_until is not None and person.locked_until > now:
        return _Attempt(None, _locked_error(person.locked_until))
    try:
        _hasher.verify(person.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return _Attempt(None, _count_failure(person, now))
    person.failed_pin_attempts = 0
    person.locked_until = None
    return _Attempt(Actor(person.id, person.name, person.role), None)


def _count_failure(person: Person, now: datetime) -> NotAllowed:
    person.failed_pin_attempts += 1
    left = MAX_PIN_ATTEMPTS - person.failed_pin_attempts
    if left > 0:
        return NotAllowed(
            QT_TRANSLATE_NOOP("Errors", "Onjuiste pincode. Nog {left} poging(en)."), left=left
        )
    person.failed_pin_attempts = 0
    person.locked_until = now + LOCKOUT
    return _locked_error(person.locked_until)


def _locked_error(until: datetime) -> NotAllowed:
    return NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Te vaak een onjuiste pincode. Probeer het na {time} opnieuw."),
        time=format_local(until, "HH:mm:ss"),
    )


@overload
def require_role(tx: Transaction, actor: Actor, needed: Role) -> Person: ...


@overload
def require_role(tx: CoreTransaction, actor: Actor, needed: Role) -> Person | None: ...


def require_role(tx: CoreTransaction, actor: Actor, needed: Role) -> Person | None:
    """Refuse unless the actor's current role in the database allows ``needed``.

    With a session the actor comes back as a row; on a bare Core transaction (the busiest
    paths) one light query checks, without loading the row.
    """
    if isinstance(tx, Transaction):
        person = tx.session.get(Person, actor.person_id)
        if person is None or not person.active or not role_allows(person.role, needed):
            raise _refusal(needed)
        return person
    row = tx.connection.execute(
        select(Person.role, Person.active).where(Person.id == actor.person_id)
    ).first()
    if row is None or not row.active or not role_allows(row.role, needed):
        raise _refusal(needed)
    return None


def _refusal(needed: Role) -> NotAllowed:
    return NotAllowed(QT_TRANSLATE_NOOP("Errors", "Alleen een {role} mag dit doen."), role=needed)
