"""What a restore must not undo: erasures and new PINs made after the backup was taken.

Visitors' names and phones, the names signed up for activities and PIN hashes never leave
the PC, so the sync cannot bring their changes back after a restore: an erased name would
return, and a PIN reset because it leaked would work again. The restore reads them from
the replaced database before it is moved aside, and does them again in the restored one.
It only ever takes away (a name erased, an old PIN no longer accepted): nothing is copied
from the replaced file, which may be why it is being replaced.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app.models import AuditEntry, Centre, Person, Role, SignUp, VisitorPass
from desk_app.services.auth import managers_who_can_log_in, set_void_pins, void_pins
from desk_app.services.pin_hashing import hash_pin
from desk_app.services.uow import Transaction, UnitOfWork

# Each query runs on the replaced database with the backup attached as ``backup``: the rows
# of the backup with personal data (or a PIN) that the replaced database has without.
_ERASED_PASSES = (
    "SELECT now.id FROM main.visitor_pass AS now JOIN backup.visitor_pass AS was "
    "ON was.id = now.id WHERE (was.holder_name IS NOT NULL OR was.holder_phone IS NOT NULL) "
    "AND now.holder_name IS NULL AND now.holder_phone IS NULL"
)
_ERASED_SIGNUPS = (
    "SELECT now.id FROM main.activity_signup AS now JOIN backup.activity_signup AS was "
    "ON was.id = now.id WHERE was.name IS NOT NULL AND now.name IS NULL"
)
_NEW_PINS = (
    "SELECT now.id FROM main.person AS now JOIN backup.person AS was ON was.id = now.id "
    "WHERE was.pin_hash IS NOT NULL AND now.pin_hash IS NOT was.pin_hash"
)


@dataclass(frozen=True)
class SinceBackup:
    """Rows (by key) the replaced database erased or gave a new PIN after the backup."""

    erased_passes: frozenset[UUID] = frozenset()
    erased_signups: frozenset[UUID] = frozenset()
    new_pins: frozenset[UUID] = frozenset()
    read: bool = True  # False: the replaced database was there but could not be read


@dataclass(frozen=True)
class Signer:
    """The social manager who signed the restore; ``in_backup``: with the backup's PIN."""

    person_id: UUID
    name: str
    pin: str = field(repr=False)
    in_backup: bool = False


@dataclass(frozen=True)
class DoneAgain:
    """What the restore did again in the restored database, for the report after it."""

    erased_passes: int = 0
    erased_signups: int = 0
    void_pins: tuple[str, ...] = ()  # names: their PIN here no longer counts
    old_pins_kept: tuple[str, ...] = ()  # managers whose old PIN counts, or none could log in
    read: bool = True


def since_backup(replaced: Path, backup: Path) -> SinceBackup:
    """Read from the replaced database what it erased or re-PINned after ``backup``."""
    try:
        with sqlite3.connect(f"file:{replaced}?mode=ro", uri=True) as connection:
            connection.execute("ATTACH DATABASE ? AS backup", (f"file:{backup}?mode=ro",))
            found = SinceBackup(
                _keys(connection, _ERASED_PASSES),
                _keys(connection, _ERASED_SIGNUPS),
                _keys(connection, _NEW_PINS),
            )
        connection.close()
    except sqlite3.DatabaseError:
        return SinceBackup(read=False)
    return found


def _keys(connection: sqlite3.Connection, query: str) -> frozenset[UUID]:
    try:
        return frozenset(UUID(str(key)) for (key,) in connection.execute(query))
    except sqlite3.OperationalError:  # an older backup without this table: nothing to do
        return frozenset()


def do_again(
    uow: UnitOfWork,
    since: SinceBackup,
    signer: Signer | None,
    *,
    backup: Path,
    replaced: Path | None,
) -> DoneAgain:
    """Erase again, void the PINs changed since, and audit the restore: one transaction.

    The manager who signed with her current PIN keeps it (she just proved it); a manager's
    old PIN stays valid only where voiding it would leave no manager who can log in.
    """
    own = signer.person_id if signer is not None else None
    own_pin = hash_pin(signer.pin) if signer is not None and own in since.new_pins else None
    with uow.write() as tx:
        passes = _erase_passes(tx.session, since.erased_passes)
        signups = _erase_signups(tx.session, since.erased_signups)
        if own_pin is not None and (person := tx.session.get(Person, own)):
            person.pin_hash = own_pin
        voided, kept = _void(tx.session, since.new_pins - {own})
        done = DoneAgain(passes, signups, voided, kept, since.read)
        _audit(tx, signer, done, backup=backup, replaced=replaced)
    return done


def _erase_passes(session: Session, keys: frozenset[UUID]) -> int:
    erased = 0
    for visitor_pass in session.scalars(select(VisitorPass).where(VisitorPass.id.in_(keys))):
        if visitor_pass.holder_name is not None or visitor_pass.holder_phone is not None:
            visitor_pass.holder_name = visitor_pass.holder_phone = None
            visitor_pass.consent_at = None
            erased += 1
    return erased


def _erase_signups(session: Session, keys: frozenset[UUID]) -> int:
    erased = session.execute(
        update(SignUp)
        .where(SignUp.id.in_(keys), SignUp.name.is_not(None))
        .values(name=None)
        .execution_options(synchronize_session=False)
    )
    return int(erased.rowcount or 0)  # type: ignore[attr-defined]


def _void(session: Session, keys: frozenset[UUID]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Void the PINs of ``keys`` here; return the names voided and the managers' kept."""
    people = list(session.scalars(select(Person).where(Person.id.in_(keys))))
    left = managers_who_can_log_in(session) - keys
    kept = [] if left else [p for p in people if p.role is Role.MANAGER and p.active]
    voided = [person for person in people if person not in kept]
    if voided:
        set_void_pins(session, void_pins(session) | {person.id for person in voided})
    return tuple(sorted(p.name for p in voided)), tuple(sorted(p.name for p in kept))


def _audit(
    tx: Transaction, signer: Signer | None, done: DoneAgain, *, backup: Path, replaced: Path | None
) -> None:
    """Audited in the restored database, so the entry survives; named by the signer.

    Written as a row, not through ``audit.record``: the signer may have no row here (an
    account made after the backup).
    """
    centre_code = tx.session.scalar(select(Centre.code).limit(1))
    if centre_code is None:  # a backup of a desk never set up: nothing to audit it in
        return
    tx.session.add(
        AuditEntry(
            centre_code=centre_code,
            created_at=tx.now,
            actor_id=signer.person_id if signer else None,
            actor_name=signer.name if signer else "systeem",
            action="backup.restore",
            subject=backup.name,
            before_json=_json({"replaced": str(replaced) if replaced else None}),
            after_json=_json(
                {
                    "backup": str(backup),
                    "signed_with_backup_pin": signer.in_backup if signer else None,
                    "erased_passes": done.erased_passes,
                    "erased_signups": done.erased_signups,
                    "void_pins": list(done.void_pins),
                    "old_pins_kept": list(done.old_pins_kept),
                    "replaced_read": done.read,
                }
            ),
        )
    )


def _json(value: object) -> str:
    return json.dumps(value, default=str, sort_keys=True)
