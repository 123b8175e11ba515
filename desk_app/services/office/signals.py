"""Signals for the office: what in the central database needs a person, and what to do.

A centre that has not synced for more than a day or whose desk says its last sync failed,
double bookings, refused rows, rows that arrived after their day was closed and numbers given
twice. Nothing is resolved here; each signal says who should do what.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desk_app.central.conflicts import conflicts_on
from desk_app.central.connect import with_ca
from desk_app.central.errors import errors_on
from desk_app.central.numbers import number_conflicts_on
from desk_app.central.reads import read_central
from desk_app.central.schema import MIRRORS
from desk_app.errors import Text
from desk_app.services.office import signal_texts as texts
from desk_app.services.office.signal_texts import Signal
from desk_app.wire.texts import loads

if TYPE_CHECKING:
    from pathlib import Path

    import psycopg  # an annotation only: psycopg loads when the central database is read

STALE_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class CentreSync:
    """A centre's sync as the central side saw it, and the desk's own word on its last one.

    ``last_sync`` is the last sync that went through (rows arrived, or the desk said it synced
    with nothing new); ``last_contact`` the desk's last word, which ``last_ok`` says was good
    or a failure told in ``last_message``.
    """

    code: str
    name: str
    last_sync: datetime | None
    rows_received: int
    last_message: Text | None = None
    last_contact: datetime | None = None
    last_ok: bool | None = None

    def stale(self, now: datetime) -> bool:
        """No sync went through for more than a day (or never)."""
        return self.last_sync is None or now - self.last_sync > STALE_AFTER

    @property
    def failing(self) -> bool:
        """The desk's last sync failed, and it said why."""
        return self.last_ok is False and self.last_message is not None


@dataclass(frozen=True)
class OfficeSignals:
    """Every centre's sync and every open signal, read in one go."""

    checked_at: datetime
    centres: tuple[CentreSync, ...]
    signals: tuple[Signal, ...]

    def open_for(self, code: str) -> int:
        """How many signals one centre has open."""
        return sum(1 for signal in self.signals if signal.centre_code == code)


def office_signals(url: str, ca_file: Path | None, now: datetime) -> OfficeSignals:
    """Read the centres' syncs and every signal from the central database (the office login)."""
    return read_central(with_ca(url, str(ca_file or "")), lambda c: signals_on(c, now))


def signals_on(connection: psycopg.Connection[Any], now: datetime) -> OfficeSignals:
    """:func:`office_signals` on an open connection."""
    centres = centre_syncs(connection)
    found = [texts.stale(c) for c in centres if c.stale(now)]
    found += [texts.failed(c) for c in centres if c.failing]
    found += [texts.double_booking(conflict) for conflict in conflicts_on(connection)]
    found += texts.refused(errors_on(connection))
    found += [texts.late(*row) for row in _late_rows(connection)]
    found += [texts.number(c) for c in number_conflicts_on(connection, None)]
    return OfficeSignals(now, tuple(centres), tuple(found))


_SYNCS = """
WITH known AS (
    SELECT code, name FROM centre_registry
    UNION SELECT DISTINCT centre_code, centre_code FROM sync_progress
    UNION SELECT centre_code, centre_code FROM sync_contact
), progress AS (
    SELECT centre_code, max(updated_at) AS last_sync, sum(high_water) AS received
    FROM sync_progress GROUP BY centre_code
)
SELECT DISTINCT ON (k.code) k.code, coalesce(c.name, k.name),
       greatest(p.last_sync, s.last_ok_at), coalesce(p.received, 0),
       s.message, s.contacted_at, s.ok
FROM known k
LEFT JOIN progress p ON p.centre_code = k.code
LEFT JOIN sync_contact s ON s.centre_code = k.code
LEFT JOIN centre c ON c.centre_code = k.code AND c.code = k.code
ORDER BY k.code, (k.name = k.code)
"""


def centre_syncs(connection: psycopg.Connection[Any]) -> list[CentreSync]:
    """Every known centre: its last sync, how many changes, the desk's last word on it."""
    return [
        CentreSync(
            code, name, last, int(received), loads(message) if message else None, contact, ok
        )
        for code, name, last, received, message, contact, ok in connection.execute(_SYNCS)
    ]


def _late_rows(connection: psycopg.Connection[Any]) -> list[tuple[str, str, int, datetime]]:
    """Per centre and table: rows that arrived for a day already closed, and the newest one."""
    from psycopg import sql  # noqa: PLC0415 - psycopg loads when the central database is read

    per_table = [
        sql.SQL(
            "SELECT centre_code, {name}, count(*), max(received_at) FROM {table} "
            "WHERE late GROUP BY centre_code"
        ).format(name=sql.Literal(name), table=sql.Identifier(name))
        for name, mirror in MIRRORS.items()
        if "local_day" in mirror.c
    ]
    query = sql.SQL(" UNION ALL ").join(per_table) + sql.SQL(" ORDER BY 1, 2")
    return [
        (str(code), str(table), int(count), newest)
        for code, table, count, newest in connection.execute(query)
    ]
