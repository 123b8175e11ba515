"""Put a backup back as the live database: checked first, signed, the current file kept aside.

Run with the app closed (``desk-app restore FILE``). A social manager signs it with her PIN
(``sign_restore``). The restored database gets a new epoch, so the nightly sync never
mistakes its re-used sequence numbers for rows it has.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from uuid import UUID

from desk_app.db.backup import check_integrity
from desk_app.db.migrate import knows_revision
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.models import Role
from desk_app.paths import DataFolder, create_private_file, create_private_folder
from desk_app.services.auth import authenticate, log_out, managers_who_can_log_in, require_role
from desk_app.services.restore_since import DoneAgain, Signer
from desk_app.services.uow import UnitOfWork

log = logging.getLogger(__name__)
# The database and the files SQLite keeps beside it: a write-ahead log or a rollback journal
# left there would be replayed into whichever database next has this name.
SIDE_FILES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the replaced database went, the new epoch, whether the
    numbers used centrally were read (the address stored and the central database reached),
    and what was done again that the backup had undone (``since``)."""

    kept_aside: Path | None
    epoch: UUID
    central_checked: bool = False
    since: DoneAgain | None = None


def stage_backup(folder: DataFolder, source: Path) -> Path:
    """Check ``source`` and copy it beside the database, where nothing uses it yet.

    Refuses a damaged or foreign file before anything is made. The copy is what the
    restore signs in against when the database in use cannot be, and what it puts in place.
    """
    source = source.expanduser().resolve()
    if source == folder.database.resolve():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Kies een reservekopie, niet de database zelf.")
        )
    _check_restorable(source)
    staged = folder.root / "desk.sqlite3.restoring"
    create_private_folder(folder.root)
    _copy(source, staged)
    return staged


def swap_in(folder: DataFolder, staged: Path, now: datetime) -> Path | None:
    """Put the staged copy in place; the replaced database (if any) goes aside, unchanged."""
    kept = _keep_aside(folder, now)
    staged.replace(folder.database)
    log.info("restored a backup; previous database kept as %s", kept)
    return kept


@dataclass(frozen=True)
class ManagerPin:
    """Who signs a restore, and the PIN she typed (checked by ``sign_restore``)."""

    person_id: UUID
    pin: str = field(repr=False)


# Asked for the manager and her PIN, given the database to sign in against and whether that
# is the backup's copy (the database in use has no manager who can log in, or is damaged).
SignIn = Callable[[UnitOfWork, bool], ManagerPin]


def sign_restore(uow: UnitOfWork, sign_in: SignIn, *, in_backup: bool) -> Signer:
    """A social manager signs the restore with her PIN; wrong PINs count as at the desk."""
    given = sign_in(uow, in_backup)
    actor = authenticate(uow, given.person_id, given.pin)
    try:
        with uow.read() as tx:
            require_role(tx, actor, Role.MANAGER)
    finally:
        log_out(uow, actor)
    return Signer(actor.person_id, actor.name, given.pin, in_backup)


def can_sign(uow: UnitOfWork) -> bool:
    """Whether a social manager can log in to this database (else the backup's sign)."""
    with uow.read() as tx:
        return bool(managers_who_can_log_in(tx.session))


def discard_staged(staged: Path) -> None:
    """Remove what is left of a staged copy (nothing once it is in place), side files too."""
    for suffix in SIDE_FILES:
        Path(f"{staged}{suffix}").unlink(missing_ok=True)


def in_use_and_sound(folder: DataFolder) -> bool:
    """Whether the data folder holds a database that passes SQLite's integrity check."""
    return folder.database.is_file() and not check_integrity(folder.database)


def _check_restorable(source: Path) -> None:
    """Integrity first, then: is it a desk database of a version this app knows?"""
    if problems := check_integrity(source):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Het bestand {file} is beschadigd en wordt niet teruggezet ({problem})."
            ),
            file=str(source),
            problem=problems[0],
        )
    revision = _schema_revision(source)
    if revision is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het bestand {file} is geen reservekopie van de balie."),
            file=str(source),
        )
    if not knows_revision(revision):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De reservekopie {file} komt van een nieuwere versie van de app. "
                "Werk de app eerst bij.",
            ),
            file=str(source),
        )


def _schema_revision(source: Path) -> str | None:
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            row = None
    connection.close()
    return None if row is None else str(row[0])


def _copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (the source may have a WAL beside it)."""
    target.unlink(missing_ok=True)
    create_private_file(target)
    with (
        sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reader,
        sqlite3.connect(target) as writer,
    ):
        reader.backup(writer)
    reader.close()
    writer.close()


def _keep_aside(folder: DataFolder, now: datetime) -> Path | None:
    """Move the current database and its side files together, unchanged, into ``replaced/``.

    Side files go even when the database itself is gone (removed by hand, lost with a
    disk): SQLite would otherwise read a stray write-ahead log into the restored file.
    ``None`` when there was no database to keep.
    """
    present = [suffix for suffix in SIDE_FILES if Path(f"{folder.database}{suffix}").exists()]
    if not present:
        return None
    aside = create_private_folder(folder.replaced)
    kept = aside / f"desk-before-restore-{to_local(now):%Y%m%d-%H%M%S}.sqlite3"
    for suffix in present:
        Path(f"{folder.database}{suffix}").replace(Path(f"{kept}{suffix}"))
    return kept if "" in present else None
