"""Commands that read (or send what is there) never create a data folder or database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.commands import sync as sync_commands
from desk_app.demo.foundation import DEMO_MANAGER

READING = [
    pytest.param(["report", "day", "--date", "2026-05-01"], id="report day"),
    pytest.param(["report", "facts", "--year", "2026"], id="report facts"),
    pytest.param(["backup"], id="backup"),
    pytest.param(["roster", "--week", "2026-W18"], id="roster"),
    pytest.param(["sync", "--central", "postgresql://postgres@127.0.0.1:1/x"], id="sync"),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("reading") / "data"
    assert main(["--data-dir", str(data), "demo", "--days", "1", "--end", "2026-05-01"]) == 0
    return data


@pytest.mark.parametrize("command", READING)
def test_a_missing_data_folder_is_named_and_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    missing = tmp_path / "elders"
    assert main(["--data-dir", str(missing), *command]) == 2
    error = capsys.readouterr().err
    assert f"De gegevensmap {missing} bestaat niet." in error
    assert "--data-dir" in error
    assert not missing.exists()


@pytest.mark.parametrize("command", READING)
def test_a_folder_without_a_database_stays_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), *command]) == 2
    assert "staat geen database (desk.sqlite3)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_doctor_on_a_missing_folder_or_database_fails_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "elders"
    assert main(["--data-dir", str(missing), "doctor"]) == 1
    report = capsys.readouterr().out
    assert f"[        fout] Gegevensmap: {missing} bestaat niet" in report
    assert not missing.exists()
    empty = tmp_path / "leeg"
    empty.mkdir()
    assert main(["--data-dir", str(empty), "doctor"]) == 1
    assert "[        fout] Databasebestand:" in capsys.readouterr().out
    assert list(empty.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["report", "day", "--date", "2026-05-01", "--pdf"], id="report day"),
        pytest.param(["report", "facts", "--year", "2026", "--pdf"], id="report facts"),
    ],
)
def test_a_pdf_into_a_missing_folder_is_explained(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    target = tmp_path / "no" / "such" / "x.pdf"
    assert main(["--data-dir", str(demo), *command, str(target)]) == 2
    error = capsys.readouterr().err
    assert f"De map {target.parent} bestaat niet, dus x.pdf kan daar niet worden bewaard." in error
    assert "onverwachts" not in error
    assert not (tmp_path / "no").exists()


def test_a_pdf_onto_a_folder_asks_for_a_file_name(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = ["report", "facts", "--year", "2026", "--pdf", str(tmp_path)]
    assert main(["--data-dir", str(demo), *command]) == 2
    error = capsys.readouterr().err
    assert f"{tmp_path} is een map. Geef ook de naam van het bestand" in error
    assert list(tmp_path.iterdir()) == []


def test_a_backup_onto_a_missing_stick_is_explained(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda _prompt: DEMO_MANAGER[1])
    stick = tmp_path / "media" / "usb"
    assert main(["--data-dir", str(demo), "backup", "--to", str(stick / "reserve")]) == 2
    error = capsys.readouterr().err
    assert f"De map {stick} bestaat niet" in error
    assert "onverwachts" not in error
    assert list(tmp_path.iterdir()) == []
    assert main(["--data-dir", str(demo), "backup", "--to", str(tmp_path)]) == 0
    assert [path.suffix for path in tmp_path.iterdir()] == [".sqlite3"]


def test_a_missing_backup_file_leaves_no_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nieuw"
    backup = tmp_path / "desk-2026-11-01.sqlite3"
    assert main(["--data-dir", str(missing), "restore", str(backup)]) == 2
    assert f"Het bestand {backup} bestaat niet." in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_fact_sheet_pdf_is_written_into_an_existing_folder(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "jaar.pdf"
    assert (
        main(["--data-dir", str(demo), "report", "facts", "--year", "2026", "--pdf", str(target)])
        == 0
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in capsys.readouterr().out


def test_an_unreachable_central_database_is_one_dutch_line_on_the_terminal(demo: Path) -> None:
    unreachable = "postgresql://postgres@127.0.0.1:1/x"
    command = ["report", "facts", "--year", "2026", "--central", unreachable]
    result = subprocess.run(
        [sys.executable, "-m", "desk_app", "--data-dir", str(demo), *command],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"De centrale database ({unreachable}) is niet bereikbaar.")


def test_an_unexpected_error_in_a_central_command_is_kept_in_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_args: object, _folder: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(sync_commands, "run_central_init", broken)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "central", "init", "--central", "postgresql://x"]) == 1
    error = capsys.readouterr().err
    assert f"De details staan in het logbestand in {data / 'logs'}." in error
    assert "Traceback" not in error
    assert "RuntimeError: kapot" in (data / "logs" / "desk-app.log").read_text()
