"""Double bookings reach the central database only by a restore or two desks; they are shown."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from desk_app.bootstrap import Desk
from desk_app.central.conflicts import booking_conflicts
from desk_app.central.connect import connect
from desk_app.central.receive import Batch, Receiver
from desk_app.cli import main
from desk_app.db.backup import backup_database
from desk_app.models import BookingState
from desk_app.services.rooms.booking_changes import cancel_booking
from desk_app.sync.problems import fetch_problems, known_conflicts
from desk_app.sync.service import run_sync, sync_log
from desk_app.wire.registry import SCHEMA_VERSION
from desk_app.wire.rows import OutgoingRow
from tests.integration.conflict_helpers import book_evening, demo_manager
from tests.integration.conftest import MakeCentre
from tests.integration.test_push import _restore

pytestmark = pytest.mark.central
CLUB, CHOIR = "Biljartclub De Keu", "Koor Zanglust"


def _listed(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().out


def test_a_restored_backup_and_a_new_booking_in_the_same_slot(
    central_url: str, make_centre: MakeCentre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre(days=3)
    backup = backup_database(desk.database, tmp_path / "before.sqlite3")
    lost = book_evening(desk, CLUB)  # made after the backup: gone locally after the restore
    run_sync(desk.uow, central_url)
    restored: Desk = _restore(desk, backup)
    try:
        again = book_evening(restored, CHOIR)
        run_sync(restored.uow, central_url)
        known = known_conflicts(restored.uow)
        assert known.checked_at is not None
        [seen] = known.conflicts
        pair = {seen.conflict.first.booking_id, seen.conflict.second.booking_id}
        assert pair == {lost.id, again.id}
        here = {seen.conflict.first.booking_id: seen.first_here}
        here[seen.conflict.second.booking_id] = seen.second_here
        assert here == {lost.id: None, again.id: BookingState.PROVISIONAL}
        assert seen.conflict.first.epoch != seen.conflict.second.epoch  # two syncs, two epochs
        assert seen.conflict.room_name == "Grote zaal"
        assert "1 dubbele boeking" in sync_log(restored.uow)[0].message

        code, out = _listed(["central", "conflicts", "--central", central_url], capsys)
        assert code == 1
        assert CLUB in out
        assert CHOIR in out
        assert str(lost.id) in out
        assert "Grote zaal" in out
        argv = ["central", "conflicts", "--central", central_url, "--centre", "MEE", "--json"]
        code, out = _listed(argv, capsys)
        assert [c["room_name"] for c in json.loads(out)] == ["Grote zaal"]

        code, out = _listed(
            ["--data-dir", str(restored.folder.root), "sync", "--central", central_url], capsys
        )
        assert code == 0
        assert "Let op: 1 dubbele boeking(en) in de centrale database" in out

        cancel_booking(restored.uow, demo_manager(restored), again.id)
        assert known_conflicts(restored.uow).conflicts[0].cancelled_here
        run_sync(restored.uow, central_url)
        assert known_conflicts(restored.uow).conflicts == ()
        assert booking_conflicts(central_url) == []
        code, out = _listed(["central", "conflicts", "--central", central_url], capsys)
        assert (code, out) == (0, "Geen dubbele boekingen in de centrale database.\n")
    finally:
        restored.close()


def test_two_desks_of_one_centre_book_the_same_evening(
    central_url: str, make_centre: MakeCentre
) -> None:
    front, back = make_centre(days=2, seed=1), make_centre(days=2, seed=1)
    first = book_evening(front, CLUB, weeks_ahead=5)
    second = book_evening(back, CHOIR, weeks_ahead=5)
    book_evening(back, CHOIR, weeks_ahead=6)  # another week: no conflict
    run_sync(front.uow, central_url)
    assert known_conflicts(front.uow).conflicts == ()
    run_sync(back.uow, central_url)
    assert len(known_conflicts(back.uow).conflicts) == 1
    run_sync(front.uow, central_url)  # the other desk learns of it at its next sync
    [seen] = known_conflicts(front.uow).conflicts
    assert {seen.first_here, seen.second_here} == {BookingState.PROVISIONAL, None}
    assert booking_conflicts(central_url, "WES") == []
    cancel_booking(back.uow, demo_manager(back), second.id)
    run_sync(back.uow, central_url)
    run_sync(front.uow, central_url)
    assert known_conflicts(front.uow).conflicts == ()
    assert known_conflicts(back.uow).conflicts == ()
    assert first.id != second.id


def test_refused_rows_are_listed_for_the_office_and_the_centre(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre(days=1)
    run_sync(desk.uow, central_url)
    epoch = uuid.uuid4()
    wrong = OutgoingRow(
        1, "visit", uuid.uuid4(), "insert", {"id": uuid.uuid4(), "centre_code": "X"}
    )
    with connect(central_url) as connection:
        Receiver(connection).apply(Batch("MEE", epoch, SCHEMA_VERSION, [wrong]))
    problems = fetch_problems(desk.uow, central_url)
    [error] = problems.errors
    assert (error.centre_code, error.epoch, error.seq, error.table_name) == (
        "MEE",
        epoch,
        1,
        "visit",
    )
    assert "hoort bij buurthuis 'X'" in error.reason
    assert problems.conflicts.conflicts == ()
    code, out = _listed(["central", "errors", "--central", central_url], capsys)
    assert code == 1
    assert f"reeks {str(epoch)[:8]} nr 1  visit: de rij hoort bij buurthuis 'X'" in out
    argv = ["central", "errors", "--central", central_url, "--centre", "WES"]
    assert _listed(argv, capsys) == (0, "Geen geweigerde records in de centrale database.\n")
    argv = ["central", "errors", "--central", central_url, "--json"]
    assert json.loads(_listed(argv, capsys)[1])[0]["table"] == "visit"


def test_an_unreachable_central_database_is_explained(
    make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = "postgresql://postgres@127.0.0.1:1/none"
    assert main(["central", "conflicts", "--central", nowhere]) == 2
    assert "niet bereikbaar" in capsys.readouterr().err
    desk = make_centre(days=1)
    with pytest.raises(Exception, match="niet bereikbaar"):
        fetch_problems(desk.uow, nowhere)
