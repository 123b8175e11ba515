"""Fault scenarios: SIGKILL at random points, syncs at the same moment, and the naive variant."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import psycopg
import pytest

from desk_app.bootstrap import Desk
from desk_app.central.receive import Batch, Receipt, Receiver
from desk_app.sync import push as push_module
from desk_app.sync.service import run_sync
from tests.integration.checks import compare
from tests.integration.conftest import MakeCentre
from tests.integration.naive import NaiveReceiver, drop_keys

pytestmark = pytest.mark.central
SEED = int(os.environ.get("DESK_FAULT_SEED", "20261129"))


def _sync_process(desk: Desk, url: str, batch: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
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
            str(batch),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _finish(process: subprocess.Popen[bytes], timeout: float = 120) -> tuple[int, str]:
    _out, err = process.communicate(timeout=timeout)
    return process.returncode, err.decode()


def _central_mark(url: str) -> int:
    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT coalesce(max(high_water), 0) FROM sync_progress"
        ).fetchone()
    assert row is not None  # an aggregate always returns one row
    return int(row[0])


def test_sigkill_twenty_times_then_sync_to_the_end(
    central_url: str, make_centre: MakeCentre
) -> None:
    rng = random.Random(SEED)
    desk = make_centre(days=150, seed=SEED % 1000)
    marks = []
    for _ in range(20):
        process = _sync_process(desk, central_url, batch=40)
        time.sleep(rng.uniform(0.7, 1.6))
        process.send_signal(signal.SIGKILL)
        _finish(process)
        marks.append(_central_mark(central_url))
    assert marks == sorted(marks), f"the mark went back (seed {SEED})"
    final = _sync_process(desk, central_url, batch=500)
    code, errors = _finish(final)
    assert code == 0, errors
    report = compare(desk, central_url, SEED)
    print(f"SIGKILL x20: marks {marks}; {report}")
    assert report.clean, report


def test_the_same_centre_synced_twice_at_once(central_url: str, make_centre: MakeCentre) -> None:
    desk = make_centre(days=40)
    processes = [_sync_process(desk, central_url, batch=100) for _ in range(2)]
    assert [_finish(p) for p in processes] == [(0, ""), (0, "")]
    report = compare(desk, central_url, SEED)
    assert report.clean, report


def test_two_centres_sync_at_the_same_moment(central_url: str, make_centre: MakeCentre) -> None:
    desks = [make_centre("De Meent", days=30, seed=3), make_centre("Westend", days=30, seed=4)]
    processes = [_sync_process(desk, central_url, batch=100) for desk in desks]
    assert [_finish(p) for p in processes] == [(0, ""), (0, "")]
    for desk in desks:
        report = compare(desk, central_url, SEED)
        assert report.clean, report


def _lose_every_third_reply(monkeypatch: pytest.MonkeyPatch, receiver: type[Receiver]) -> None:
    original = receiver.apply
    counter = {"n": 0}

    def lossy(self: Receiver, batch: Batch) -> Receipt:
        receipt = original(self, batch)
        counter["n"] += 1
        if counter["n"] % 3 == 0:
            raise psycopg.OperationalError("reply lost")
        return receipt

    monkeypatch.setattr(receiver, "apply", lossy)
    monkeypatch.setattr(push_module, "ATTEMPTS", 50)
    monkeypatch.setattr(time, "sleep", lambda _s: None)


def test_the_real_receiver_survives_lost_replies(
    central_url: str, make_centre: MakeCentre, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_centre(days=10)
    _lose_every_third_reply(monkeypatch, Receiver)
    run_sync(desk.uow, central_url, batch_size=100)
    report = compare(desk, central_url, SEED)
    assert report.clean, report


def test_the_harness_catches_a_naive_receiver_doubling_rows(
    central_url: str, make_centre: MakeCentre, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_centre(days=10)
    with psycopg.connect(central_url) as connection:
        drop_keys(connection)
    monkeypatch.setattr(push_module, "Receiver", NaiveReceiver)
    monkeypatch.setattr(NaiveReceiver, "noted", {})
    original = NaiveReceiver.apply
    counter = {"n": 0}

    def lossy(self: NaiveReceiver, batch: Batch) -> Receipt:
        note = dict(self.noted)
        receipt = original(self, batch)
        counter["n"] += 1
        if counter["n"] % 3 == 0:
            self.noted.update(note)  # the reply never arrived, so the sender's note stays
            raise psycopg.OperationalError("reply lost")
        return receipt

    monkeypatch.setattr(NaiveReceiver, "apply", lossy)
    monkeypatch.setattr(push_module, "ATTEMPTS", 50)
    monkeypatch.setattr(time, "sleep", lambda _s: None)
    run_sync(desk.uow, central_url, batch_size=100)
    report = compare(desk, central_url, SEED)
    print(f"naive variant: {report}")
    assert report.doubled > 0
    assert report.sequence_gaps > 0
    assert not report.clean
