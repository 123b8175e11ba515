"""Small helpers the till's widgets share: money."""

from __future__ import annotations

from desk_app.ui.i18n import screen_formatter


def money(cents: int) -> str:
    """An amount as the screen shows it."""
    return screen_formatter().cents(cents)
