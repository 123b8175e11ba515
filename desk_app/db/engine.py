"""Open the local SQLite file: one writing connection, durable pragmas, readers beside it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.paths import create_private_file, create_private_folder

BUSY_TIMEOUT_MS = 10_000
DURABLE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


@dataclass
class Database:
    """The two engines over one file: ``writer`` holds the single writing connection."""

    path: Path
    writer: Engine
    reader: Engine

    def dispose(self) -> None:
        """Close every pooled connection (before a restore, or at exit)."""
        self.writer.dispose()
        self.reader.dispose()


def _make_engine(path: Path, *, pool_size: int, writer: bool) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=BUSY_TIMEOUT_MS / 1000,
        connect_args={"check_same_thread": False, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in DURABLE_PRAGMAS:
            cursor.execute(pragma)
        if not writer:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    begin = "BEGIN IMMEDIATE" if writer else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock at BEGIN, so a transaction never fails half-way on it.
        # Straight on the driver: every transaction begins, and SQLAlchemy's execution around
        # this one fixed statement cost more than SQLite's work on it.
        driver = connection.connection.driver_connection
        assert driver is not None
        try:
            driver.execute(begin)
        except sqlite3.Error as error:
            raise DBAPIError.instance(begin, (), error, sqlite3.Error) from error

    return engine


def data_version(connection: Connection) -> tuple[int, int]:
    """SQLite's count of commits by other connections, with this connection's identity.

    The pair changes when another process commits (or the connection is replaced), never on
    this connection's own commits: a value kept across transactions checks itself with it.
    """
    raw = connection.connection.driver_connection
    assert raw is not None
    (version,) = raw.execute("PRAGMA data_version").fetchone()
    return id(raw), int(version)


def open_database(path: Path) -> Database:
    """Open (creating if needed) the database file, or explain in Dutch why it cannot be used."""
    try:
        create_private_folder(path.parent)
        create_private_file(path)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "De gegevensmap {folder} kan niet worden aangemaakt."),
            folder=str(path.parent),
        ) from error
    database = Database(
        path=path,
        writer=_make_engine(path, pool_size=1, writer=True),
        reader=_make_engine(path, pool_size=4, writer=False),
    )
    try:
        with database.writer.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except DBAPIError as error:
        database.dispose()
        raise storage_error_for(error, path) from error
    return database


def storage_error_for(error: DBAPIError, path: Path) -> StorageError:
    """Translate a low-level SQLite failure into a message a volunteer can act on."""
    detail = str(error.orig).lower()
    if "locked" in detail or "busy" in detail:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De database {file} is in gebruik door een ander programma. "
                "Sluit dat programma en probeer het opnieuw.",
            ),
            file=str(path),
        )
    if "not a database" in detail or "malformed" in detail or "corrupt" in detail:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het databasebestand {file} is beschadigd. Zet een reservekopie terug "
                "met 'desk-app restore' of vraag hulp aan de sociaal beheerder.",
            ),
            file=str(path),
        )
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "De database {file} kan niet worden geopend of beschreven. "
            "Controleer of de map schrijfbaar is.",
        ),
        file=str(path),
    )
