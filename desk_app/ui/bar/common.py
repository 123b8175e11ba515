"""Small helpers the till's widgets share: money."""

from __future__ import annotations

from desk_app.formatting import format_cents


def money(cents: int) -> str:
    """An amount as the screen shows it."""
    return format_cents(cents)
