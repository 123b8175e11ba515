"""A central mark ahead of everything the desk wrote stops the sync, seen and logged."""

from __future__ import annotations

import psycopg
import pytest

from desk_app.cli import main
from desk_app.sync.service import run_sync, sync_log, sync_status
from tests.integration.conftest import MakeCentre
from tests.integration.test_push import _walk_ins

pytestmark = pytest.mark.central


def test_a_central_mark_beyond_the_local_log_stops_the_sync(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre(days=2)
    first = run_sync(desk.uow, central_url)
    with psycopg.connect(central_url) as owner:
        owner.execute("UPDATE sync_progress SET high_water = high_water + 1000000")
    _walk_ins(desk.uow, 2)
    capsys.readouterr()
    folder = str(desk.folder.root)
    assert main(["--data-dir", folder, "sync", "--central", central_url]) == 2
    out, err = capsys.readouterr()
    assert "verzonden" not in out
    assert f"tot nummer {first.high_water + 1000000} heeft" in err
    assert f"schreef er maar {first.high_water + 2}" in err
    last = sync_log(desk.uow)[0]
    assert not last.ok
    assert last.message == err.strip()
    status = sync_status(desk.uow)
    assert status.last_message == last.message
    assert status.waiting == 2
