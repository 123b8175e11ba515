"""A centre's sync contact: its desk says, at the end of every sync, that it synced and how.

The row is the centre's own (row-level security: a centre's login writes only its own code),
stamped with the server's clock, so a desk whose clock is wrong still reads as it is. A sync
that sent nothing still counts as a sync; one that failed keeps the previous good one's time.
"""

from __future__ import annotations

from desk_app.central.connect import connect

_RECORD = """
INSERT INTO sync_contact AS s (centre_code, contacted_at, ok, message, last_ok_at)
VALUES (%(code)s, now(), %(ok)s, %(message)s, CASE WHEN %(ok)s THEN now() END)
ON CONFLICT (centre_code) DO UPDATE SET
    contacted_at = excluded.contacted_at, ok = excluded.ok, message = excluded.message,
    last_ok_at = coalesce(excluded.last_ok_at, s.last_ok_at)
"""


def record_contact(url: str, centre_code: str, *, ok: bool, message: str) -> None:
    """Note this centre's sync (``ok`` or not) with its message (a ``wire.texts`` JSON text)."""
    with connect(url) as connection:
        connection.execute(_RECORD, {"code": centre_code, "ok": ok, "message": message})
