"""The status bar's clock: the centre's time, in the screen's language, whatever the PC's zone."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from desk_app.formatting import Formatter, formatter_for
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.statusbar import CLOCK_PATTERN, DeskStatusBar, clock_text

CLOCK_IN_NEW_YORK = (
    "from desk_app.formatting import formatter_for\n"
    "from desk_app.ui.statusbar import clock_text\n"
    "print(clock_text(formatter_for('{language}')))"
)


def _expected(formatter: Formatter) -> set[str]:
    """The clock's text at this moment in the centre's zone."""
    return {formatter.moment(datetime.now(UTC), CLOCK_PATTERN)}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_clock_shows_amsterdam_time_on_a_pc_set_to_new_york(language: str) -> None:
    before = _expected(formatter_for(language))
    shown = subprocess.run(
        [sys.executable, "-c", CLOCK_IN_NEW_YORK.format(language=language)],
        env={**os.environ, "TZ": "America/New_York", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert shown in before | _expected(formatter_for(language))  # a minute may turn meanwhile


def test_clock_label_reads_the_centres_time(qtbot: QtBot) -> None:
    status = DeskStatusBar("De Meent")
    qtbot.addWidget(status)
    before = _expected(screen_formatter())
    status.update_clock()
    assert status.clock.text() in before | {clock_text(screen_formatter())}
