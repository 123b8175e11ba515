"""Money, numbers, hours and time as a Dutch (or an English) reader expects them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest

from desk_app.formatting import (
    LOCAL_ZONE,
    format_cents,
    format_hours,
    format_local,
    formatter_for,
    now_local,
)

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


@pytest.mark.parametrize(
    ("hours", "shown"),
    [
        (3.5, "3:30"),
        (0.25, "0:15"),
        (52.0, "52:00"),
        (126.5, "126:30"),
        (43.62, "43:37"),
        (0, "0:00"),
    ],
)
def test_hours_read_as_hours_and_minutes(hours: float, shown: str) -> None:
    assert format_hours(hours) == shown


def test_one_formatter_per_language() -> None:
    dutch, english = formatter_for("nl"), formatter_for("en")
    moment = datetime(2026, 11, 30, 14, 5, tzinfo=UTC)
    assert dutch.cents(29_527) == f"€{NBSP}295,27"
    assert english.cents(29_527) == "€295.27"
    assert (dutch.number(40_204), english.number(40_204)) == ("40.204", "40,204")
    assert dutch.moment(moment) == "30 nov 2026 15:05"
    assert english.moment(moment) == "30 Nov 2026 15:05"
    assert english.day(date(2026, 3, 2)) == "Monday 2 March 2026"
    assert english.hours(3.5) == dutch.hours(3.5) == "3:30"


def test_now_is_the_centres_time_on_a_pc_set_to_another_zone() -> None:
    code = "from desk_app.formatting import now_local; print(now_local().isoformat())"
    before = now_local()
    shown = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "TZ": "America/New_York"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    moment = datetime.fromisoformat(shown)
    assert moment.utcoffset() == before.astimezone(LOCAL_ZONE).utcoffset()
    assert before - timedelta(seconds=1) <= moment <= now_local()


def test_a_day_in_figures_per_language() -> None:
    day = date(2026, 3, 2)
    dutch, english = formatter_for("nl"), formatter_for("en")
    assert (dutch.numeric(day), dutch.numeric(day, year=False)) == ("02-03-2026", "02-03")
    assert (english.numeric(day), english.numeric(day, year=False)) == ("02/03/2026", "02/03")


def test_round_amounts_without_their_zero_cents() -> None:
    assert formatter_for("nl").whole_euros(2000) == f"€{NBSP}20"
    assert formatter_for("en").whole_euros(2000) == "€20"
    assert formatter_for("en").whole_euros(250) == "€2.50"
