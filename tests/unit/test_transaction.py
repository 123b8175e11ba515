"""The transaction's fixed moment and the caches' named forgetting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from desk_app.central.releases import Release
from desk_app.services.auth import Actor
from desk_app.services.caches import HistoryCache
from desk_app.services.living_room.figures import Counts
from desk_app.services.uow import UnitOfWork
from desk_app.sync import pull
from tests.conftest import FakeClock

FIRST = date(2026, 1, 1)
LAST = date(2026, 3, 1)


def test_a_transaction_keeps_the_moment_it_began(uow: UnitOfWork, clock: FakeClock) -> None:
    began = clock.moment
    with uow.write() as tx:
        clock.advance(timedelta(minutes=5))
        assert tx.now == began
    with uow.read() as tx:
        assert tx.now == began + timedelta(minutes=5)


def test_past_counts_are_counted_once_until_forgotten() -> None:
    history = HistoryCache()
    counted: list[Counts] = []

    def count() -> Counts:
        counted.append(Counts(len(counted) + 1, 0))
        return counted[-1]

    assert history.visit_counts(FIRST, LAST, count) == Counts(1, 0)
    assert history.visit_counts(FIRST, LAST, count) == Counts(1, 0)
    history.forget()
    assert history.visit_counts(FIRST, LAST, count) == Counts(2, 0)


def test_counts_made_while_they_were_forgotten_are_not_kept() -> None:
    history = HistoryCache()

    def count_while_the_pull_forgets() -> Counts:
        history.forget()
        return Counts(1, 0)

    history.visit_counts(FIRST, LAST, count_while_the_pull_forgets)
    assert history.visit_counts(FIRST, LAST, lambda: Counts(2, 0)) == Counts(2, 0)


def test_the_settings_are_read_again_after_forget(uow: UnitOfWork, manager: Actor) -> None:
    with uow.read() as tx:
        parts = tx.day_parts()
        assert parts
        code = tx.centre_code()
    with uow.write() as tx:
        tx.connection.exec_driver_sql("DELETE FROM day_part")
    with uow.read() as tx:
        assert tx.day_parts() == parts
    uow.settings.forget()
    with uow.read() as tx:
        assert tx.day_parts() == ()
        assert tx.centre_code() == code


def test_a_pull_forgets_the_past_counts(
    uow: UnitOfWork, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_central(_url: str, work: Callable[[None], int]) -> int:
        return work(None)

    monkeypatch.setattr(pull, "read_central", no_central)
    monkeypatch.setattr(pull, "releases_after", lambda *_args: [Release(1, [])])
    taken: list[int] = []
    monkeypatch.setattr(pull, "note_taken", lambda _c, _code, number: taken.append(number))
    uow.history.visit_counts(FIRST, LAST, lambda: Counts(1, 0))
    pull.pull_master_data(uow, "postgresql://office")
    assert uow.history.visit_counts(FIRST, LAST, lambda: Counts(2, 0)) == Counts(2, 0)
    assert taken == [1]
