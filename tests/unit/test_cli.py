"""The command line: version, demo, doctor, and friendly Dutch refusals without tracebacks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desk_app import __version__
from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.db import engine
from desk_app.services.auth import Actor


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_doctor_is_healthy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "--days", "3", "--end", "2026-05-01"]) == 0
    assert "vrijwilligers: 80" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "doctor"]) == 0
    report = capsys.readouterr().out
    assert "Integriteit: ok" in report
    assert "Buurthuis: De Meent" in report
    assert "Alles in orde." in report


def test_demo_refuses_a_folder_with_a_centre(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "--days", "1"]) == 0
    assert main(["--data-dir", str(tmp_path), "demo", "--days", "1"]) == 2
    assert "bevat al een buurthuis" in capsys.readouterr().err


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_APP_HOME", str(tmp_path / "home"))
    assert main(["demo", "--days", "1"]) == 0
    assert (tmp_path / "home" / "desk.sqlite3").is_file()


def _corrupt(folder: Path) -> None:
    folder.mkdir()
    (folder / "desk.sqlite3").write_bytes(b"this is not a database" * 200)


def test_corrupt_database_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _corrupt(tmp_path / "data")
    assert main(["--data-dir", str(tmp_path / "data"), "demo", "--days", "1"]) == 2
    error = capsys.readouterr().err
    assert "beschadigd" in error
    assert "Traceback" not in error
    assert main(["--data-dir", str(tmp_path / "data"), "doctor"]) == 1
    assert "Integriteit" in capsys.readouterr().out


def test_unwritable_data_folder_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    assert main(["--data-dir", str(blocker / "data"), "demo", "--days", "1"]) == 2
    assert "kan niet worden aangemaakt" in capsys.readouterr().err


def test_locked_database_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--data-dir", str(tmp_path), "demo", "--days", "1"]) == 0
    monkeypatch.setattr(
        engine, "DURABLE_PRAGMAS", (*engine.DURABLE_PRAGMAS, "PRAGMA busy_timeout=100")
    )
    holder = sqlite3.connect(tmp_path / "desk.sqlite3", isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert main(["--data-dir", str(tmp_path), "demo", "--days", "1"]) == 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "in gebruik" in capsys.readouterr().err


@pytest.mark.parametrize("stop", [KeyboardInterrupt, EOFError], ids=["ctrl-c", "eof"])
def test_a_pin_prompt_left_is_a_quiet_stop(
    desk: Desk,
    manager: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stop: type[BaseException],
) -> None:
    def typed(_prompt: str) -> str:
        raise stop

    monkeypatch.setattr("getpass.getpass", typed)
    assert main(["--data-dir", str(desk.folder.root), "invoices", "remind"]) == 2
    error = capsys.readouterr().err
    assert error.strip() == "Afgebroken."
    assert "Traceback" not in error
