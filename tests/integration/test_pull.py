"""The master-data pull: numbered releases, the central version wins, nothing deleted."""

from __future__ import annotations

import threading
import uuid
from datetime import date
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select

from desk_app.central.releases import MasterItem, publish_release
from desk_app.cli import main
from desk_app.models import Person, Product, Visit
from desk_app.services.uow import UnitOfWork
from desk_app.sync import pull as pull_module
from desk_app.sync.pull import last_release
from desk_app.sync.service import run_sync, sync_log
from tests.integration.checks import compare
from tests.integration.conftest import MakeCentre
from tests.integration.test_push import _walk_ins

pytestmark = pytest.mark.central


def _coffee(uow: UnitOfWork) -> tuple[uuid.UUID, int, date, bool]:
    """The coffee's key, price, valid-from date and active flag, read now."""
    columns = (Product.id, Product.price_cents, Product.valid_from, Product.active)
    with uow.read() as tx:
        row = tx.session.execute(select(*columns).where(Product.name == "Koffie")).one()
    return row[0], row[1], row[2], row[3]


def test_a_new_price_and_a_new_volunteer_come_down_by_release(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=3)
    coffee_id = _coffee(desk.uow)[0]
    newcomer = uuid.uuid4()
    publish_release(
        central_url,
        [
            MasterItem("product", coffee_id, {"price_cents": 150, "valid_from": "2026-03-01"}),
            MasterItem(
                "person",
                newcomer,
                {
                    "name": "Ans Kok",
                    "role": "reception",
                    "kind": "regular",
                    "tasks": "balie",
                    "phone": "",
                    "email": "",
                    "started_on": "2026-02-01",
                    "council_member": False,
                    "badge_code": None,
                    "active": True,
                    "created_at": "2026-02-01T09:00:00+00:00",
                },
            ),
        ],
        note="prijzen maart",
    )
    publish_release(
        central_url, [MasterItem("product", coffee_id, {"active": False})], "WES", "WES"
    )
    result = run_sync(desk.uow, central_url)
    assert result.received == 2
    assert last_release(desk.uow) == 1
    assert _coffee(desk.uow)[1:] == (150, date(2026, 3, 1), True)
    with desk.uow.read() as tx:
        person = tx.session.get_one(Person, newcomer)
        assert (person.name, person.centre_code, person.pin_hash) == ("Ans Kok", "MEE", None)
    again = run_sync(desk.uow, central_url)
    assert again.received == 0
    # The pulled rows went back up unchanged: central still equals local.
    assert compare(desk, central_url, seed=1).clean


def test_a_release_pulled_while_the_till_is_in_use(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=2)
    coffee_id = _coffee(desk.uow)[0]
    publish_release(central_url, [MasterItem("product", coffee_id, {"price_cents": 175})])
    with desk.uow.read() as tx:
        before = int(tx.session.scalar(select(func.count()).select_from(Visit)) or 0)
    till = threading.Thread(target=_walk_ins, args=(desk.uow, 150))
    till.start()
    run_sync(desk.uow, central_url)
    till.join()
    assert _coffee(desk.uow)[1] == 175
    with desk.uow.read() as tx:
        assert tx.session.scalar(select(func.count()).select_from(Visit)) == before + 150
    run_sync(desk.uow, central_url)
    assert compare(desk, central_url, seed=1).clean


def test_a_connection_dropped_during_the_pull_ends_the_run_with_a_clear_message(
    central_url: str,
    make_centre: MakeCentre,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    desk = make_centre(days=2)

    def dropped(connection: psycopg.Connection[Any], after: int, centre_code: str) -> object:
        connection.execute("SELECT pg_terminate_backend(pg_backend_pid())")  # the server goes
        raise AssertionError("the connection is gone")

    monkeypatch.setattr(pull_module, "releases_after", dropped)
    capsys.readouterr()
    code = main(["--data-dir", str(desk.folder.root), "sync", "--central", central_url])
    err = capsys.readouterr().err
    assert code == 2
    assert "De verbinding met de centrale database viel weg" in err
    assert "Traceback" not in err
    [run] = sync_log(desk.uow)
    assert run.finished_at is not None
    assert not run.ok
    assert run.message == err.strip()
