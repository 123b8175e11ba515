"""The unit of work: each use case opens one transaction that commits whole or not at all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.db.engine import Database, data_version, storage_error_for
from desk_app.db.rules import install_rules
from desk_app.models.types import utc_now
from desk_app.services.caches import (
    CentreHeader,
    DayPartSpan,
    HistoryCache,
    LoginSessions,
    SettingsCache,
    TillCache,
)


class CoreTransaction:
    """One open transaction on a plain Core connection, its moment fixed when it began.

    The desk's busiest one-row writes use it directly; :class:`Transaction` adds the ORM
    session, so a helper that needs only the connection accepts either.
    """

    def __init__(
        self,
        connection: Connection | None,
        now: datetime,
        settings: SettingsCache,
        logins: LoginSessions,
        till: TillCache,
    ) -> None:
        self._connection = connection
        self.now = now
        self._settings = settings
        self.logins = logins
        self.till = till
        self._stamp: tuple[int, int] | None = None

    @property
    def connection(self) -> Connection:
        """The Core connection the transaction runs on."""
        assert self._connection is not None
        return self._connection

    def centre_code(self) -> str:
        """The code of the centre this desk serves; refuses work before the centre is set up."""
        return self._settings.centre_code(self._reader())

    def centre_header(self) -> CentreHeader | None:
        """The centre's name and VAT number (``None`` before the centre is set up)."""
        return self._settings.header(self._reader())

    def day_parts(self) -> tuple[DayPartSpan, ...]:
        """The centre's parts of the day."""
        return self._settings.day_parts(self._reader())

    def outside_stamp(self) -> tuple[int, int]:
        """Changes when another process commits: what a kept value checks itself against.

        Read once a transaction: while a write transaction holds the lock (``BEGIN IMMEDIATE``)
        no other process can commit.
        """
        if self._stamp is None:
            self._stamp = data_version(self.connection)
        return self._stamp

    def _reader(self) -> Session | Connection:
        return self.connection


class Transaction(CoreTransaction):
    """One open transaction with its ORM session (the database session, nothing else)."""

    def __init__(
        self,
        session: Session,
        now: datetime,
        settings: SettingsCache,
        logins: LoginSessions,
        till: TillCache,
    ) -> None:
        super().__init__(None, now, settings, logins, till)
        self.session = session

    @property
    def connection(self) -> Connection:
        """The session's own connection, for Core statements inside the same transaction.

        Asked of the session once: it stays the same until the transaction ends (savepoints
        run on it too), and asking again costs a busy write a few dozen Python calls each time.
        """
        if self._connection is None:
            self._connection = self.session.connection()
        return self._connection

    def _reader(self) -> Session | Connection:
        return self.session


class UnitOfWork:
    """Hands out transactions: ``write()`` on the one writing connection, ``read()`` beside it.

    The caches come from the composition root (``bootstrap``); a unit of work made without
    them (a test, a demo step on its own clock) starts with empty ones.
    """

    def __init__(
        self,
        database: Database,
        clock: Callable[[], datetime] = utc_now,
        *,
        settings: SettingsCache | None = None,
        history: HistoryCache | None = None,
        logins: LoginSessions | None = None,
        till: TillCache | None = None,
    ) -> None:
        self.database = database
        self.clock = clock
        self.settings = settings if settings is not None else SettingsCache()
        self.history = history if history is not None else HistoryCache()
        self.logins = logins if logins is not None else LoginSessions()
        self.till = till if till is not None else TillCache()
        self._writes = sessionmaker(bind=database.writer, expire_on_commit=False)
        self._reads = sessionmaker(bind=database.reader)
        install_rules(self._writes)

    def on_clock(self, clock: Callable[[], datetime]) -> UnitOfWork:
        """The same database, caches and login sessions, on another clock (demo steps, tests)."""
        return UnitOfWork(
            self.database,
            clock,
            settings=self.settings,
            history=self.history,
            logins=self.logins,
            till=self.till,
        )

    def now(self) -> datetime:
        """The current moment in UTC, from the clock the app (or a test) supplied."""
        return self.clock()

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._writes.begin() as session:
                yield Transaction(session, self.now(), self.settings, self.logins, self.till)
        except IntegrityError:
            raise  # a broken constraint is a program error, not a storage problem
        except DBAPIError as error:
            raise storage_error_for(error, self.database.path) from error

    @contextmanager
    def write_core(self) -> Iterator[CoreTransaction]:
        """A write transaction without an ORM session, for the desk's busiest one-row writes."""
        try:
            with self.database.writer.begin() as connection:
                yield CoreTransaction(connection, self.now(), self.settings, self.logins, self.till)
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise storage_error_for(error, self.database.path) from error

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        """A read-only snapshot of the database."""
        with self._reads() as session, session.begin():
            yield Transaction(session, self.now(), self.settings, self.logins, self.till)
