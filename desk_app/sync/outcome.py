"""What a sync run's log line keeps: a marked text and its numbers, never a written sentence.

The ``message`` column holds the text as JSON (``wire.texts``: context, Dutch source, typed
parameters), so the screen can write it in its own language; a line from before holds Dutch
prose, read as is.
"""

from __future__ import annotations

from desk_app.errors import QT_TRANSLATE_NOOP, Param, Text
from desk_app.wire.texts import dumps, loads

__all__ = ["CONTEXT", "dumps", "finished", "loads"]

CONTEXT = "SyncLog"


def finished(sent: int, rejected: int, received: int, conflicts: int | None) -> Text:
    """The outcome of a run that went through, with the double bookings seen afterwards."""
    counts: dict[str, Param] = {"sent": sent, "rejected": rejected, "received": received}
    if conflicts is None:
        return Text(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SyncLog",
                "{sent} verzonden, {rejected} geweigerd, {received} ontvangen; "
                "dubbele boekingen niet opgehaald",
            ),
            counts,
        )
    if conflicts:
        return Text(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SyncLog",
                "{sent} verzonden, {rejected} geweigerd, {received} ontvangen; "
                "{conflicts} dubbele boeking(en) in de centrale database",
            ),
            {**counts, "conflicts": conflicts},
        )
    return Text(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "SyncLog", "{sent} verzonden, {rejected} geweigerd, {received} ontvangen"
        ),
        counts,
    )
