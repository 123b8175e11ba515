"""Consistent copies of the live database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desk_app.db.engine import Database
from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.paths import create_private_file, create_private_folder


def backup_database(database: Database, target: Path) -> Path:
    """Copy the database to ``target`` while it stays in use; never a plain file copy."""
    create_private_folder(target.parent)
    partial = target.with_suffix(target.suffix + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    raw = database.reader.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with sqlite3.connect(partial) as destination:
            source.backup(destination)
            # A copy is a single file: no WAL beside it on a USB stick, none left on reading it.
            destination.execute("PRAGMA journal_mode=DELETE")
        destination.close()
    finally:
        raw.close()
    partial.replace(target)
    return target


def require_file(path: Path) -> None:
    """Refuse a database file that is not there, before anything is made for it."""
    if not path.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Het bestand {file} bestaat niet."), file=str(path)
        )


def check_integrity(path: Path) -> list[str]:
    """Run SQLite's integrity check on a file; an empty list means it is sound."""
    require_file(path)
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    problems = [row[0] for row in rows]
    return [] if problems == ["ok"] else problems
