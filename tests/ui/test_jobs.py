"""The background job helper: one thread per pool, results and errors back on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desk_app.ui.jobs import BackgroundJobs, Pool


def test_a_job_waits_for_the_one_before_it_in_its_pool(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    first_started, first_may_end = threading.Event(), threading.Event()
    events: list[str] = []
    errors: list[Exception] = []

    def first() -> str:
        first_started.set()
        first_may_end.wait(5)
        events.append("first ended")
        return "first"

    def second() -> str:
        events.append("second started")
        return "second"

    done: list[str] = []
    jobs.run(Pool.PRINT, first, done.append, errors.append)
    jobs.run(Pool.PRINT, second, done.append, errors.append)
    qtbot.waitUntil(first_started.is_set)
    first_may_end.set()
    qtbot.waitUntil(lambda: len(done) == 2)
    assert events == ["first ended", "second started"]
    assert done == ["first", "second"]
    assert errors == []


def test_results_and_errors_arrive_on_the_gui_thread(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    gui = threading.get_ident()
    seen: list[tuple[str, bool]] = []

    def fail() -> None:
        raise OSError("printer gone")

    jobs.run(Pool.DOCUMENTS, threading.get_ident, lambda t: seen.append(("done", t != gui)), print)
    jobs.run(Pool.PRINT, fail, print, lambda e: seen.append((str(e), threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert sorted(seen) == [("done", True), ("printer gone", True)]


def test_a_started_job_reports_to_what_was_connected_after_the_start(
    qtbot: QtBot, jobs: BackgroundJobs
) -> None:
    signals = jobs.start(lambda _progress: "klaar", Pool.CENTRAL)
    with qtbot.waitSignal(signals.finished) as finished:
        pass
    assert finished.args == ["klaar"]
