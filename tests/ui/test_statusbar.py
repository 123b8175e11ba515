"""The status bar: the centre's time whatever the PC's zone; texts cut, never the window widened."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from uuid import uuid4

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desk_app.formatting import Formatter, formatter_for
from desk_app.models import Role
from desk_app.services.auth import Actor
from desk_app.services.preferences import FONT_SIZES
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.resources import style_sheet
from desk_app.ui.statusbar import CLOCK_PATTERN, DeskStatusBar, clock_text

SCREEN_WIDTH = 1366  # a reception PC's screen
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


def test_a_long_warning_is_shortened_and_a_tap_shows_all_of_it(qtbot: QtBot) -> None:
    """A long text never widens the bar; touch screens show no tooltip, so a tap opens it."""
    status = DeskStatusBar("De Meent")
    qtbot.addWidget(status)
    status.resize(900, 40)
    status.show()
    qtbot.waitExposed(status)
    texts = [f"Certificaat BHV van vrijwilliger nummer {n} verloopt binnenkort" for n in range(4)]
    status.show_warnings(texts)
    qtbot.waitUntil(status.warnings.is_elided)
    assert status.minimumSizeHint().width() <= 900
    assert status.warnings.text().endswith("…")
    assert status.warnings.text().startswith("Let op (4)")  # what there is to tap stays
    shown = status.warnings.fontMetrics().horizontalAdvance(status.warnings.text())
    assert shown <= status.warnings.contentsRect().width()
    qtbot.mouseClick(status.warnings, Qt.MouseButton.LeftButton)
    dialog = status.warnings.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.text.text() == "\n".join(texts)
    box = dialog.findChild(QDialogButtonBox)
    assert isinstance(box, QDialogButtonBox)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status.warnings.dialog is None)


def test_a_short_person_text_is_shown_whole(qtbot: QtBot) -> None:
    status = DeskStatusBar("De Meent")
    qtbot.addWidget(status)
    status.resize(1366, 40)
    status.show()
    qtbot.waitExposed(status)
    assert status.person.text() == "Niemand aan de balie"
    assert not status.person.is_elided()


@pytest.mark.parametrize("someone", [None, "Anne-Marie van den Berg-Hoogendijk"])
def test_at_the_largest_text_the_bar_never_asks_for_more_than_the_screen(
    qtbot: QtBot, someone: str | None
) -> None:
    """Every text shown at once, long names too: the bar still fits a 1366 px screen."""
    status = DeskStatusBar("Stichting Buurthuis De Meent Noord-Oost")
    status.setStyleSheet(style_sheet(max(FONT_SIZES)))
    qtbot.addWidget(status)
    actor = None if someone is None else Actor(uuid4(), someone, Role.MANAGER)
    status.show_actor(actor)
    status.show_last_sync("nog nooit" if someone is None else "vannacht 03:00")
    status.show_warnings(["Certificaat BHV van vrijwilliger Henk Bakker verloopt binnenkort"])
    status.show_backup_problem("De USB-stick ontbreekt.")
    status.show_conflicts(0 if someone is None else 3)
    status.clock.setText("wo 30 september  23:59")  # the longest the clock gets, any day
    status.show()
    qtbot.waitExposed(status)
    assert status.minimumSizeHint().width() <= SCREEN_WIDTH
    status.resize(SCREEN_WIDTH, status.height())
    assert status.backup.text() in {"Geen reservekopie vandaag", "Geen back-up"}
    assert status.backup.toolTip() == "De USB-stick ontbreekt."  # a tap shows it too
