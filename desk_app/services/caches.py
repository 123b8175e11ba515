"""Values kept between transactions, each with one named way to forget them.

The composition root (``bootstrap``) makes them; the sync thread forgets while the GUI
thread reads, so each holds a lock.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from datetime import date, time
from threading import Lock
from typing import TYPE_CHECKING, NamedTuple
from uuid import UUID

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Centre, DayPart, DayPartKey

if TYPE_CHECKING:
    from desk_app.services.living_room.figures import Counts
    from desk_app.services.till.pricing import ProductRow
    from desk_app.services.till.settings import TillSettings


class DayPartSpan(NamedTuple):
    """A part of the day with its local start and end."""

    key: DayPartKey
    starts: time
    ends: time


class CentreHeader(NamedTuple):
    """The centre's name and VAT number, as a receipt prints them."""

    name: str
    vat_number: str


class SettingsCache:
    """The centre's code, header and parts of the day, read once; ``forget`` after a change."""

    def __init__(self) -> None:
        self._lock = Lock()
        self._centre_code: str | None = None
        self._header: CentreHeader | None = None
        self._day_parts: tuple[DayPartSpan, ...] | None = None

    def centre_code(self, reader: Session | Connection) -> str:
        """The code of the centre this desk serves; refuses work before the centre is set up."""
        with self._lock:
            if self._centre_code is None:
                code = reader.scalar(select(Centre.code).limit(1))
                if code is None:
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP("Errors", "Het buurthuis is nog niet ingesteld.")
                    )
                self._centre_code = code
            return self._centre_code

    def header(self, reader: Session | Connection) -> CentreHeader | None:
        """The centre's name and VAT number (``None`` before the centre is set up)."""
        with self._lock:
            if self._header is None:
                row = reader.execute(select(Centre.name, Centre.vat_number).limit(1)).first()
                if row is None:
                    return None
                self._header = CentreHeader(row.name, row.vat_number)
            return self._header

    def day_parts(self, reader: Session | Connection) -> tuple[DayPartSpan, ...]:
        """The centre's parts of the day."""
        with self._lock:
            if self._day_parts is None:
                rows = reader.execute(select(DayPart.key, DayPart.starts, DayPart.ends))
                self._day_parts = tuple(
                    DayPartSpan(key, starts, ends) for key, starts, ends in rows
                )
            return self._day_parts

    def forget(self) -> None:
        """Drop the header and the parts of the day (the code never changes): read again."""
        with self._lock:
            self._header = None
            self._day_parts = None


class TillCache:
    """The price list and the till's settings, read once for every sale after it.

    ``forget`` after a product or the settings change here or come in with a pull; a change
    another process commits shows in the writing connection's ``data_version`` (the ``stamp``
    each read passes), which drops both as well.
    """

    def __init__(self) -> None:
        self._lock = Lock()
        self._stamp: object = None
        self._products: Mapping[UUID, ProductRow] | None = None
        self._settings: TillSettings | None = None

    def products(
        self, stamp: object, load: Callable[[], Mapping[UUID, ProductRow]]
    ) -> Mapping[UUID, ProductRow]:
        """Every product by its key, from ``load`` when not kept or kept under another stamp."""
        with self._lock:
            self._check(stamp)
            if self._products is None:
                self._products = load()
            return self._products

    def settings(self, stamp: object, load: Callable[[], TillSettings]) -> TillSettings:
        """The till's settings, from ``load`` when not kept or kept under another stamp."""
        with self._lock:
            self._check(stamp)
            if self._settings is None:
                self._settings = load()
            return self._settings

    def _check(self, stamp: object) -> None:
        if stamp != self._stamp:
            self._stamp, self._products, self._settings = stamp, None, None

    def forget(self) -> None:
        """Drop the price list and the settings, so the next sale reads them."""
        with self._lock:
            self._products = None
            self._settings = None


class HistoryCache:
    """Visit counts of days that are over: nothing can be dated on a past day, so they stay true.

    Master data from the office can change what they count: ``forget`` after a pull.
    """

    def __init__(self) -> None:
        self._lock = Lock()
        self._counts: dict[tuple[date, date], Counts] = {}
        self._generation = 0

    def visit_counts(self, first: date, last: date, count: Callable[[], Counts]) -> Counts:
        """The counts for ``first`` to ``last``, from ``count`` the first time they are asked."""
        with self._lock:
            known = self._counts.get((first, last))
            generation = self._generation
        if known is None:
            known = count()
            with self._lock:
                if generation == self._generation:  # not forgotten while counting
                    self._counts[(first, last)] = known
        return known

    def forget(self) -> None:
        """Drop every kept count."""
        with self._lock:
            self._counts.clear()
            self._generation += 1


class LoginSessions:
    """The identities the PIN login issued in this process: a ticket each, named to its person.

    Privileged services accept an ``Actor`` only when its ticket is here for the same person,
    so an object that merely names the manager does not pass. ``forget`` ends one session.
    """

    def __init__(self) -> None:
        self._lock = Lock()
        self._tickets: dict[str, tuple[UUID, bool]] = {}

    def issue(self, person_id: UUID, *, needs_new_pin: bool = False) -> str:
        """A new, unguessable ticket for ``person_id`` (pending while a new PIN is owed)."""
        ticket = secrets.token_urlsafe(24)
        with self._lock:
            self._tickets[ticket] = (person_id, needs_new_pin)
        return ticket

    def holds(self, ticket: str | None, person_id: UUID) -> bool:
        """Whether ``ticket`` was issued to ``person_id`` and owes no new PIN."""
        if ticket is None:
            return False
        with self._lock:
            return self._tickets.get(ticket) == (person_id, False)

    def pending(self, ticket: str | None, person_id: UUID) -> bool:
        """Whether ``ticket`` was issued to ``person_id`` and still owes a new PIN."""
        if ticket is None:
            return False
        with self._lock:
            return self._tickets.get(ticket) == (person_id, True)

    def settle(self, ticket: str | None, person_id: UUID) -> bool:
        """A pending ticket of ``person_id`` becomes a full one; whether it was pending."""
        with self._lock:
            if ticket is None or self._tickets.get(ticket) != (person_id, True):
                return False
            self._tickets[ticket] = (person_id, False)
            return True

    def __len__(self) -> int:
        """How many sessions are open (a one-off approval must not leave one behind)."""
        with self._lock:
            return len(self._tickets)

    def forget(self, ticket: str | None) -> None:
        """End a session (logging out, or a one-off approval that is done)."""
        with self._lock:
            self._tickets.pop(ticket or "", None)
