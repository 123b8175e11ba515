"""Double bookings in the central database: two live bookings of one room that overlap.

A desk never makes them (a trigger refuses them locally), but a restored older backup or two
desks of one centre can each send one. They are shown to a person, never resolved here: the
desk cancels one of the two, and that update clears the conflict at the next sync.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desk_app.central.reads import read_central
from desk_app.formatting import LOCAL_ZONE

if TYPE_CHECKING:
    import psycopg  # an annotation only: psycopg loads when the central database is read

# Each live booking is compared with the furthest end of the room's earlier bookings (a window
# over the room's bookings by start), so only bookings that overlap an earlier one are joined.
_CONFLICTS = """
WITH live AS (
    SELECT centre_code, id, room_id, hirer_id, starts_at, ends_at, state
    FROM booking
    WHERE state <> 'cancelled' AND (%(centre)s::text IS NULL OR centre_code = %(centre)s)
), reach AS (
    SELECT *, max(ends_at) OVER (
        PARTITION BY centre_code, room_id ORDER BY starts_at, id
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
    ) AS earlier_end
    FROM live
)
SELECT b.centre_code, b.room_id, coalesce(r.name, ''),
       a.id, coalesce(ha.name, ''), a.starts_at, a.ends_at, a.state,
       b.id, coalesce(hb.name, ''), b.starts_at, b.ends_at, b.state
FROM reach b
JOIN live a ON a.centre_code = b.centre_code AND a.room_id = b.room_id
    AND (a.starts_at, a.id) < (b.starts_at, b.id) AND a.ends_at > b.starts_at
LEFT JOIN room r ON r.centre_code = b.centre_code AND r.id = b.room_id
LEFT JOIN hirer ha ON ha.centre_code = a.centre_code AND ha.id = a.hirer_id
LEFT JOIN hirer hb ON hb.centre_code = b.centre_code AND hb.id = b.hirer_id
WHERE b.earlier_end > b.starts_at
ORDER BY b.centre_code, greatest(a.starts_at, b.starts_at), r.name, a.id, b.id
"""

# The change that last wrote each booking (named by the mirror row since c007, found in the
# per-row copies before), with the arrival of the batch that brought it.
_ARRIVALS = """
SELECT b.centre_code, b.id, b.sync_epoch, b.sync_seq, r.received_at
FROM booking b
CROSS JOIN LATERAL (
    SELECT received_at FROM raw_batch
    WHERE centre_code = b.centre_code AND epoch = b.sync_epoch AND first_seq <= b.sync_seq
    ORDER BY first_seq DESC LIMIT 1
) r
WHERE b.centre_code = ANY(%(codes)s) AND b.id = ANY(%(ids)s)
UNION ALL
SELECT * FROM (
    SELECT DISTINCT ON (p.centre_code, p.row_id) p.centre_code, p.row_id, p.epoch, p.seq,
           p.received_at
    FROM raw_payload p JOIN booking b ON b.centre_code = p.centre_code AND b.id = p.row_id
    WHERE p.centre_code = ANY(%(codes)s) AND p.table_name = 'booking' AND p.row_id = ANY(%(ids)s)
      AND b.sync_seq IS NULL
    ORDER BY p.centre_code, p.row_id, p.received_at DESC, p.seq DESC
) before_batches
"""


@dataclass(frozen=True)
class ConflictSide:
    """One of the two bookings: who hired the room when, and which sync brought it."""

    booking_id: uuid.UUID
    hirer_name: str
    starts_at: datetime
    ends_at: datetime
    state: str
    epoch: uuid.UUID | None = None
    seq: int | None = None
    received_at: datetime | None = None


@dataclass(frozen=True)
class BookingConflict:
    """Two live bookings of one room of one centre whose times overlap."""

    centre_code: str
    room_id: uuid.UUID
    room_name: str
    first: ConflictSide
    second: ConflictSide

    @property
    def day(self) -> date:
        """The local day the overlap starts."""
        return max(self.first.starts_at, self.second.starts_at).astimezone(LOCAL_ZONE).date()

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values (for the command line and the desk's stored copy)."""
        data: dict[str, Any] = _jsonable(asdict(self))
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BookingConflict:
        """The conflict back from :meth:`as_json`."""
        return cls(
            data["centre_code"],
            uuid.UUID(data["room_id"]),
            data["room_name"],
            _side(data["first"]),
            _side(data["second"]),
        )


def booking_conflicts(url: str, centre: str | None = None) -> list[BookingConflict]:
    """Every double booking in the central database, or one centre's."""
    return read_central(url, lambda connection: conflicts_on(connection, centre))


def conflicts_on(
    connection: psycopg.Connection[Any], centre: str | None = None
) -> list[BookingConflict]:
    """:func:`booking_conflicts` on an open connection."""
    rows = connection.execute(_CONFLICTS, {"centre": centre}).fetchall()
    if not rows:
        return []
    codes = sorted({row[0] for row in rows})
    ids = sorted({row[3] for row in rows} | {row[8] for row in rows})
    found = connection.execute(_ARRIVALS, {"codes": codes, "ids": ids})
    arrivals = {
        (code, row_id): (epoch, int(seq), received_at)
        for code, row_id, epoch, seq, received_at in found
    }
    return [
        BookingConflict(
            row[0],
            row[1],
            row[2],
            ConflictSide(*row[3:8], *arrivals.get((row[0], row[3]), (None, None, None))),
            ConflictSide(*row[8:13], *arrivals.get((row[0], row[8]), (None, None, None))),
        )
        for row in rows
    ]


def _side(data: dict[str, Any]) -> ConflictSide:
    return ConflictSide(
        uuid.UUID(data["booking_id"]),
        data["hirer_name"],
        datetime.fromisoformat(data["starts_at"]),
        datetime.fromisoformat(data["ends_at"]),
        data["state"],
        uuid.UUID(data["epoch"]) if data.get("epoch") else None,
        data.get("seq"),
        datetime.fromisoformat(data["received_at"]) if data.get("received_at") else None,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value
