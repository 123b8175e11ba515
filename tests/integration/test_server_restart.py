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


def _wait_until_sending(url: str, sync: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    """Poll until the central database holds the sync's first batch (bounded, every 50 ms).

    Starting the subprocess takes from under a second to several on a loaded machine; a
    fixed pause either restarts the server before anything was sent or wastes time.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and sync.poll() is None:
        with psycopg.connect(url) as connection:
            row = connection.execute("SELECT max(high_water) FROM sync_progress").fetchone()
        if row is not None and row[0] is not None and row[0] > 0:
            return
        time.sleep(0.05)
    pytest.fail(f"the sync sent nothing within {timeout:.0f} s (exit code {sync.poll()})")


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
    _wait_until_sending(url, sync)
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
