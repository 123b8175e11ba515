"""A login per centre and for the office: each centre reads and writes only its own rows."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
import pytest
from alembic import command
from sqlalchemy.engine import make_url

from desk_app.bootstrap import Desk
from desk_app.central.connect import engine_for
from desk_app.central.logins import add_centre, add_office
from desk_app.central.migrate import alembic_config, head_revision
from desk_app.central.receive import BatchRefused, Receiver
from desk_app.central.releases import MasterItem, publish_release
from desk_app.cli import main
from desk_app.sync.service import run_sync, sync_log
from tests.integration.checks import compare
from tests.integration.conftest import MakeCentre
from tests.integration.test_push import _walk_ins

pytestmark = pytest.mark.central
Connection = psycopg.Connection[tuple[Any, ...]]


def _count(connection: Connection, query: str, *params: object) -> int:
    row = connection.execute(query, params).fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
def two_centres(central_url: str, make_centre: MakeCentre) -> tuple[Desk, Desk]:
    """Alleman (ALM) and Westend (WES), both synced by the schema owner."""
    desks = make_centre("Alleman", days=6, seed=5), make_centre("Westend", days=6, seed=6)
    for desk in desks:
        run_sync(desk.uow, central_url)
    return desks


def test_add_centre_prints_the_login_url_as_its_only_line(
    central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["central", "add-centre", "alm", "--central", central_url, "--name", "Alleman"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    login = make_url(lines[0])
    assert str(login.username).endswith("_centre_alm")
    assert len(str(login.password or "")) >= 24
    assert (login.host, login.database) == ("127.0.0.1", make_url(central_url).database)
    with psycopg.connect(lines[0]) as connection:
        assert connection.execute(
            "SELECT l.centre_code, r.name, pg_has_role(current_user, 'desk_centre', 'MEMBER') "
            "FROM desk_login l JOIN centre_registry r ON r.code = l.centre_code"
        ).fetchall() == [("ALM", "Alleman", True)]
    # Asked again, the same login gets a new password; the old one is of no use any more.
    assert main(argv) == 0
    assert make_url(capsys.readouterr().out.strip()).password != login.password


def test_a_centre_reads_and_changes_only_its_own_rows(
    central_url: str, two_centres: tuple[Desk, Desk]
) -> None:
    alleman = add_centre(central_url, "ALM")
    with psycopg.connect(alleman, autocommit=True) as connection:
        for table in ("visit", "hirer", "sale", "raw_batch", "sync_progress", "centre"):
            query = f"SELECT count(*) FROM {table} WHERE centre_code = %s"
            assert _count(connection, query, "WES") == 0, table
            assert _count(connection, query, "ALM") > 0, table
        assert _count(connection, "SELECT count(*) FROM desk_login") == 1
        changed = connection.execute("UPDATE sale SET reason = 'x' WHERE centre_code = 'WES'")
        assert changed.rowcount == 0
        moved = connection.execute(
            "UPDATE sync_progress SET high_water = high_water + 1000000 WHERE centre_code = 'WES'"
        )
        assert moved.rowcount == 0
        refusals = (
            "UPDATE sale SET centre_code = 'WES' WHERE centre_code = 'ALM'",
            f"INSERT INTO sync_progress (centre_code, epoch) VALUES ('WES', '{uuid.uuid4()}')",
            "DELETE FROM visit",
            "INSERT INTO accepted_version VALUES (99)",
            "UPDATE master_release SET note = 'x'",
        )
        for statement in refusals:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
    with psycopg.connect(central_url) as owner:
        assert _count(owner, "SELECT max(high_water) FROM sync_progress") < 1_000_000


def test_a_batch_claiming_another_centre_is_refused_and_listed(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    westend = make_centre("Westend", days=2, seed=6)
    alleman = add_centre(central_url, "ALM")
    with pytest.raises(BatchRefused, match="hoort bij buurthuis WES") as refused:
        run_sync(westend.uow, alleman, batch_size=100)
    assert "(die hoort bij ALM)" in refused.value.message
    assert not sync_log(westend.uow)[0].ok
    with psycopg.connect(central_url) as owner:
        assert _count(owner, "SELECT count(*) FROM hirer") == 0
        assert _count(owner, "SELECT count(*) FROM raw_batch") == 0
    assert main(["central", "errors", "--central", alleman, "--json"]) == 1
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["centre_code"], listed["seq"]) == ("ALM", 1)
    assert "zegt van buurthuis WES te komen" in listed["reason"]


def test_a_centre_with_its_own_login_is_refused_through_the_schema_owner(
    central_url: str, make_centre: MakeCentre
) -> None:
    westend = make_centre("Westend", days=2, seed=6)
    first = run_sync(westend.uow, central_url)  # before the office gave Westend a login
    add_centre(central_url, "WES")
    _walk_ins(westend.uow, 2)
    with pytest.raises(BatchRefused, match="eigen login") as refused:
        run_sync(westend.uow, central_url)
    assert f"meldt zich aan als {make_url(central_url).username}" in refused.value.message
    assert not sync_log(westend.uow)[0].ok
    with psycopg.connect(central_url) as owner:
        mark = _count(owner, "SELECT max(high_water) FROM sync_progress WHERE centre_code = 'WES'")
    assert mark == first.high_water  # nothing was sent


def test_the_policy_alone_refuses_another_centres_rows(
    central_url: str, make_centre: MakeCentre, monkeypatch: pytest.MonkeyPatch
) -> None:
    westend = make_centre("Westend", days=2, seed=6)
    alleman = add_centre(central_url, "ALM")
    monkeypatch.setattr(Receiver, "_check_centre", lambda _self, _batch: None)
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        run_sync(westend.uow, alleman, batch_size=100)


def test_the_office_reads_all_and_alone_publishes_releases(
    central_url: str, two_centres: tuple[Desk, Desk]
) -> None:
    office = add_office(central_url, "kantoor")
    alleman = add_centre(central_url, "ALM")
    with psycopg.connect(central_url) as owner:
        visits = _count(owner, "SELECT count(*) FROM visit")
    with psycopg.connect(office) as connection:
        assert _count(connection, "SELECT count(*) FROM visit") == visits
        codes = connection.execute("SELECT DISTINCT centre_code FROM hirer ORDER BY 1").fetchall()
        assert codes == [("ALM",), ("WES",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE sale SET reason = 'x'")
    item = MasterItem("product", uuid.uuid4(), {"name": "Thee", "price_cents": 120})
    assert publish_release(office, [item], "voor iedereen") == 1
    assert publish_release(office, [item], "alleen Westend", "WES") == 2
    assert publish_release(office, [item], "alleen Alleman", "ALM") == 3
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        publish_release(alleman, [item], "van een buurthuis")
    with psycopg.connect(alleman) as connection:
        seen = connection.execute(
            "SELECT DISTINCT release_number FROM master_item ORDER BY 1"
        ).fetchall()
        assert seen == [(1,), (3,)]


def test_facts_through_the_office_and_through_a_centre(
    central_url: str, two_centres: tuple[Desk, Desk], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    argv = ["report", "facts", "--year", "2026", "--json", "--central"]
    assert main([*argv, central_url]) == 0
    everything = json.loads(capsys.readouterr().out)
    assert main([*argv, add_office(central_url, "kantoor")]) == 0
    assert json.loads(capsys.readouterr().out) == everything
    assert main([*argv, add_centre(central_url, "WES")]) == 0
    own = json.loads(capsys.readouterr().out)
    assert list(own["centres"]) == ["WES"]
    assert own["centres"]["WES"] == everything["centres"]["WES"]
    assert own["total"]["visits"] == everything["centres"]["WES"]["visits"]


def test_a_demo_centre_syncs_completely_through_its_own_login(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=10)
    login = add_centre(central_url, "MEE", "De Meent")
    office = add_office(central_url, "kantoor")
    other = MasterItem("product", uuid.uuid4(), {"name": "Thee", "price_cents": 90})
    publish_release(office, [other], "niet voor De Meent", "WES")
    first = run_sync(desk.uow, login, batch_size=400)
    assert first.sent == first.high_water == first.target > 400
    assert first.received == 0
    assert sync_log(desk.uow)[0].message.endswith("0 ontvangen")  # double bookings were read
    report = compare(desk, central_url, seed=1)
    assert report.clean, report
    again = run_sync(desk.uow, login)
    assert (again.sent, again.high_water) == (0, first.high_water)


def _downgrade(url: str, revision: str) -> None:
    engine = engine_for(url)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_central_init_secures_a_database_made_before_the_logins(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    _downgrade(central_url, "c005")
    desk = make_centre(days=4)  # a desk of today: an old central database is upgraded first
    assert main(["central", "init", "--central", central_url]) == 0
    assert f"schema c005 -> {head_revision()}" in capsys.readouterr().out
    login = add_centre(central_url, "MEE")
    first = run_sync(desk.uow, login)
    _walk_ins(desk.uow, 3)
    after = run_sync(desk.uow, login)
    assert (after.sent, after.high_water) == (3, first.high_water + 3)
    with psycopg.connect(central_url) as owner:
        secured = owner.execute(
            "SELECT count(*) FILTER (WHERE NOT relrowsecurity) FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' "
            "AND relname <> 'central_alembic_version'"
        ).fetchone()
        assert secured == (0,)


def test_only_the_owner_of_an_upgraded_schema_makes_logins(
    central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    alleman = add_centre(central_url, "ALM")
    assert main(["central", "add-office", "kantoor", "--central", alleman]) == 2
    assert "mag geen logins maken" in capsys.readouterr().err
    _downgrade(central_url, "c005")
    assert main(["central", "add-centre", "WES", "--central", central_url]) == 2
    assert "voer eerst central init uit" in capsys.readouterr().err
