"""What a sync run's log line keeps: a marked text and its numbers, never a written sentence.

The ``message`` column holds the text as JSON (context, Dutch source, typed parameters), so
the screen can write it in its own language; a line from before holds Dutch prose, read as is.
"""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

from desk_app.errors import QT_TRANSLATE_NOOP, Money, Param, Text
from desk_app.kinds import Kind, kind_named

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


def dumps(text: Text) -> str:
    """The text as the log column keeps it."""
    params = {key: _encode(value) for key, value in text.params.items()}
    return json.dumps({"context": text.context, "template": text.template, "params": params})


def loads(stored: str) -> Text:
    """A kept text back; a line written before the log kept texts comes back as it was."""
    try:
        kept = json.loads(stored)
    except ValueError:
        kept = None
    if not isinstance(kept, dict) or "template" not in kept:
        return Text("", stored.replace("{", "{{").replace("}", "}}"))
    params = {key: _decode(value) for key, value in kept.get("params", {}).items()}
    return Text(kept.get("context", ""), kept["template"], params)


def _encode(value: Param) -> Any:
    if isinstance(value, Kind):
        return {"kind": type(value).__name__, "value": value.value}
    if isinstance(value, Money):
        return {"cents": value.cents}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, time):
        return {"time": value.isoformat()}
    return value if isinstance(value, int | str) else value.label


def _decode(value: Any) -> Param:
    if not isinstance(value, dict):
        return value if isinstance(value, int | str) else str(value)
    if "kind" in value:
        return kind_named(value["kind"])(value["value"])
    if "cents" in value:
        return Money(int(value["cents"]))
    if "date" in value:
        return date.fromisoformat(value["date"])
    return time.fromisoformat(value["time"])
