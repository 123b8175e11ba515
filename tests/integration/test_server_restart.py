"""The PostgreSQL server restarted during a sync: the run reports it, the next run completes."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from desk_app.central.migrate import init_central
from desk_app.sync.service import run_sync
from tests.integration.checks import compare
from tests.integration.conftest import MakeCentre
from tests.integration.throwaway_server import ThrowawayServer

pytestmark = pytest.mark.central


@pytest.fixture
def own_server() -> Iterator[ThrowawayServer]:
    with tempfile.TemporaryDirectory(prefix="desk-pg-") as scratch:
        server = ThrowawayServer(Path(scratch))
        server.start()
        try:
            yield server
        finally:
            server.stop()


def test_a_server_restart_mid_sync_loses_and_doubles_nothing(
    own_server: ThrowawayServer, make_centre: MakeCentre
) -> None:
    url = own_server.url
    init_central(url)
    desk = make_centre(days=120)
    sync = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desk_app",
            "--data-dir",
            str(desk.folder.root),
            "sync",
            "--central",
            url,
            "--batch",
            "50",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)
    assert sync.poll() is None, "the sync must still be running when the server restarts"
    own_server.restart()
    _out, errors = sync.communicate(timeout=120)
    assert sync.returncode in {0, 2}
    assert "Traceback" not in errors.decode()
    with psycopg.connect(url) as connection:
        row = connection.execute("SELECT high_water FROM sync_progress").fetchone()
    assert row is not None
    run_sync(desk.uow, url)
    report = compare(desk, url, seed=1)
    print(f"server restart (first run exit {sync.returncode}): {report}")
    assert report.clean, report
