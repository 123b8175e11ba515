"""A central mark ahead of the desk shows in the status bar as a failed sync, never a success."""

from __future__ import annotations

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.sync.service import run_sync, save_central_url
from desk_app.ui.main_window import MainWindow
from tests.integration.conftest import central_url  # noqa: F401 - the fixture


@pytest.mark.central
def test_a_central_mark_ahead_shows_as_a_failed_sync(
    qtbot: QtBot,
    empty_desk: Desk,
    desk_manager: Actor,
    central_url: str,  # noqa: F811 - the imported fixture
) -> None:
    save_central_url(empty_desk.uow, central_url)
    run_sync(empty_desk.uow)
    with psycopg.connect(central_url) as owner:
        owner.execute("UPDATE sync_progress SET high_water = high_water + 1000000")
    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=20_000) as finished:
        assert window.sync.start()
    assert finished.args == [False]
    assert "laatste poging mislukt" in window.status.sync.whole_text()
    assert "schreef er maar" in window.status.sync.toolTip()
