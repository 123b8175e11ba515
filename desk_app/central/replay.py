"""A change shown as it arrived, and written again through the receiver's own path."""

from __future__ import annotations

import uuid

from desk_app.central.connect import connect
from desk_app.central.raw import StoredChange, stored_change
from desk_app.central.reads import read_central
from desk_app.central.receive import Batch, Receiver


def find_change(url: str, centre_code: str, epoch: uuid.UUID, seq: int) -> StoredChange | None:
    """Change ``seq`` of a centre's epoch from the raw copies, or ``None`` if none holds it."""
    return read_central(url, lambda connection: stored_change(connection, centre_code, epoch, seq))


def reapply_change(url: str, change: StoredChange) -> bool:
    """Upsert the row as it arrived, checked as on arrival; ``False`` when it is refused.

    A refused row is listed in the error list as on arrival; the mark does not move.
    """
    batch = Batch(change.centre_code, change.epoch, change.schema_version, [change.row])
    with connect(url) as connection:
        return Receiver(connection).reapply(batch) == 0
