"""Money and time as a Dutch reader expects them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.formatting import format_cents, format_local

NBSP = "\N{NO-BREAK SPACE}"


@pytest.mark.parametrize(
    ("cents", "shown"),
    [
        (123_450, "€ 1.234,50"),
        (0, "€ 0,00"),
        (5, "€ 0,05"),
        (120, "€ 1,20"),
        (100_000_000, "€ 1.000.000,00"),
        (-250, "€ -2,50"),
    ],
)
def test_euros_in_dutch(cents: int, shown: str) -> None:
    assert format_cents(cents) == shown.replace(" ", NBSP)


def test_times_are_shown_in_amsterdam() -> None:
    winter = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    summer = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)
    assert format_local(winter, "HH:mm") == "13:00"
    assert format_local(summer, "HH:mm") == "14:00"
