"""The sync's local side: registry, outgoing rows, status, settings and clear refusals."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desk_app.central.connect import CentralUnavailable, conninfo, without_password
from desk_app.central.schema import MIRRORS
from desk_app.cli import main
from desk_app.errors import InvalidInput
from desk_app.models import Base, ChangeLogEntry, Person, SyncRun
from desk_app.models.base import is_synced
from desk_app.services.auth import Actor
from desk_app.services.identity import current_epoch
from desk_app.services.uow import UnitOfWork
from desk_app.sync.outbox import highest_seq, read_changes
from desk_app.sync.service import central_url, run_sync, save_central_url, sync_status
from desk_app.wire.registry import SYNCED_TABLES
from tests.conftest import FakeClock

NOWHERE = "postgresql://desk@127.0.0.1:1/central"


def test_every_synced_model_is_in_the_registry_and_mirrored_centrally() -> None:
    synced = {
        mapper.class_.__tablename__ for mapper in Base.registry.mappers if is_synced(mapper.class_)
    }
    assert {entry.name for entry in SYNCED_TABLES} == synced
    assert set(MIRRORS) == synced


def test_private_columns_never_leave_the_pc() -> None:
    for table, column in [
        ("person", "pin_hash"),
        ("person", "locked_until"),
        ("visitor_pass", "holder_name"),
        ("visitor_pass", "holder_phone"),
        ("visitor_pass", "consent_at"),
    ]:
        assert column not in MIRRORS[table].c
    assert [c.name for c in MIRRORS["visit"].primary_key.columns] == ["centre_code", "id"]


def test_an_update_is_sent_with_the_rows_current_content(uow: UnitOfWork, manager: Actor) -> None:
    with uow.write() as tx:
        tx.session.execute(update(Person).values(phone="020-1234567"))
    with uow.read() as tx:
        connection = tx.connection
        rows = read_changes(connection, 0, highest_seq(connection), 1000)
    person_rows = [row for row in rows if row.table_name == "person"]
    assert [row.operation for row in person_rows] == ["insert", "update"]
    assert all(row.values and row.values["phone"] == "020-1234567" for row in person_rows)
    assert all(row.values and "pin_hash" not in row.values for row in person_rows)
    assert json.loads(person_rows[0].payload)["role"] == "manager"
    assert [row.seq for row in rows] == list(range(1, len(rows) + 1))


def test_changing_only_a_pin_is_no_change_to_send(uow: UnitOfWork, manager: Actor) -> None:
    with uow.read() as tx:
        before = highest_seq(tx.connection)
    with uow.write() as tx:
        tx.session.execute(update(Person).values(failed_pin_attempts=2))
    with uow.read() as tx:
        assert highest_seq(tx.connection) == before


def test_the_url_is_stored_without_its_password(uow: UnitOfWork) -> None:
    stored = save_central_url(
        uow, "postgresql://desk:geheim@db.example/central?sslmode=verify-full"
    )
    assert stored == "postgresql://desk@db.example/central?sslmode=verify-full"
    assert central_url(uow) == stored


def test_a_password_in_the_address_options_is_never_stored(uow: UnitOfWork) -> None:
    given = "postgresql://desk@db.example/central?password=geheim&sslmode=verify-full"
    stored = save_central_url(uow, given)
    assert stored == "postgresql://desk@db.example/central?sslmode=verify-full"
    assert central_url(uow) == stored
    assert "geheim" not in without_password(given)


def test_the_password_comes_from_the_environment_and_sslmode_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESK_CENTRAL_PASSWORD", "uit-de-omgeving")
    info = conninfo("postgresql://desk@db.example:5433/central?sslmode=verify-full")
    assert "password=uit-de-omgeving" in info
    assert "sslmode=verify-full" in info
    assert "port=5433" in info
    assert "geheim" not in without_password("postgresql://desk:geheim@db.example/central")


def test_a_sync_without_a_central_address_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    with pytest.raises(InvalidInput, match="geen centrale database ingesteld"):
        run_sync(uow)


def test_an_unreachable_server_is_logged_and_the_records_keep_waiting(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    with pytest.raises(CentralUnavailable, match="niet bereikbaar"):
        run_sync(uow, NOWHERE)
    status = sync_status(uow)
    assert status.last_success is None
    assert "niet bereikbaar" in status.last_message
    assert status.waiting > 10
    assert status.oldest_waiting is not None
    assert not status.waiting_too_long(status.oldest_waiting + timedelta(hours=23))
    assert status.waiting_too_long(status.oldest_waiting + timedelta(hours=25))


def test_the_status_counts_the_changes_after_the_mark_and_dates_the_first_of_them(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    with uow.write() as tx:
        logged = tx.session.execute(
            select(ChangeLogEntry.seq, ChangeLogEntry.created_at).order_by(ChangeLogEntry.seq)
        ).all()
        mark = logged[2].seq
        epoch = current_epoch(tx.session)
        assert epoch is not None
        tx.session.add(SyncRun(epoch=epoch, started_at=tx.now, ok=True, high_water=mark))
    status = sync_status(uow)
    assert status.waiting == len(logged) - 3
    assert status.oldest_waiting == logged[3].created_at
    with uow.write() as tx:
        tx.session.execute(update(SyncRun).values(high_water=logged[-1].seq))
    assert (sync_status(uow).waiting, sync_status(uow).oldest_waiting) == (0, None)


def test_the_sync_command_explains_an_unreachable_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "--days", "1"]) == 0
    assert main(["--data-dir", str(tmp_path), "sync", "--central", NOWHERE]) == 2
    error = capsys.readouterr().err
    assert "niet bereikbaar" in error
    assert "Traceback" not in error


def test_local_facts_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path)
    assert main(["--data-dir", folder, "demo", "--days", "60", "--end", "2026-02-28"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "report", "facts", "--year", "2026", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    total, centre = facts["total"], facts["centres"]["MEE"]
    assert facts["source"] == "local"
    assert 5000 < total["visits"] == centre["visits"]
    assert 0 < total["unique_visitors"] <= 2000
    assert 0 < total["satisfaction_pct"] <= 100
    assert total["volunteers_active"] == 80  # the 80 volunteers signed in; the manager did not
    assert 5_000_00 < total["bar_turnover_cents"] < 15_000_00  # two months of a EUR 60k bar
    assert 50 < total["activities"] < 120  # twelve a week over eight weeks
    assert 500 < total["volunteer_hours"] < 4_000
    assert 1_000_00 < total["rental_income_cents"] < 10_000_00  # two months of a EUR 30k hire
    assert 10 < total["occupancy_pct"] < 95  # open parts counted up to today, hire only to February
    assert facts["notes"] == {}
