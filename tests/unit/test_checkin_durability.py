"""A reception PC may lose power mid-check-in: nothing the screen confirmed may be lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor

RUNS = 20


def _kill_after(folder: Path, actor: Actor, confirmations: int) -> list[str]:
    """Run the child until it confirmed ``confirmations`` visits, SIGKILL it, return its output."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.checkin_child", str(folder), str(actor.person_id)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    seen = [child.stdout.readline() for _ in range(confirmations)]
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    lines = seen + rest.splitlines(keepends=True)
    return [line.strip() for line in lines if line.endswith("\n")]


def test_no_confirmed_visit_is_lost_on_sigkill(desk: Desk, manager: Actor) -> None:
    folder = desk.folder.root
    desk.close()
    rng = random.Random(20)
    confirmed: list[str] = []
    for _ in range(RUNS):
        confirmed += _kill_after(folder, manager, rng.randint(1, 60))
    with sqlite3.connect(folder / "desk.sqlite3") as database:
        stored = {row[0] for row in database.execute("SELECT id FROM visit")}
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        logged = database.execute("SELECT count(*) FROM change_log WHERE table_name='visit'")
        assert logged.fetchone() == (len(stored),)
    database.close()
    assert len(confirmed) >= RUNS
    missing = [visit for visit in confirmed if visit.replace("-", "") not in stored]
    assert missing == []
