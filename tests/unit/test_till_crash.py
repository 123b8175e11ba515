"""A SIGKILL while selling loses no confirmed sale and leaves a sound database."""

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
from tests.unit.till_factories import set_up_bar

RUNS = 20
SELLER = Path(__file__).with_name("till_seller.py")
SELLER_PIN = "2222"  # set_up_bar's Henk Bakker


def _sell_and_kill(desk: Desk, seller_id: str, product_id: str, rng: random.Random) -> list[int]:
    """Start a seller, let it confirm a random number of sales, kill it mid-flight."""
    child = subprocess.Popen(
        [sys.executable, str(SELLER), str(desk.folder.root), seller_id, SELLER_PIN, product_id],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert child.stdout is not None
    confirmed = [int(child.stdout.readline()) for _ in range(rng.randint(1, 40))]
    child.send_signal(signal.SIGKILL)
    confirmed += [int(line) for line in child.stdout.read().split()]
    child.wait()
    child.stdout.close()
    return confirmed


def test_sigkill_while_selling_loses_no_confirmed_sale(desk: Desk, manager: Actor) -> None:
    bar = set_up_bar(desk.uow, manager)
    seller, coffee = str(bar.seller.person_id), str(bar.products["Koffie"])
    rng = random.Random(4)
    printed: list[int] = []
    for _ in range(RUNS):
        printed += _sell_and_kill(desk, seller, coffee, rng)
        with sqlite3.connect(desk.folder.database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in connection.execute("SELECT receipt_number FROM sale")}
        connection.close()
        assert set(printed) <= stored
        assert stored == set(range(1, len(stored) + 1))
    assert len(printed) >= RUNS
