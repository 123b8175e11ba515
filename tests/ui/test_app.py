"""Start-up wiring: a friendly refusal when the data cannot be opened, the crash handler, files."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk_app.bootstrap import Desk
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.preferences import Preferences
from desk_app.ui import app as ui_app
from desk_app.ui.crash import CrashHandler
from desk_app.ui.main_window import MainWindow
from desk_app.ui.resources import icon, resource_dir, style_sheet
from desk_app.ui.sections import SECTIONS
from desk_app.ui.wizard.first_run import FirstRunWizard

Shown = list[tuple[str, str]]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Message boxes are recorded instead of waiting for a click."""
    boxes: Shown = []

    def record(_parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return boxes


def test_a_damaged_database_is_explained_and_exits_non_zero(
    qapp: QApplication, tmp_path: Path, shown: Shown
) -> None:
    (tmp_path / "desk.sqlite3").write_bytes(b"dit is geen database" * 200)
    assert ui_app.run_gui(DataFolder(tmp_path)) == 1
    [(title, text)] = shown
    assert title == "De balie kan niet starten"
    assert "Vraag de sociaal beheerder om hulp" in text
    assert "Traceback" not in text


def test_crash_handler_logs_and_stays_calm(shown: Shown, caplog: pytest.LogCaptureFixture) -> None:
    handler = CrashHandler()
    try:
        raise RuntimeError("kapot")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR):
            handler(type(error), error, error.__traceback__)
    [(title, text)] = shown
    assert title == "Er ging iets mis"
    assert "kapot" not in text
    assert "RuntimeError: kapot" in caplog.text


def test_crash_handler_shows_a_refusal_as_is(shown: Shown) -> None:
    error = InvalidInput(QT_TRANSLATE_NOOP("Errors", "Vul een naam in."))
    CrashHandler()(type(error), error, None)
    assert shown == [("Er ging iets mis", "Vul een naam in.")]


def test_main_window_applies_a_new_text_size(
    qapp: QApplication, empty_desk: Desk, desk_manager: Actor
) -> None:
    hook = sys.excepthook
    try:
        window = ui_app.DeskApp(qapp, empty_desk).main_window(desk_manager)
        window.preferences_changed.emit(Preferences(font_size=22))
        assert qapp.font().pointSize() == 22
        assert "font-size: 22pt" in qapp.styleSheet()
        window.close()
    finally:
        sys.excepthook = hook


def test_resources_are_found_beside_the_package_and_inside_a_built_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for page in SECTIONS:
        assert not icon(page.icon_name).isNull(), page.icon_name
    assert "$" not in style_sheet(15)
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr("desk_app.ui.resources.files", lambda package: tmp_path)
    assert resource_dir() == tmp_path / "resources"


def test_first_start_runs_wizard_then_main_window(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole start on an empty folder: the wizard, then the main window is shown."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown_windows: list[str] = []

    def visible(kind: type[QWidget]) -> QWidget | None:
        widgets = qapp.topLevelWidgets()
        return next((w for w in widgets if isinstance(w, kind) and w.isVisible()), None)

    def drive_wizard() -> None:
        wizard = visible(FirstRunWizard)
        if not isinstance(wizard, FirstRunWizard):
            QTimer.singleShot(10, drive_wizard)
            return
        wizard.identity.name.setCurrentText("Open Hof")
        for _ in range(7):  # details, numbers, hours, parts, price list, rooms, till
            wizard.next()
        wizard.manager.name.setText("Sanne de Vries")
        wizard.manager.pin.setText("246813")
        wizard.manager.pin_again.setText("246813")
        wizard.accept()

    def main_loop() -> int:
        """Stands in for the app's event loop: note the main window, close it."""
        window = visible(MainWindow)
        assert window is not None
        shown_windows.append(window.windowTitle())
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", main_loop)
    QTimer.singleShot(0, drive_wizard)
    assert ui_app.run_gui(DataFolder(tmp_path)) == 0
    assert shown_windows == ["Balie Open Hof"]
