"""Restore: a backup taken while writing comes back whole; damaged or foreign files are refused."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from desk_app.bootstrap import Desk, restore_backup
from desk_app.cli import main
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.errors import InvalidInput
from desk_app.paths import DataFolder
from desk_app.services import backups
from desk_app.services.auth import Actor
from desk_app.services.identity import RESTORE_MARK
from desk_app.services.restore import ManagerPin, SignIn
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit.factories import signed_by
from tests.unit.test_backup import add_room_pairs

LOCAL_ONLY = {"local_identity"}  # a restore adds an epoch there, by design


def restorable(rows: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    """The rows a restore brings back as they were: not the epochs, not the restore's mark,
    not the restore's own audit entry (with its line in the change log)."""
    own = {row[6] for row in rows.get("audit_entry", []) if row[2] == "backup.restore"}
    return {
        table: [
            row
            for row in found
            if not (table == "setting" and row[0] == RESTORE_MARK)
            and not (table == "audit_entry" and row[6] in own)
            and not (table == "change_log" and row[2] in own)
        ]
        for table, found in rows.items()
        if table not in LOCAL_ONLY
    }


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted, to compare two database files."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        rows = {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }
    connection.close()
    return rows


def _signed(manager: Actor) -> SignIn:
    return signed_by(manager.person_id, MANAGER_PIN)


def _nobody(_uow: UnitOfWork, _in_backup: bool) -> ManagerPin:
    raise AssertionError("a refused file asks no PIN")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_while_writing_then_restore_equals_the_original(
    desk: Desk, manager: Actor, clock: FakeClock
) -> None:
    stop = threading.Event()
    writer = threading.Thread(target=add_room_pairs, args=(desk.uow, stop))
    writer.start()
    try:
        during = backups.take_backup(desk.database, desk.folder.backups, clock())
    finally:
        stop.set()
        writer.join()
    clock.advance(timedelta(minutes=1))
    final = backups.take_backup(desk.database, desk.folder.backups, clock())
    original = table_rows(desk.folder.database)
    desk.close()
    restored = restore_backup(desk.folder, final, clock(), _signed(manager))
    after = table_rows(desk.folder.database)
    assert restorable(after) == restorable(original)
    assert any(row[0] == RESTORE_MARK for row in after["setting"])
    assert len(after["local_identity"]) == len(original["local_identity"]) + 1
    assert restored.kept_aside is not None
    assert table_rows(restored.kept_aside) == original
    assert len(table_rows(during)["room"]) % 2 == 0


def test_a_restored_database_gets_a_new_epoch(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, clock())
    desk.close()
    restored = restore_backup(desk.folder, copy, clock(), _signed(manager))
    with sqlite3.connect(desk.folder.database) as connection:
        newest = connection.execute(
            "SELECT epoch FROM local_identity ORDER BY number DESC LIMIT 1"
        ).fetchone()[0]
    connection.close()
    assert newest == restored.epoch.hex


def _garbage(path: Path) -> None:
    path.write_bytes(b"geen database " * 500)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _scribbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 + 100 : 4096 * 3] = b"\xff" * (4096 * 2 - 100)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_garbage, _truncated, _scribbled])
def test_restore_of_a_corrupt_file_is_refused_and_changes_nothing(
    desk: Desk, manager: Actor, clock: FakeClock, damage: Callable[[Path], None]
) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, clock())
    damage(copy)
    desk.close()
    before = digest(desk.folder.database)
    with pytest.raises(InvalidInput, match="beschadigd"):
        restore_backup(desk.folder, copy, clock(), _signed(manager))
    assert digest(desk.folder.database) == before
    assert not (desk.folder.root / "replaced").exists()


def test_restore_refuses_a_file_that_is_not_a_desk_backup(tmp_path: Path, desk: Desk) -> None:
    other = tmp_path / "adresboek.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE adres (naam TEXT)")
    connection.close()
    desk.close()
    with pytest.raises(InvalidInput, match="geen reservekopie"):
        restore_backup(desk.folder, other, desk.uow.now(), _nobody)


def test_restore_refuses_a_backup_from_a_newer_app(
    desk: Desk, manager: Actor, clock: FakeClock
) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, clock())
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.close()
    desk.close()
    with pytest.raises(InvalidInput, match="nieuwere versie"):
        restore_backup(desk.folder, copy, clock(), _signed(manager))


def test_restore_into_an_empty_folder(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, clock())
    elsewhere = DataFolder(desk.folder.root.parent / "new-pc")
    assert restore_backup(elsewhere, copy, clock(), _signed(manager)).kept_aside is None
    assert table_rows(elsewhere.database)["centre"] == table_rows(copy)["centre"]


def _stray_wal(database: Path) -> bytes:
    """A write-ahead log with a committed table ``stray`` in it, left beside ``database``."""
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("CREATE TABLE stray (x)")
    connection.execute("INSERT INTO stray VALUES (1)")
    connection.commit()
    wal = Path(f"{database}-wal").read_bytes()
    connection.close()  # the last connection's close checkpoints and removes the log
    Path(f"{database}-wal").write_bytes(wal)
    return wal


def test_a_stray_log_beside_a_missing_database_is_moved_aside_not_replayed(
    desk: Desk, manager: Actor, clock: FakeClock
) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, clock())
    desk.close()
    database = desk.folder.database
    wal = _stray_wal(database)
    Path(f"{database}-journal").write_bytes(b"a hot journal")
    database.unlink()  # the damaged database removed by hand, its side files left behind
    assert restore_backup(desk.folder, copy, clock(), _signed(manager)).kept_aside is None
    assert "stray" not in table_rows(database)
    assert not Path(f"{database}-journal").exists()
    [kept_wal] = desk.folder.replaced.glob("*.sqlite3-wal")
    assert kept_wal.read_bytes() == wal
    assert [path.name for path in desk.folder.replaced.glob("*.sqlite3-journal")] != []


def test_backup_and_restore_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda _prompt: DEMO_MANAGER[1])
    data, usb = tmp_path / "data", tmp_path / "usb"
    assert main(["--data-dir", str(data), "demo", "--days", "2", "--end", "2026-05-01"]) == 0
    assert main(["--data-dir", str(data), "backup", "--to", str(usb)]) == 0
    [copy] = usb.iterdir()
    assert str(copy) in capsys.readouterr().out
    assert main(["--data-dir", str(data), "restore", str(copy)]) == 0
    assert "apart" in capsys.readouterr().out
    broken = tmp_path / "broken.sqlite3"
    shutil.copy(copy, broken)
    _truncated(broken)
    assert main(["--data-dir", str(data), "restore", str(broken)]) == 2
    error = capsys.readouterr().err
    assert "beschadigd" in error
    assert "Traceback" not in error


def test_a_backup_elsewhere_is_the_managers_and_audited(
    desk: Desk,
    manager: Actor,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    desk.close()
    argv = ["--data-dir", str(desk.folder.root), "backup", "--to", str(stick)]
    monkeypatch.setattr("getpass.getpass", lambda _prompt: "000000")
    assert main(argv) == 2
    assert "Onjuiste pincode" in capsys.readouterr().err
    assert list(stick.iterdir()) == []
    monkeypatch.setattr("getpass.getpass", lambda _prompt: MANAGER_PIN)
    assert main(argv) == 0
    [copy] = stick.iterdir()
    with sqlite3.connect(desk.folder.database) as connection:
        entries = connection.execute(
            "SELECT actor_name, subject, after_json FROM audit_entry WHERE action = 'backup.copy'"
        ).fetchall()
    connection.close()
    assert entries == [("Sanne de Vries", str(stick), json.dumps({"file": str(copy)}))]
    monkeypatch.setattr("getpass.getpass", _no_pin_asked)
    assert main(["--data-dir", str(desk.folder.root), "backup"]) == 0  # the nightly one


def _no_pin_asked(_prompt: str) -> str:
    raise AssertionError("the nightly backup into the set folder asks no PIN")
