"""Test data for the day close: a drawer count that adds up to a given amount."""

from __future__ import annotations

from desk_app.services.day_close.cash_count import DENOMINATIONS


def counts_for(cents: int) -> dict[int, int]:
    """The fewest coins and notes that make ``cents`` (a multiple of 5)."""
    counts = dict.fromkeys(DENOMINATIONS, 0)
    for value in sorted(DENOMINATIONS, reverse=True):
        counts[value], cents = divmod(cents, value)
    assert cents == 0, "the drawer holds no 1 or 2 cent coins"
    return counts
