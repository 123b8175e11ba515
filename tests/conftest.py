"""Shared test set-up: Qt offscreen, a fresh data folder and database for every test."""

from __future__ import annotations

import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.bootstrap import Desk, open_desk
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.centre import CentreDetails, set_up_centre
from desk_app.services.pin_hashing import PRODUCTION_PIN_COST, PinCost, use_pin_cost_in_tests
from desk_app.services.uow import UnitOfWork
from tests.data_folders import new_data_folder

MANAGER_PIN = "654321"
# Cheap argon2 costs for tests only; tests/unit/test_pin_cost.py checks the production ones.
TEST_PIN_COST = PinCost(time_cost=1, memory_cost=64, parallelism=1)
# The bundle's smoke test needs a built bundle: `make dist-test` builds one and names it.
collect_ignore = [] if os.environ.get("DESK_APP_BUNDLE") else ["dist"]


class FakeClock:
    """A clock the test moves by hand, so lock-outs and dates need no waiting."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


@pytest.fixture(autouse=True)
def quick_pin_hashing() -> Iterator[None]:
    """Cheap argon2 costs in tests; hashes carry their costs, so verifying is unchanged."""
    use_pin_cost_in_tests(TEST_PIN_COST)
    yield
    use_pin_cost_in_tests(PRODUCTION_PIN_COST)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, without its epoch: made once per worker.

    Running every migration costs far more than copying a file; each test still gets its
    own database, and ``open_desk`` gives the copy a new epoch of its own.
    """
    folder = DataFolder(tmp_path_factory.mktemp("template") / "data")
    open_desk(folder).close()
    with sqlite3.connect(folder.database) as connection:
        connection.execute("DELETE FROM local_identity")
    connection.close()
    return folder.database


@pytest.fixture
def desk(tmp_path: Path, clock: FakeClock, migrated_database: Path) -> Iterator[Desk]:
    """An opened, empty installation in its own folder, on the test's clock."""
    opened = open_desk(new_data_folder(tmp_path / "data", migrated_database))
    opened.uow = UnitOfWork(opened.database, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def uow(desk: Desk) -> UnitOfWork:
    return desk.uow


@pytest.fixture
def manager(uow: UnitOfWork) -> Actor:
    """A centre set up with its first social manager, who is returned."""
    details = CentreDetails(name="De Meent", code="MEE", iban="NL91ABNA0417164300")
    return set_up_centre(uow, details, manager_name="Sanne de Vries", manager_pin=MANAGER_PIN)
