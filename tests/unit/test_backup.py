"""Daily backups: taken while the desk writes, once a day, pruned after the retention days."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from desk_app.bootstrap import Desk
from desk_app.db.backup import check_integrity
from desk_app.errors import StorageError
from desk_app.models import Room
from desk_app.services import backups
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock


def add_room_pairs(uow: UnitOfWork, stop: threading.Event, start: int = 0) -> int:
    """Write two rooms per transaction until ``stop``; a consistent copy has an even count."""
    number = start
    while not stop.is_set() or number == start:
        with uow.write() as tx:
            tx.session.add(Room(centre_code="MEE", name=f"Zaal {number}a", capacity=10))
            tx.session.add(Room(centre_code="MEE", name=f"Zaal {number}b", capacity=10))
        number += 1
    return number


def room_count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        count = int(connection.execute("SELECT count(*) FROM room").fetchone()[0])
    connection.close()
    return count


def test_backups_while_writing_are_consistent(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    stop = threading.Event()
    writer = threading.Thread(target=add_room_pairs, args=(desk.uow, stop))
    writer.start()
    counts = []
    try:
        for _ in range(5):
            clock.advance(timedelta(seconds=1))
            copy = backups.take_backup(desk.database, desk.folder.backups, clock())
            assert check_integrity(copy) == []
            counts.append(room_count(copy))
    finally:
        stop.set()
        writer.join()
    assert all(count % 2 == 0 for count in counts)
    assert counts == sorted(counts)
    assert room_count(desk.folder.database) >= counts[-1]


def test_a_backup_is_one_file(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, clock())
    assert [path.name for path in desk.folder.backups.iterdir()] == [copy.name]
    assert copy.name == "desk-20260302-103000.sqlite3"  # local (Amsterdam) time


def test_daily_backup_once_a_day(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    folder = desk.folder.root / "usb"
    assert backups.daily_backup(desk.database, folder, 14, clock()) is not None
    clock.advance(timedelta(hours=3))
    assert backups.daily_backup(desk.database, folder, 14, clock()) is None
    clock.advance(timedelta(days=1))
    assert backups.daily_backup(desk.database, folder, 14, clock()) is not None
    assert len(backups.backups_in(folder)) == 2


def test_old_backups_are_pruned_and_other_files_kept(
    desk: Desk, manager: Actor, clock: FakeClock
) -> None:
    folder = desk.folder.root / "share"
    folder.mkdir()
    (folder / "notulen.docx").write_text("van de vrijwilligersraad")
    for _ in range(10):
        backups.daily_backup(desk.database, folder, 3, clock())
        clock.advance(timedelta(days=1))
    kept = [day.isoformat() for day in backups.backups_in(folder).values()]
    assert kept == ["2026-03-09", "2026-03-10", "2026-03-11"]
    assert (folder / "notulen.docx").exists()


def test_the_newest_backup_is_kept_whatever_its_age(
    desk: Desk, manager: Actor, clock: FakeClock
) -> None:
    folder = desk.folder.backups
    backups.take_backup(desk.database, folder, clock())
    clock.advance(timedelta(days=100))
    assert backups.prune_backups(folder, 7, clock()) == []
    assert len(backups.backups_in(folder)) == 1


def test_a_missing_usb_stick_is_explained(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    blocker = desk.folder.root / "not-a-folder"
    blocker.write_text("in the way")
    with pytest.raises(StorageError, match="schrijfbaar"):
        backups.take_backup(desk.database, blocker / "E", clock())
