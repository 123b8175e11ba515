"""A marked text as JSON (context, Dutch source, typed parameters), as it is kept and sent.

The desk's sync log keeps its outcome this way, and the desk tells the central database its
last sync message this way, so each reader (the desk's screen, the office) writes the text in
its own language; a text kept before as Dutch prose is read back as is.
"""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

from desk_app.errors import Money, Param, Text
from desk_app.kinds import Kind, kind_named


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
