"""The push against the real PostgreSQL: complete, idempotent, gap-free, late rows, refusals."""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

import psycopg
import pytest

from desk_app.bootstrap import Desk, open_desk
from desk_app.central.connect import CentralUnavailable, connect
from desk_app.central.receive import Batch, BatchRefused, Receiver, sort_rows
from desk_app.db.backup import backup_database
from desk_app.services.identity import current_epoch, start_new_epoch
from desk_app.services.uow import UnitOfWork
from desk_app.sync import push as push_module
from desk_app.sync.outbox import read_changes
from desk_app.sync.service import run_sync, sync_status
from desk_app.wire.registry import SCHEMA_VERSION
from desk_app.wire.rows import OutgoingRow
from tests.integration.checks import compare
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def _walk_ins(uow: UnitOfWork, number: int) -> None:
    from sqlalchemy import select  # noqa: PLC0415

    from desk_app.demo.foundation import DEMO_MANAGER  # noqa: PLC0415
    from desk_app.models import Person, Role  # noqa: PLC0415
    from desk_app.services.auth import authenticate  # noqa: PLC0415
    from desk_app.services.living_room.checkin import count_walk_in  # noqa: PLC0415

    with uow.read() as tx:
        person_id = tx.session.scalars(select(Person.id).where(Person.role == Role.MANAGER)).first()
    assert person_id is not None
    actor = authenticate(uow, person_id, DEMO_MANAGER[1])
    for _ in range(number):
        count_walk_in(uow, actor)


def test_a_first_sync_sends_everything_and_a_second_sends_nothing(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre()
    first = run_sync(desk.uow, central_url, batch_size=300)
    assert first.sent == first.high_water == first.target > 1000
    assert compare(desk, central_url, seed=1).clean
    second = run_sync(desk.uow, central_url)
    assert (second.sent, second.high_water) == (0, first.high_water)
    assert sync_status(desk.uow).waiting == 0


def test_a_lost_reply_is_sent_again_and_counted_once(
    central_url: str, make_centre: MakeCentre, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_centre()
    original = Receiver.apply
    lost = {"done": 0}

    def commit_then_lose_reply(self: Receiver, batch: Batch) -> object:
        receipt = original(self, batch)
        if lost["done"] < 2:
            lost["done"] += 1
            raise psycopg.OperationalError("connection lost after commit")
        return receipt

    monkeypatch.setattr(Receiver, "apply", commit_then_lose_reply)
    result = run_sync(desk.uow, central_url, batch_size=200)
    assert lost["done"] == 2
    assert result.high_water == result.target
    report = compare(desk, central_url, seed=1)
    assert report.clean, report


def test_the_same_batch_twice_is_stored_once_and_a_gap_is_refused(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=2)
    with desk.uow.read() as tx:
        epoch = current_epoch(tx.session)
        rows = read_changes(tx.connection, 0, 10_000, 100)
    assert epoch is not None
    with connect(central_url) as connection:
        receiver = Receiver(connection)
        batch = Batch("MEE", epoch, SCHEMA_VERSION, rows[:50])
        assert receiver.apply(batch).stored == 50
        again = receiver.apply(batch)
        assert (again.stored, again.high_water) == (0, 50)
        gap = Batch("MEE", epoch, SCHEMA_VERSION, rows[51:])
        with pytest.raises(BatchRefused, match="mist nummers 51 tot 51"):
            receiver.apply(gap)
        assert receiver.high_water("MEE", epoch) == 50
        count = connection.execute("SELECT sum(row_count) FROM raw_batch").fetchone()
        assert count == (50,)


def test_rows_sorted_ahead_for_another_batch_are_not_trusted(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=2)
    with desk.uow.read() as tx:
        epoch = current_epoch(tx.session)
        rows = read_changes(tx.connection, 0, 10_000, 100)
    assert epoch is not None
    kept = {(row.table_name, str(row.row_id)) for row in rows if row.values is not None}
    with connect(central_url) as connection:
        receiver = Receiver(connection)
        assert receiver.apply(Batch("MEE", epoch, SCHEMA_VERSION, rows[:40])).stored == 40
        # Sent again whole after a lost reply, with a sorting made for other rows.
        stale = sort_rows(rows[:70], "MEE")
        receipt = receiver.apply(Batch("MEE", epoch, SCHEMA_VERSION, rows, checked=stale))
        assert (receipt.stored, receipt.high_water) == (60, 100)
        stored = sum(_count(connection, table) for table in {table for table, _id in kept})
    assert stored == len(kept)


def _count(connection: psycopg.Connection[tuple[object, ...]], table: str) -> int:
    row = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(str(row[0]))


def test_a_too_old_app_is_told_to_update(central_url: str, make_centre: MakeCentre) -> None:
    desk = make_centre(days=1)
    with desk.uow.read() as tx:
        rows = read_changes(tx.connection, 0, 10, 10)
    with connect(central_url) as connection:
        connection.execute("DELETE FROM accepted_version")
        connection.execute("INSERT INTO accepted_version (schema_version) VALUES (7)")
        connection.commit()
        with pytest.raises(BatchRefused, match="te oud"):
            Receiver(connection).apply(Batch("MEE", uuid.uuid4(), SCHEMA_VERSION, rows))


def test_a_centre_one_version_behind_can_still_push(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=1)
    with desk.uow.read() as tx:
        rows = read_changes(tx.connection, 0, 10**6, 10**6)
    added_in_3 = {"hirer": ("e_invoicing", "registration_number", "peppol_id")}
    older = [
        row._replace(values=_without(row.values, added_in_3[row.table_name]), raw=None)
        if row.values is not None and row.table_name in added_in_3
        else row
        for row in rows
    ]
    assert any(row.table_name == "hirer" for row in older)
    with connect(central_url) as connection:
        receipt = Receiver(connection).apply(Batch("MEE", uuid.uuid4(), SCHEMA_VERSION - 1, older))
    assert (receipt.stored, receipt.rejected) == (len(older), 0)


def _without(values: dict[str, object], columns: tuple[str, ...]) -> dict[str, object]:
    return {name: value for name, value in values.items() if name not in columns}


def test_invalid_rows_go_to_the_error_list_and_are_not_retried(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=1)
    with desk.uow.read() as tx:
        rows = read_changes(tx.connection, 0, 10, 10)
    bad = OutgoingRow(11, "visit", uuid.uuid4(), "insert", {"id": uuid.uuid4(), "centre_code": "X"})
    unknown = OutgoingRow(12, "unknown_table", uuid.uuid4(), "insert", {"id": uuid.uuid4()})
    with connect(central_url) as connection:
        receipt = Receiver(connection).apply(
            Batch("MEE", uuid.uuid4(), SCHEMA_VERSION, [*rows, bad, unknown])
        )
        assert (receipt.stored, receipt.rejected, receipt.high_water) == (10, 2, 12)
        reasons = [
            str(r) for (r,) in connection.execute("SELECT reason FROM sync_error ORDER BY seq")
        ]
    assert "hoort bij buurthuis 'X'" in reasons[0]
    assert "centraal onbekend" in reasons[1]


def test_rows_for_a_closed_day_are_kept_and_marked_late(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=3)
    with connect(central_url) as connection:
        connection.execute(
            "INSERT INTO closed_day (centre_code, local_day) VALUES ('MEE', %s)",
            (date(2026, 2, 28),),
        )
        connection.commit()
    run_sync(desk.uow, central_url)
    with connect(central_url) as connection:
        late = connection.execute(
            "SELECT local_day, bool_and(late), count(*) FROM visit GROUP BY 1 ORDER BY 1"
        ).fetchall()
    assert [(day, flag) for day, flag, _n in late] == [
        (date(2026, 2, 27), False),
        (date(2026, 2, 28), True),
        (date(2026, 3, 1), False),
    ]
    assert compare(desk, central_url, seed=1).clean


def test_an_unreachable_server_is_reported_and_the_next_run_catches_up(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=30)
    with pytest.raises(CentralUnavailable, match="niet bereikbaar"):
        run_sync(desk.uow, "postgresql://postgres@127.0.0.1:1/none")
    status = sync_status(desk.uow)
    assert status.last_success is None
    assert "niet bereikbaar" in status.last_message
    assert status.waiting > 4000
    _walk_ins(desk.uow, 3)  # the desk keeps working
    run_sync(desk.uow, central_url)
    assert compare(desk, central_url, seed=1).clean
    assert sync_status(desk.uow).waiting == 0


def _restore(desk: Desk, backup: Path) -> Desk:
    folder, path = desk.folder, desk.database.path
    desk.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, path)
    restored = open_desk(folder)
    start_new_epoch(restored.uow)
    return restored


def test_a_restore_starts_a_new_epoch_and_nothing_is_lost_or_doubled(
    central_url: str, make_centre: MakeCentre, tmp_path: Path
) -> None:
    desk = make_centre(days=5)
    backup = backup_database(desk.database, tmp_path / "backup.sqlite3")
    _walk_ins(desk.uow, 4)
    run_sync(desk.uow, central_url)
    restored = _restore(desk, backup)
    try:
        _walk_ins(restored.uow, 6)
        result = run_sync(restored.uow, central_url)
        assert result.high_water == result.target
        report = compare(restored, central_url, seed=1)
        # The four walk-ins synced before the restore came back first; nothing differs.
        assert (report.lost, report.doubled, report.unexpected) == (0, 0, 0)
        assert report.sequence_gaps == 0
        with connect(central_url) as connection:
            epochs = connection.execute("SELECT count(*) FROM sync_progress").fetchone()
        assert epochs == (2,)
    finally:
        restored.close()


def test_push_survives_a_busy_till_by_stopping_at_its_start_mark(
    central_url: str, make_centre: MakeCentre, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_centre(days=2)
    original = read_changes
    calls = {"n": 0}

    def busy(*args: object, **kwargs: object) -> list[OutgoingRow]:
        calls["n"] += 1
        _walk_ins(desk.uow, 1)  # a visitor is counted during every batch
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(push_module, "read_changes", busy)
    result = run_sync(desk.uow, central_url, batch_size=100)
    assert result.high_water == result.target
    assert sync_status(desk.uow).waiting == calls["n"]
