"""What the central side found wrong with this centre's data: refused rows and double bookings.

A row held back because its number was given before is listed with the refused rows.

Each sync fetches the centre's double bookings and keeps a copy in the local settings, so the
status bar can warn without a network; the refused rows are fetched when a person asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import select

from desk_app.central.conflicts import BookingConflict, conflicts_on
from desk_app.central.connect import with_ca
from desk_app.central.errors import SyncErrorRow, errors_on
from desk_app.central.reads import read_central
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Booking, BookingState
from desk_app.services.operations import load_operations
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.uow import UnitOfWork

if TYPE_CHECKING:
    import psycopg  # an annotation only: psycopg loads when the central database is read

_KEY = "central_conflicts"
_Found = list[BookingConflict]


@dataclass(frozen=True)
class DeskConflict:
    """A double booking as this desk sees it: the two bookings' state here, if it has them."""

    conflict: BookingConflict
    first_here: BookingState | None
    second_here: BookingState | None

    @property
    def cancelled_here(self) -> bool:
        """One of the two is cancelled here already: the next sync clears the conflict."""
        return BookingState.CANCELLED in (self.first_here, self.second_here)

    @property
    def held_here(self) -> bool:
        """This desk has at least one of the two bookings."""
        return self.first_here is not None or self.second_here is not None


@dataclass(frozen=True)
class KnownConflicts:
    """The double bookings found at the last check, and when that was (``None``: never)."""

    checked_at: datetime | None
    conflicts: tuple[DeskConflict, ...]


@dataclass(frozen=True)
class CentralProblems:
    """This centre's refused rows and double bookings, fetched now."""

    errors: tuple[SyncErrorRow, ...]
    conflicts: KnownConflicts


def check_conflicts(uow: UnitOfWork, url: str) -> int:
    """Fetch this centre's double bookings and keep them; return how many there are."""
    centre = _centre(uow)
    found = read_central(url, lambda connection: conflicts_on(connection, centre))
    store_conflicts(uow, found)
    return len(found)


def fetch_problems(uow: UnitOfWork, url: str | None = None) -> CentralProblems:
    """The refused rows and double bookings of this centre (one connection); keeps the latter."""
    settings = load_operations(uow)
    url = url or settings.central_url
    if not url:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Er is geen centrale database ingesteld."))
    url = with_ca(url, settings.central_ca)
    centre = _centre(uow)

    # The central schema (for the numbered tables) loads when a person asks, not at start-up.
    from desk_app.central.numbers import number_conflicts_on  # noqa: PLC0415

    def read(
        connection: psycopg.Connection[Any],
    ) -> tuple[list[SyncErrorRow], list[BookingConflict]]:
        held = [found.as_error_row() for found in number_conflicts_on(connection, centre)]
        return errors_on(connection, centre) + held, conflicts_on(connection, centre)

    errors, found = read_central(url, read)
    store_conflicts(uow, found)
    return CentralProblems(tuple(errors), known_conflicts(uow))


def store_conflicts(uow: UnitOfWork, conflicts: list[BookingConflict]) -> None:
    """Keep the latest list (an empty one clears the warning)."""
    value = {
        "checked_at": uow.now().isoformat(),
        "conflicts": [conflict.as_json() for conflict in conflicts],
    }
    with uow.write() as tx:
        write_setting(tx.session, _KEY, value)


def known_conflicts(uow: UnitOfWork) -> KnownConflicts:
    """The double bookings found at the last check, with the two bookings' state here."""
    with uow.read() as tx:
        stored = read_setting(tx.session, _KEY, {})
        conflicts = [BookingConflict.from_json(item) for item in stored.get("conflicts", [])]
        ids = {side.booking_id for c in conflicts for side in (c.first, c.second)}
        rows = tx.session.execute(select(Booking.id, Booking.state).where(Booking.id.in_(ids)))
        states: dict[UUID, BookingState] = {row.id: row.state for row in rows}
    checked = stored.get("checked_at")
    return KnownConflicts(
        datetime.fromisoformat(checked) if checked else None,
        tuple(
            DeskConflict(c, states.get(c.first.booking_id), states.get(c.second.booking_id))
            for c in conflicts
        ),
    )


def _centre(uow: UnitOfWork) -> str:
    with uow.read() as tx:
        return tx.centre_code()
