"""Sign-ups and strippenkaarten reach the central database; the names signed up stay home."""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from desk_app.bootstrap import open_desk
from desk_app.central.logins import add_centre
from desk_app.cli import main
from desk_app.models import Role, SignUp
from desk_app.paths import DataFolder
from desk_app.services import auth, people
from desk_app.services.activities import signups
from desk_app.sync.service import run_sync
from tests.integration.checks import compare
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def test_sign_ups_and_cards_arrive_without_names(central_url: str, make_centre: MakeCentre) -> None:
    desk = make_centre(days=3)
    with desk.uow.read() as tx:
        named = tx.session.scalar(select(func.count()).where(SignUp.name.is_not(None)))
    assert named
    run_sync(desk.uow, central_url, batch_size=200)
    assert compare(desk, central_url, seed=1).clean
    with psycopg.connect(central_url, autocommit=True) as connection:
        columns = {
            row[0]
            for row in connection.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_name = 'activity_signup'"
            )
        }
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()
            for table in ("activity_signup", "multi_visit_card", "product WHERE stamps > 0")
        ]
    assert "name" not in columns
    assert "pass_id" in columns
    assert [row[0] for row in counts if row] == [11, 4, 2]


def test_a_rebuilt_pc_has_the_sign_ups_back_without_names(
    central_url: str,
    make_centre: MakeCentre,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = make_centre(days=3)
    run_sync(desk.uow, central_url, batch_size=200)
    login = add_centre(central_url, "MEE")
    new = DataFolder(tmp_path / "new-pc")
    monkeypatch.setattr("sys.stdin", io.StringIO("654321\n"))
    assert main(["--data-dir", str(new.root), "recover", "--central", login]) == 0, (
        capsys.readouterr()
    )
    rebuilt = open_desk(new)
    try:
        with rebuilt.uow.read() as tx:
            session_id = tx.session.scalars(select(SignUp.session_id).limit(1)).one()
        manager = next(a for a in people.desk_accounts(rebuilt.uow) if a.role is Role.MANAGER)
        reader = auth.authenticate(rebuilt.uow, manager.person_id, "654321")
        listed = signups.signups(rebuilt.uow, reader, session_id)
    finally:
        rebuilt.close()
    assert (len(listed.placed), len(listed.waiting)) == (8, 3)
    assert {s.name for s in listed.placed + listed.waiting if s.pass_code is None} == {""}
