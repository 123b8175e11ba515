"""Beheer › Synchronisatie: the log, central errors and double bookings; the status bar warns."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk, open_desk, restore_backup
from desk_app.central.connect import connect
from desk_app.central.receive import Batch, Receiver
from desk_app.db.backup import backup_database
from desk_app.errors import DeskError
from desk_app.models import DayPartKey
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor, authenticate
from desk_app.services.rooms.booking_changes import cancel_booking
from desk_app.services.rooms.bookings import book_room
from desk_app.services.uow import UnitOfWork
from desk_app.sync.service import run_sync, save_central_url
from desk_app.ui.admin.settings import SettingsDialog
from desk_app.ui.admin.sync_panel import SyncPanel
from desk_app.ui.main_window import MainWindow
from desk_app.ui.statusbar import DeskStatusBar
from desk_app.wire.registry import SCHEMA_VERSION
from desk_app.wire.rows import OutgoingRow
from tests.conftest import FakeClock
from tests.integration.conftest import central_url  # noqa: F401 - the fixture
from tests.ui.conftest import MANAGER_PIN
from tests.unit import hire_factories as make
from tests.unit.factories import signed_by

NOWHERE = "postgresql://desk@127.0.0.1:1/central"


def _window(qtbot: QtBot, desk: Desk, actor: Actor) -> MainWindow:
    window = MainWindow(desk, "De Meent", actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_sync_log(window: MainWindow) -> SyncPanel:
    menu = window.manage_button.menu()
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "Synchronisatielog en fouten").trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.sync_panel)
    return dialog.sync_panel


def _cell(panel: SyncPanel, row: int, column: int) -> str:
    return str(panel.log_model.data(panel.log_model.index(row, column)))


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_log_shows_a_failed_run_and_fetching_explains_an_unreachable_server(
    qtbot: QtBot, qtmodeltester: ModelTester, empty_desk: Desk, desk_manager: Actor
) -> None:
    save_central_url(empty_desk.uow, NOWHERE)
    with pytest.raises(DeskError):
        run_sync(empty_desk.uow)
    window = _window(qtbot, empty_desk, desk_manager)
    panel = _open_sync_log(window)
    qtmodeltester.check(panel.log_model)
    assert panel.address.text() == f"Centrale database: {NOWHERE}"
    assert panel.log_model.rowCount(QModelIndex()) == 1
    assert _cell(panel, 0, 2) == "mislukt"
    assert "niet bereikbaar" in _cell(panel, 0, 6)
    _click(qtbot, panel.fetch_button)
    assert not panel.fetch_button.isEnabled()  # the GUI goes on while the job runs
    qtbot.waitUntil(panel.fetch_button.isEnabled, timeout=20_000)
    assert "niet bereikbaar" in panel.message.text()
    assert panel.message.property("kind") == "error"


def test_without_a_central_address_nothing_is_fetched(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    panel = _open_sync_log(_window(qtbot, empty_desk, desk_manager))
    assert "Nog geen centrale database" in panel.address.text()
    assert not panel.fetch_button.isEnabled()
    assert not panel.sync_button.isEnabled()
    assert panel.log_model.rowCount(QModelIndex()) == 0


def _copy_of(desk: Desk, manager: Actor, tmp_path: Path, clock: FakeClock) -> Desk:
    """A second desk of the same centre from a copy of this one (a restore: a new epoch)."""
    backup = backup_database(desk.database, tmp_path / "copy.sqlite3")
    folder = DataFolder(tmp_path / "second-desk")
    restore_backup(folder, backup, clock(), signed_by(manager.person_id, MANAGER_PIN))
    copy = open_desk(folder)
    copy.uow = UnitOfWork(copy.database, clock=clock)
    return copy


@pytest.mark.central
def test_a_double_booking_is_shown_and_gone_after_cancelling_one(
    qtbot: QtBot,
    empty_desk: Desk,
    desk_manager: Actor,
    *,
    central_url: str,  # noqa: F811 - the imported fixture
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    uow = empty_desk.uow
    hall = make.room(uow, desk_manager)
    club, choir = make.hirer(uow, desk_manager), make.hirer(uow, desk_manager, "Koor Zanglust")
    save_central_url(uow, central_url)
    copy = _copy_of(empty_desk, desk_manager, tmp_path, clock)
    try:
        there = authenticate(copy.uow, desk_manager.person_id, MANAGER_PIN)  # she logs in there
        book_room(copy.uow, there, make.request(hall, choir, part=DayPartKey.EVENING))
        run_sync(copy.uow)
    finally:
        copy.close()
    mine = book_room(uow, desk_manager, make.request(hall, club, part=DayPartKey.EVENING))
    with connect(central_url) as connection:  # a row the central side refuses
        wrong = OutgoingRow(1, "visit", uuid.uuid4(), "insert", {"id": uuid.uuid4()})
        Receiver(connection).apply(Batch("MEE", uuid.uuid4(), SCHEMA_VERSION, [wrong]))
    window = _window(qtbot, empty_desk, desk_manager)
    assert not window.status.conflicts.isVisible()
    panel = _open_sync_log(window)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=20_000) as synced:
        _click(qtbot, panel.sync_button)
    assert synced.args == [True]
    assert window.status.conflicts.isVisible()
    assert window.status.conflicts.text() == "1 dubbele boeking"
    assert "centrale database" in window.status.conflicts.toolTip()
    assert panel.lists.tabText(2) == "Dubbele boekingen (1)"
    assert panel.lists.tabText(1) == "Geweigerde records (nog niet opgehaald)"
    assert panel.conflict_model.rowCount(QModelIndex()) == 1
    assert _cell(panel, 0, 2) == "gelukt"

    _click(qtbot, window.status.conflicts)
    listing = window.sync.conflicts_dialog
    assert listing is not None
    assert listing.model.rowCount(QModelIndex()) == 1
    texts = [str(listing.model.data(listing.model.index(0, c))) for c in range(6)]
    assert texts[1:3] == ["18:00-22:30", "Grote zaal"]
    assert {"Biljartclub De Keu (optie, op deze pc)", "Koor Zanglust (optie, niet op deze pc)"} == {
        texts[3],
        texts[4],
    }
    assert texts[5].startswith("Overleg met Koor Zanglust; annuleer daarna")
    listing.close()

    _click(qtbot, panel.fetch_button)
    qtbot.waitUntil(panel.fetch_button.isEnabled, timeout=20_000)
    assert panel.message.text() == "1 geweigerde record(s) en 1 dubbele boeking(en)."
    assert panel.error_model.rowCount(QModelIndex()) == 1
    assert panel.lists.tabText(1) == "Geweigerde records (1)"
    assert panel.lists.currentIndex() == 2  # the double bookings come first
    reason = str(panel.error_model.data(panel.error_model.index(0, 2)))
    assert "hoort bij buurthuis" in reason

    cancel_booking(uow, desk_manager, mine.id)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=20_000):
        _click(qtbot, panel.sync_button)
    assert not window.status.conflicts.isVisible()
    assert panel.conflict_model.rowCount(QModelIndex()) == 0
    assert panel.log_model.rowCount(QModelIndex()) == 2


def test_the_warning_opens_by_key_as_well_and_goes_at_zero(qtbot: QtBot) -> None:
    status = DeskStatusBar("De Meent")
    qtbot.addWidget(status)
    status.show()
    status.show_conflicts(2)
    assert status.conflicts.isVisible()
    assert status.conflicts.text() == "2 dubbele boekingen"
    with qtbot.waitSignal(status.conflicts_requested, timeout=1_000):
        qtbot.keyClick(status.conflicts, Qt.Key.Key_Return)
    status.show_conflicts(0)
    assert not status.conflicts.isVisible()
