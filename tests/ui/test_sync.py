"""The sync from the GUI: in the background, progress and outcome in the status bar."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.models.types import utc_now
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.sync.service import save_central_url, sync_status
from desk_app.ui.main_window import MainWindow
from tests.integration.conftest import central_url  # noqa: F401 - the fixture, for the last test

NOWHERE = "postgresql://desk@127.0.0.1:1/central"


def _window(qtbot: QtBot, desk: Desk, actor: Actor) -> MainWindow:
    window = MainWindow(desk, "De Meent", actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sync_action(window: MainWindow) -> None:
    menu = window.manage_button.menu()
    assert menu is not None
    action = next(a for a in menu.actions() if a.text() == "Synchroniseren")
    action.trigger()


def test_without_a_central_address_the_status_bar_says_so(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = _window(qtbot, empty_desk, desk_manager)
    assert "nog nooit" in window.status.sync.whole_text()
    _sync_action(window)
    assert "geen centrale database ingesteld" in window.status.sync.whole_text()


def test_a_failed_sync_is_shown_and_old_records_are_counted(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    save_central_url(empty_desk.uow, NOWHERE)
    later = utc_now() + timedelta(days=2)
    empty_desk.uow = UnitOfWork(empty_desk.database, clock=lambda: later)
    window = _window(qtbot, empty_desk, desk_manager)
    waiting = sync_status(empty_desk.uow).waiting
    with qtbot.waitSignal(window.sync.sync_finished, timeout=20_000) as finished:
        _sync_action(window)
        assert window.sync.running
    assert finished.args == [False]
    text = window.status.sync.whole_text()
    assert "laatste poging mislukt" in text
    assert f"{waiting} records nog niet verzonden" in text
    assert "niet bereikbaar" in window.status.sync.toolTip()


@pytest.mark.central
def test_a_sync_runs_in_the_background_and_shows_its_success(
    qtbot: QtBot,
    empty_desk: Desk,
    desk_manager: Actor,
    central_url: str,  # noqa: F811 - the imported fixture
) -> None:
    save_central_url(empty_desk.uow, central_url)
    window = _window(qtbot, empty_desk, desk_manager)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=20_000) as finished:
        assert window.sync.start_if_stale()
    assert finished.args == [True]
    assert sync_status(empty_desk.uow).waiting == 0
    assert "nog nooit" not in window.status.sync.whole_text()
    assert "mislukt" not in window.status.sync.whole_text()
    assert not window.sync.start_if_stale()  # just synced: not stale
