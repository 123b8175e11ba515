"""The stored central address changes only when a sync with the new one succeeds."""

from __future__ import annotations

import pytest

from desk_app.cli import main
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.sync.service import central_url as stored_url
from desk_app.sync.service import sync_log
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def test_a_failed_sync_keeps_the_stored_address(
    central_url: str,
    make_centre: MakeCentre,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = make_centre(days=2)
    folder = str(desk.folder.root)
    assert main(["--data-dir", folder, "sync", "--central", central_url]) == 0
    assert stored_url(desk.uow) == central_url
    monkeypatch.setattr("getpass.getpass", lambda _prompt: DEMO_MANAGER[1])  # she confirms
    nowhere = central_url.rsplit("/", 1)[0] + "/desk_no_such_database"
    assert main(["--data-dir", folder, "sync", "--central", nowhere]) == 2
    assert "geen database desk_no_such_database" in capsys.readouterr().err
    assert stored_url(desk.uow) == central_url
    assert not sync_log(desk.uow)[0].ok
