"""Put a backup back as the live database: checked first, the current file kept aside.

Run with the app closed (``desk-app restore FILE``). The restored database gets a new
epoch, so the nightly sync never mistakes its re-used sequence numbers for rows it has.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID

from desk_app.db.backup import check_integrity
from desk_app.db.migrate import knows_revision
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.paths import DataFolder, create_private_file, create_private_folder

log = logging.getLogger(__name__)
# The database and the files SQLite keeps beside it: a write-ahead log or a rollback journal
# left there would be replayed into whichever database next has this name.
SIDE_FILES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the replaced database went, the new epoch, and whether the
    numbers used centrally were read (the address stored and the central database reached)."""

    kept_aside: Path | None
    epoch: UUID
    central_checked: bool = False


def put_backup_in_place(folder: DataFolder, source: Path, now: datetime) -> Path | None:
    """Make ``source`` the data folder's database; return where the replaced one was kept.

    Refuses a damaged or foreign file before touching anything. The caller opens the
    restored database (which upgrades it) and gives it a new epoch.
    """
    source = source.expanduser().resolve()
    if source == folder.database.resolve():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Kies een reservekopie, niet de database zelf.")
        )
    _check_restorable(source)
    partial = folder.root / "desk.sqlite3.restoring"
    create_private_folder(folder.root)
    _copy(source, partial)
    kept = _keep_aside(folder, now)
    partial.replace(folder.database)
    log.info("restored %s; previous database kept as %s", source, kept)
    return kept


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
