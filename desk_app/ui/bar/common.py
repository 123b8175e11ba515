"""Small helpers the till's widgets share: money, and names on two lines."""

from __future__ import annotations

from desk_app.ui.i18n import screen_formatter

ONE_LINE = 12  # characters a tile shows on one line before it breaks a name in two


def money(cents: int) -> str:
    """An amount as the screen shows it."""
    return screen_formatter().cents(cents)


def two_lines(name: str) -> str:
    """A long name broken at the space nearest its middle, so a tile stays narrow."""
    spaces = [index for index, char in enumerate(name) if char == " "]
    if len(name) <= ONE_LINE or not spaces:
        return name
    middle = len(name) / 2
    cut = min(spaces, key=lambda index: abs(index - middle))
    return f"{name[:cut]}\n{name[cut + 1 :]}"
