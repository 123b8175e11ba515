"""Start-up: the first screen loads only what it needs, the rest when it is first used."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app.ui import app as ui_app

# Each is used on a rare path (a migration, the central database, a PDF, a QR code, a
# receipt printer) and takes tenths of a second or more to import.
NOT_AT_START = ("alembic", "psycopg", "reportlab", "qrcode", "escpos")
PROBE = """
import sys

import pytest
import desk_app.cli
import desk_app.ui.app
print(" ".join(sorted({name.partition(".")[0] for name in sys.modules})))
"""


def test_the_command_line_and_the_gui_import_no_rare_path_library() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(probe.stdout.split())
    assert "desk_app" in loaded
    assert loaded.isdisjoint(NOT_AT_START), sorted(loaded & set(NOT_AT_START))


class Painted(QWidget):
    """A widget that notes when it has painted."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def paintEvent(self, event: QPaintEvent) -> None:
        self.events.append("painted")
        super().paintEvent(event)


def test_the_login_waits_until_the_window_has_painted(qtbot: QtBot) -> None:
    events: list[str] = []
    widget = Painted(events)
    qtbot.addWidget(widget)
    ui_app.after_first_paint(widget, lambda: events.append("login"))
    assert events == []
    widget.show()
    qtbot.waitUntil(lambda: "login" in events)
    assert events.index("painted") < events.index("login")
    assert events.count("login") == 1


def test_a_window_that_never_paints_still_gets_its_login(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui_app, "FIRST_PAINT_WAIT_MS", 10)
    events: list[str] = []
    widget = Painted(events)
    qtbot.addWidget(widget)
    ui_app.after_first_paint(widget, lambda: events.append("login"))
    qtbot.waitUntil(lambda: events == ["login"])  # never shown, so never painted
