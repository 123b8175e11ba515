"""The data folder holds names, phones and PIN hashes: it is for the desk's own user only."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_app.bootstrap import open_desk, restore_backup
from desk_app.cli import main
from desk_app.documents.archive import archive_document
from desk_app.paths import DataFolder
from desk_app.services import backups
from desk_app.services.privacy import open_to_others
from desk_app.services.restore import ManagerPin
from desk_app.services.uow import UnitOfWork

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows keeps %LOCALAPPDATA% private")
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most desktops have (022: new files readable by all), put back afterwards."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _nobody_to_ask(_uow: UnitOfWork, _in_backup: bool) -> ManagerPin:
    raise AssertionError("neither database has a manager to sign")


def modes(root: Path) -> dict[str, int]:
    """Each folder and file under ``root`` (``root`` itself as ".") with its permission bits."""
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return found


def test_a_new_data_folder_is_for_this_user_only(tmp_path: Path, usual_umask: None) -> None:
    folder = DataFolder(tmp_path / "data")
    desk = open_desk(folder)
    try:
        copy = backups.take_backup(desk.database, folder.backups, NOW)
        archive_document(folder.reports, "z-rapport", b"%PDF-1.4", NOW)
        with_journals = modes(folder.root)
    finally:
        desk.close()
    restore_backup(folder, copy, NOW, _nobody_to_ask)  # never set up: no manager signs
    found = {**with_journals, **modes(folder.root)}
    for name in ("desk.sqlite3", "desk.sqlite3-wal", "desk.sqlite3-shm", "logs/desk-app.log"):
        assert name in found
    assert any(name.startswith("replaced/") for name in found)
    assert any(name.startswith("reports/z-rapport") for name in found)
    folders = {name for name in found if (folder.root / name).is_dir()}
    assert {".", "backups", "reports", "logs", "replaced"} <= folders
    assert {name: mode for name, mode in found.items() if name in folders} == dict.fromkeys(
        folders, 0o700
    )
    assert {name: mode for name, mode in found.items() if name not in folders} == dict.fromkeys(
        set(found) - folders, 0o600
    )


def test_the_commands_keep_new_files_private(tmp_path: Path, usual_umask: None) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "--days", "1", "--end", "2026-05-01"]) == 0
    assert main(["--data-dir", str(data), "backup"]) == 0
    assert open_to_others(data) == []
    assert set(modes(data).values()) == {0o700, 0o600}


def test_doctor_warns_about_open_files_and_fix_makes_them_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "--days", "1", "--end", "2026-05-01"]) == 0
    (data / "desk.sqlite3").chmod(0o644)
    (data / "logs").chmod(0o755)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "doctor"]) == 0
    report = capsys.readouterr().out
    assert "[waarschuwing] Rechten: 2 bestand(en) of map(pen) leesbaar voor andere" in report
    assert "data/desk.sqlite3" in report
    assert "desk-app doctor --fix" in report
    assert main(["--data-dir", str(data), "doctor", "--fix"]) == 0
    fixed = capsys.readouterr().out
    # SQLite's read-only look gave the database's -wal and -shm its open mode, so 2 or more
    assert re.search(r"Alleen nog leesbaar voor deze gebruiker: [2-9] bestand\(en\)", fixed)
    assert "[          ok] Rechten: alleen leesbaar voor deze gebruiker" in fixed
    assert stat.S_IMODE((data / "desk.sqlite3").stat().st_mode) == 0o600
    assert stat.S_IMODE((data / "logs").stat().st_mode) == 0o700
    assert open_to_others(data) == []
