"""The unit of work: each use case opens one transaction that commits whole or not at all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, time
from typing import NamedTuple

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.db.engine import Database, storage_error_for
from desk_app.db.rules import install_rules
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Centre, DayPart, DayPartKey
from desk_app.models.types import utc_now


class DayPartSpan(NamedTuple):
    """A part of the day with its local start and end."""

    key: DayPartKey
    starts: time
    ends: time


class UnitOfWork:
    """Hands out sessions: ``write()`` on the single writing connection, ``read()`` beside it."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self.database = database
        self.clock = clock
        self._writes = sessionmaker(bind=database.writer, expire_on_commit=False)
        self._reads = sessionmaker(bind=database.reader)
        install_rules(self._writes)
        self._centre_code: str | None = None
        self._day_parts: list[DayPartSpan] | None = None
        # Figures of days that are over: nothing can be dated on a past day, so they stay true.
        self.history_cache: dict[tuple[object, ...], object] = {}

    def now(self) -> datetime:
        """The current moment in UTC, from the clock the app (or a test) supplied."""
        return self.clock()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._writes.begin() as session:
                yield session
        except IntegrityError:
            raise  # a broken constraint is a program error, not a storage problem
        except DBAPIError as error:
            raise storage_error_for(error, self.database.path) from error

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A write transaction without an ORM session, for the desk's busiest one-row writes."""
        try:
            with self.database.writer.begin() as connection:
                yield connection
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise storage_error_for(error, self.database.path) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot of the database."""
        with self._reads() as session, session.begin():
            yield session

    def day_parts(self, reader: Session | Connection) -> list[DayPartSpan]:
        """The centre's parts of the day, read once; ``forget_settings`` after a change."""
        if self._day_parts is None:
            rows = reader.execute(select(DayPart.key, DayPart.starts, DayPart.ends)).all()
            self._day_parts = [DayPartSpan(key, starts, ends) for key, starts, ends in rows]
        return self._day_parts

    def forget_settings(self) -> None:
        """Drop cached centre settings, so the next use reads them again."""
        self._day_parts = None

    def centre_code(self, session: Session | Connection) -> str:
        """The code of the centre this desk serves; refuses work before the centre is set up."""
        if self._centre_code is None:
            code = session.scalar(select(Centre.code).limit(1))
            if code is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Het buurthuis is nog niet ingesteld.")
                )
            self._centre_code = code
        return self._centre_code
