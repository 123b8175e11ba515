"""Start-up: the first screen loads only what it needs, the rest when it is first used."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.living_room.passes import Holder, issue_passes, register_holder, visitor_data
from desk_app.services.till.settings import PrinterConfig
from desk_app.sync.service import save_central_url, sync_status
from desk_app.ui import app as ui_app
from desk_app.ui.collector import GuiThreadCollector
from desk_app.ui.context import open_receipt_printer
from desk_app.ui.main_window import MainWindow
from tests.conftest import FakeClock

# Each is used on a rare path (a migration, the central database, a PDF, a QR code, a
# receipt printer, a bank file, an XML check, a centre's numbers checked) and takes tens of
# milliseconds or more to import.
NOT_AT_START = (
    "alembic",
    "psycopg",
    "reportlab",
    "qrcode",
    "escpos",
    "lxml",
    "sepaxml",
    "xmlschema",
    "stdnum",
    "pydoc",
    "uuid6",  # its import reads every installed package's metadata; the first new row loads it
)
# Loaded when a centre is set up (its starting point) or its details are checked.
SET_UP_ONLY = ("desk_app.services.starter", "desk_app.services.centre_numbers")
# The whole GUI path: the command line opens the desk on a demo centre, shows the main window
# with its first page and closes again; then the modules it loaded are listed.
PROBE = """
import gc
import sys

from desk_app.cli import main

code = main(["--data-dir", sys.argv[1]])
print(code, gc.isenabled(), gc.get_freeze_count() > 0, " ".join(sorted(sys.modules)))
"""


def test_the_gui_path_imports_no_rare_path_library_and_no_command(tmp_path: Path) -> None:
    folder = str(tmp_path / "desk")
    demo = [sys.executable, "-m", "desk_app", "--data-dir", folder, "demo", "--days", "2"]
    subprocess.run(demo, capture_output=True, check=True, timeout=300)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", ui_app.QUIT_AFTER_ENV: "1"}
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, folder],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        env=env,
    )
    code, collecting, frozen, *loaded = probe.stdout.split()
    assert code == "0"
    assert (collecting, frozen) == ("True", "True")  # start-up's objects frozen, then on again
    assert "desk_app.ui.main_window" in loaded
    assert "desk_app.ui.living_room.page" in loaded  # the first page was built
    packages = {name.partition(".")[0] for name in loaded}
    assert packages.isdisjoint(NOT_AT_START), sorted(packages & set(NOT_AT_START))
    commands = [name for name in loaded if name.startswith("desk_app.commands.")]
    assert commands == [], commands
    later_pages = [name for name in loaded if name.startswith("desk_app.ui.bar.")]
    assert later_pages == []
    assert set(SET_UP_ONLY).isdisjoint(loaded)


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


def test_start_up_objects_are_frozen_only_when_the_entry_point_held_the_collector_back(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    gc.enable()
    ui_app.settle_start_up()  # the collector was on (a test running the GUI): nothing frozen
    assert frozen == []
    gc.disable()
    ui_app.settle_start_up()
    assert frozen == [True]
    assert not gc.isenabled()  # from here on the GUI thread's timer collects
    assert qapp.findChild(GuiThreadCollector, "gui-thread-collector") is not None


def test_the_days_chores_wait_until_the_window_has_painted(
    qtbot: QtBot,
    empty_desk: Desk,
    desk_manager: Actor,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Names past their retention are erased and a stale sync starts, after the first paint."""
    qapp, uow = ui_app.application(), empty_desk.uow
    [code] = issue_passes(uow, desk_manager)
    register_holder(uow, desk_manager, code, Holder("Nel Smit", "", True))
    save_central_url(uow, "postgresql://desk@127.0.0.1:1/central")  # never synced: stale
    clock.advance(timedelta(days=800))
    as_shown: list[tuple[str | None, bool]] = []

    def main_loop() -> int:
        """Stands in for the event loop: what the window was shown with, then the chores."""
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        as_shown.append((visitor_data(uow, desk_manager, code).holder_name, window.sync.running))
        qtbot.waitUntil(lambda: visitor_data(uow, desk_manager, code).holder_name is None)
        qtbot.waitUntil(lambda: "niet bereikbaar" in sync_status(uow).last_message, timeout=20_000)
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", main_loop)
    assert ui_app.DeskApp(qapp, empty_desk).run() == 0
    assert as_shown == [("Nel Smit", False)]  # neither held up the first screen


def test_the_pages_default_printer_opener_opens_the_configured_printer(tmp_path: Path) -> None:
    assert open_receipt_printer(PrinterConfig()) is None  # no printer set up: nothing to open
    printer = open_receipt_printer(PrinterConfig(kind="file", path=str(tmp_path / "lp0")))
    assert printer is not None
    printer.close()
