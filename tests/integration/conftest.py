"""Integration tests against the real PostgreSQL: each test gets its own central database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest

from desk_app.bootstrap import Desk, open_desk
from desk_app.central.migrate import init_central
from desk_app.demo import DemoOptions, generate
from tests.data_folders import new_data_folder

SERVER_URL = os.environ.get(
    "DESK_TEST_CENTRAL_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
DEMO_END = date(2026, 3, 1)


def _with_database(url: str, name: str) -> str:
    base, _, _old = url.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture
def central_url() -> Iterator[str]:
    """A fresh central database at the newest schema, dropped after the test."""
    name = f"desk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(SERVER_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = _with_database(SERVER_URL, name)
    init_central(url)
    yield url
    with psycopg.connect(SERVER_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        _drop_logins(admin, name)


def _drop_logins(admin: psycopg.Connection[tuple[object, ...]], database: str) -> None:
    """The logins ``central add-centre`` and ``add-office`` made: named after the database.

    Roles are server-wide; the group roles ``desk_centre`` and ``desk_office`` are shared by
    every central database on the server and stay.
    """
    pattern = database.replace("_", "\\_") + "\\_%"
    for (role,) in admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (pattern,)):
        admin.execute(f'DROP ROLE "{role}"')


MakeCentre = Callable[..., Desk]


@pytest.fixture
def make_centre(tmp_path: Path, migrated_database: Path) -> Iterator[MakeCentre]:
    """Demo centres in their own data folders, closed after the test."""
    opened: list[Desk] = []

    def make(name: str = "De Meent", days: int = 20, seed: int = 1) -> Desk:
        desk = open_desk(new_data_folder(tmp_path / f"centre-{len(opened)}", migrated_database))
        generate(desk.uow, DemoOptions(days=days, seed=seed, centre=name, end=DEMO_END))
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.close()
