"""Recovery from the central database: a restore loses only what was never synced."""

from __future__ import annotations

import io
import shutil
import uuid
from pathlib import Path
from uuid import UUID

import psycopg
import pytest
from sqlalchemy import func, select

from desk_app.bootstrap import Desk, open_desk, restore_backup
from desk_app.central.connect import connect
from desk_app.central.logins import add_centre
from desk_app.central.numbers import number_conflicts
from desk_app.central.receive import Batch, Receiver
from desk_app.cli import main
from desk_app.db.backup import backup_database
from desk_app.models import (
    Booking,
    BookingState,
    ChangeLogEntry,
    DayClose,
    PaymentMethod,
    Product,
    Role,
    Sale,
    Visit,
)
from desk_app.models.types import utc_now
from desk_app.paths import DataFolder
from desk_app.services.auth import authenticate
from desk_app.services.identity import RESTORE_MARK, current_epoch
from desk_app.services.people import desk_accounts
from desk_app.services.rooms.booking_changes import cancel_booking, confirm_booking
from desk_app.services.stored_settings import read_setting
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.receipts import Receipt
from desk_app.services.till.sales import sell
from desk_app.sync.outbox import highest_seq
from desk_app.sync.problems import fetch_problems
from desk_app.sync.service import run_sync, save_central_url, sync_status
from desk_app.wire.registry import SCHEMA_VERSION
from desk_app.wire.rows import OutgoingRow
from tests.integration.checks import compare
from tests.integration.conflict_helpers import book_evening, demo_manager, demo_sign_in
from tests.integration.conftest import MakeCentre
from tests.integration.test_push import _restore, _walk_ins

pytestmark = pytest.mark.central
CENTRAL_ONLY = {"late", "received_at", "sync_epoch", "sync_seq"}


def coffee(desk: Desk) -> Receipt:
    """One coffee, paid in cash, rung up by the demo's manager."""
    with desk.uow.read() as tx:
        product: UUID = tx.session.scalars(select(Product.id).where(Product.name == "Koffie")).one()
    return sell(
        desk.uow,
        demo_manager(desk),
        [LineIn(product, 1)],
        [PaymentIn(PaymentMethod.CASH, tendered_cents=500)],
    )


def sale_numbers(desk: Desk) -> dict[UUID, int]:
    with desk.uow.read() as tx:
        return {
            row.id: row.receipt_number
            for row in tx.session.execute(select(Sale.id, Sale.receipt_number))
        }


def _out(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_restore_continues_the_receipt_numbers_and_brings_the_synced_sales_back(
    central_url: str, make_centre: MakeCentre, tmp_path: Path
) -> None:
    desk = make_centre(days=3)
    backup = backup_database(desk.database, tmp_path / "backup.sqlite3")
    sold = [coffee(desk) for _ in range(3)]
    first = sold[0].number
    assert [receipt.number for receipt in sold] == [first, first + 1, first + 2]
    run_sync(desk.uow, central_url)
    folder = desk.folder
    desk.close()
    restore_backup(folder, backup, utc_now(), demo_sign_in)
    restored = open_desk(folder)
    try:
        assert coffee(restored).number == first + 3
        before = sale_numbers(restored)
        assert not {receipt.sale_id for receipt in sold} & set(before)
        result = run_sync(restored.uow, central_url)
        after = sale_numbers(restored)
        assert {after[receipt.sale_id] for receipt in sold} == {first, first + 1, first + 2}
        assert result.received >= 3
        assert result.high_water == result.target
        with restored.uow.read() as tx:  # the sales came back without echoing as changes
            logged = set(tx.session.scalars(select(ChangeLogEntry.row_id)))
        assert not {receipt.sale_id for receipt in sold} & logged
        report = compare(restored, central_url, seed=1)
        assert (report.lost, report.doubled, report.unexpected) == (0, 0, 0), report
        with psycopg.connect(central_url) as connection:
            numbers = connection.execute(
                "SELECT receipt_number, count(*) FROM sale GROUP BY 1 HAVING count(*) > 1"
            ).fetchall()
        assert numbers == []
        assert run_sync(restored.uow, central_url).received == 0  # once per restore
    finally:
        restored.close()


def test_a_receipt_number_given_again_lands_in_the_central_conflicts(
    central_url: str, make_centre: MakeCentre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre(days=3)
    backup = backup_database(desk.database, tmp_path / "backup.sqlite3")
    sold = coffee(desk)
    run_sync(desk.uow, central_url)
    restored = _restore(desk, backup)  # copied back by hand: the numbers since are unknown here
    try:
        again = coffee(restored)
        assert again.number == sold.number
        code, out = _out(
            ["--data-dir", str(restored.folder.root), "sync", "--central", central_url], capsys
        )
        assert code == 0
        assert "1 geweigerd" in out
        assert "desk-app central conflicts" in out
        [conflict] = number_conflicts(central_url)
        assert (conflict.table_name, conflict.number) == ("sale", sold.number)
        assert (conflict.row_id, conflict.existing_id) == (again.sale_id, sold.sale_id)
        with psycopg.connect(central_url) as connection:
            holders = connection.execute(
                "SELECT id FROM sale WHERE receipt_number = %s", (sold.number,)
            ).fetchall()
        assert holders == [(sold.sale_id,)]
        [refused] = fetch_problems(restored.uow, central_url).errors  # shown at the desk too
        assert (refused.table_name, refused.row_id) == ("sale", again.sale_id)
        assert f"bon {sold.number} is al gegeven aan {sold.sale_id}" in refused.reason
        code, out = _out(["central", "conflicts", "--central", central_url], capsys)
        assert code == 1
        assert f"MEE  bon {sold.number}: {again.sale_id}" in out
        assert str(sold.sale_id) in out
        assert coffee(restored).number == sold.number + 1
    finally:
        restored.close()


@pytest.mark.parametrize("table", ["invoice", "day_close"])
def test_an_invoice_or_close_number_sent_twice_is_held_not_stored(
    central_url: str, make_centre: MakeCentre, table: str
) -> None:
    desk = make_centre(days=40)
    run_sync(desk.uow, central_url)
    with psycopg.connect(central_url) as connection:
        row = connection.execute(
            f"SELECT to_jsonb(t) FROM {table} t ORDER BY number LIMIT 1"
        ).fetchone()
    assert row is not None
    existing = {k: v for k, v in row[0].items() if k not in CENTRAL_ONLY}
    copy = {**existing, "id": str(uuid.uuid4())}
    twin = {**existing, "id": str(uuid.uuid4())}
    epoch = uuid.uuid4()
    rows = [
        OutgoingRow(seq, table, uuid.UUID(values["id"]), "insert", values)
        for seq, values in enumerate([copy, twin], start=1)
    ]
    with connect(add_centre(central_url, "MEE")) as connection:  # the centre's own login
        receipt = Receiver(connection).apply(Batch("MEE", epoch, SCHEMA_VERSION, rows))
    assert (receipt.high_water, receipt.stored, receipt.rejected) == (2, 0, 2)
    held = number_conflicts(central_url, "MEE")
    assert {(c.row_id, c.existing_id) for c in held} == {
        (uuid.UUID(copy["id"]), uuid.UUID(existing["id"])),
        (uuid.UUID(twin["id"]), uuid.UUID(existing["id"])),
    }
    with psycopg.connect(central_url) as connection:
        count = connection.execute(
            f"SELECT count(*) FROM {table} WHERE number = %s",
            (existing["number"],),
        ).fetchone()
    assert count == (1,)


def test_a_centre_rebuilt_by_recover_reports_the_same_figures(
    central_url: str,
    make_centre: MakeCentre,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = make_centre(days=20)
    run_sync(desk.uow, central_url)
    login = add_centre(central_url, "MEE")
    lost, new = str(desk.folder.root), str(tmp_path / "new-pc")
    monkeypatch.setattr("sys.stdin", io.StringIO("654321\n"))
    code, out = _out(["--data-dir", new, "recover", "--central", login], capsys)
    assert code == 0, out
    assert "Buurthuis MEE hersteld" in out
    assert "namen en telefoonnummers van bezoekers (privacy)" in out
    assert _out(["--data-dir", new, "doctor"], capsys)[0] == 0
    with desk.uow.read() as tx:
        closed = tx.session.scalars(select(DayClose.local_day).order_by(DayClose.number)).all()
    for report in (
        ["report", "facts", "--year", "2026", "--json"],
        ["report", "facts", "--year", "2026"],
        ["report", "day", "--date", closed[-1].isoformat(), "--json"],
        ["report", "day", "--date", closed[0].isoformat()],
    ):
        before = _out(["--data-dir", lost, *report], capsys)
        after = _out(["--data-dir", new, *report], capsys)
        assert before == after
        assert before[0] == 0
    rebuilt = open_desk(DataFolder(Path(new)))
    try:
        manager = next(a for a in desk_accounts(rebuilt.uow) if a.name == "Sanne de Vries")
        assert authenticate(rebuilt.uow, manager.person_id, "654321").role is Role.MANAGER
        assert run_sync(rebuilt.uow).sent == 0  # the stored address; nothing echoes back
    finally:
        rebuilt.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("654321\n"))
    code, out = _out(["--data-dir", new, "recover", "--central", login], capsys)
    assert code == 2
    assert "heeft al een buurthuis met gegevens" in out


def test_a_backup_restored_on_a_new_pc_asks_the_central_database_for_the_numbers(
    central_url: str, make_centre: MakeCentre, tmp_path: Path
) -> None:
    desk = make_centre(days=3)
    save_central_url(desk.uow, central_url)
    backup = backup_database(desk.database, tmp_path / "backup.sqlite3")
    sold = coffee(desk)
    run_sync(desk.uow, central_url)
    new_pc = DataFolder(tmp_path / "new-pc")  # no replaced database to learn the numbers from
    restored = restore_backup(new_pc, backup, utc_now(), demo_sign_in)
    assert restored.kept_aside is None
    assert restored.central_checked
    desk = open_desk(new_pc)
    try:
        assert coffee(desk).number == sold.number + 1
    finally:
        desk.close()


def test_a_restore_brings_back_newer_versions_unless_changed_here_since(
    central_url: str, make_centre: MakeCentre, tmp_path: Path
) -> None:
    desk = make_centre(days=3)
    cancelled = book_evening(desk, "Biljartclub De Keu", weeks_ahead=3)
    confirmed = book_evening(desk, "Koor Zanglust", weeks_ahead=4)
    backup = backup_database(desk.database, tmp_path / "backup.sqlite3")
    cancel_booking(desk.uow, demo_manager(desk), cancelled.id)  # synced, then lost locally
    cancel_booking(desk.uow, demo_manager(desk), confirmed.id)
    run_sync(desk.uow, central_url)
    folder = desk.folder
    desk.close()
    restore_backup(folder, backup, utc_now(), demo_sign_in)
    restored = open_desk(folder)
    try:
        confirm_booking(restored.uow, demo_manager(restored), confirmed.id)  # changed here since
        run_sync(restored.uow, central_url)
        with restored.uow.read() as tx:
            states = dict(tx.session.execute(select(Booking.id, Booking.state)).all())
        assert states[cancelled.id] is BookingState.CANCELLED
        assert states[confirmed.id] is BookingState.CONFIRMED
        with psycopg.connect(central_url) as connection:
            central: dict[object, object] = dict(
                connection.execute("SELECT id, state FROM booking").fetchall()
            )
        assert central[cancelled.id] == "cancelled"
        assert central[confirmed.id] == "confirmed"  # the desk's own change travelled
        report = compare(restored, central_url, seed=1)
        assert (report.lost, report.doubled, report.unexpected) == (0, 0, 0), report
        assert not report.differing_checksums, report
    finally:
        restored.close()


def test_recover_with_a_login_of_no_centre_asks_for_the_centre(
    central_url: str,
    make_centre: MakeCentre,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_sync(make_centre(days=2).uow, central_url)
    new = str(tmp_path / "new-pc")
    monkeypatch.setattr("sys.stdin", io.StringIO("654321\n"))
    code, out = _out(["--data-dir", new, "recover", "--central", central_url], capsys)
    assert code == 2
    assert "Geef de code van het buurthuis op met --centre" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("654321\n"))
    argv = ["--data-dir", new, "recover", "--central", central_url, "--centre", "ALM"]
    code, out = _out(argv, capsys)
    assert code == 2
    assert "geen gegevens van buurthuis ALM" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("654321\n"))
    code, out = _out([*argv[:-1], "mee"], capsys)
    assert code == 0, out
    assert "Buurthuis MEE hersteld" in out


def test_a_change_in_the_backup_not_yet_synced_survives_the_restore(
    central_url: str, make_centre: MakeCentre, tmp_path: Path
) -> None:
    desk = make_centre(days=3)
    booking = book_evening(desk, "Biljartclub De Keu", weeks_ahead=3)
    run_sync(desk.uow, central_url)  # the booking is central, provisional
    cancel_booking(desk.uow, demo_manager(desk), booking.id)  # in the morning
    backup = backup_database(desk.database, tmp_path / "backup.sqlite3")  # at noon
    folder = desk.folder
    desk.close()  # the PC is lost before the night's sync
    restore_backup(folder, backup, utc_now(), demo_sign_in)
    restored = open_desk(folder)
    try:
        run_sync(restored.uow, central_url)
        with restored.uow.read() as tx:
            assert tx.session.get_one(Booking, booking.id).state is BookingState.CANCELLED
        with psycopg.connect(central_url) as connection:
            central = connection.execute(
                "SELECT state FROM booking WHERE id = %s", (booking.id,)
            ).fetchone()
        assert central == ("cancelled",)
        report = compare(restored, central_url, seed=1)
        assert (report.lost, report.doubled, report.unexpected) == (0, 0, 0), report
        assert not report.differing_checksums, report
    finally:
        restored.close()


def _copied_back(desk: Desk, backup: Path) -> Desk:
    """The database file put back by hand (or a snapshot): no restore, the same epoch."""
    folder, path = desk.folder, desk.database.path
    desk.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, path)
    return open_desk(folder)


def test_a_database_rolled_back_by_hand_goes_on_as_restored_and_drops_nothing(
    central_url: str, make_centre: MakeCentre, tmp_path: Path
) -> None:
    desk = make_centre(days=3)
    login = add_centre(central_url, "MEE")  # the centre's own login, as at a desk
    confirmed = book_evening(desk, "Koor Zanglust", weeks_ahead=4)
    cancelled = book_evening(desk, "Biljartclub De Keu", weeks_ahead=3)
    run_sync(desk.uow, login)
    backup = backup_database(desk.database, tmp_path / "backup.sqlite3")
    with desk.uow.read() as tx:
        epoch, backed_up = current_epoch(tx.session), highest_seq(tx.connection)
    _walk_ins(desk.uow, 4)
    confirm_booking(desk.uow, demo_manager(desk), confirmed.id)
    run_sync(desk.uow, login)  # the central mark is past the backup's log now
    rolled_back = _copied_back(desk, backup)
    try:
        cancel_booking(rolled_back.uow, demo_manager(rolled_back), cancelled.id)
        _walk_ins(rolled_back.uow, 6)  # numbered as the changes the central database has
        result = run_sync(rolled_back.uow, login)
        assert result.high_water == result.target
        assert result.received >= 5  # the four walk-ins and the confirmation came back
        with rolled_back.uow.read() as tx:
            assert current_epoch(tx.session) != epoch
            assert read_setting(tx.session, RESTORE_MARK)["seq"] == backed_up  # where they forked
            states = dict(tx.session.execute(select(Booking.id, Booking.state)).all())
            visits = tx.session.scalar(select(func.count()).select_from(Visit))
        assert states[confirmed.id] is BookingState.CONFIRMED
        assert states[cancelled.id] is BookingState.CANCELLED
        report = compare(rolled_back, central_url, seed=1)
        assert (report.lost, report.doubled, report.unexpected) == (0, 0, 0), report
        assert not report.differing_checksums, report
        with psycopg.connect(central_url) as connection:
            central_visits = connection.execute("SELECT count(*) FROM visit").fetchone()
        assert central_visits == (visits,)
        again = run_sync(rolled_back.uow, login)
        assert (again.sent, again.received) == (0, 0)
        assert sync_status(rolled_back.uow).waiting == 0
    finally:
        rolled_back.close()
