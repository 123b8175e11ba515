"""One writer at a time: restore and demo never run beside an open desk; backups still do."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.paths import DataFolder
from desk_app.services.desk_lock import FolderInUse, Use, take_hold

START_TIMEOUT_S = 90


@dataclass(frozen=True)
class RunningDesk:
    """A GUI process on a demo centre's data folder, and a backup of that folder."""

    folder: DataFolder
    backup: Path
    process: subprocess.Popen[bytes]


def _gui(folder: DataFolder, quit_after_ms: int) -> subprocess.Popen[bytes]:
    """The real desk: ``python -m desk_app`` offscreen, closing itself after ``quit_after_ms``."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_APP_QUIT_AFTER_MS": str(quit_after_ms),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "desk_app", "--data-dir", str(folder.root)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _log(folder: DataFolder) -> str:
    path = folder.logs / "desk-app.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _wait_for_log(folder: DataFolder, line: str, process: subprocess.Popen[bytes]) -> None:
    """Poll the desk's log (a separate process, so no Qt wait applies) until ``line`` appears."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while line not in _log(folder):
        assert process.poll() is None, f"the desk stopped early:\n{_log(folder)}"
        assert time.monotonic() < deadline, f"no {line!r} in the log:\n{_log(folder)}"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def running_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningDesk]:
    root = tmp_path_factory.mktemp("running")
    folder = DataFolder(root / "data")
    assert main(["--data-dir", str(folder.root), "demo", "--days", "1", "--end", "2026-05-01"]) == 0
    with pytest.MonkeyPatch.context() as patch:  # the manager signs a backup to a stick
        patch.setattr("getpass.getpass", lambda _prompt: DEMO_MANAGER[1])
        assert main(["--data-dir", str(folder.root), "backup", "--to", str(root / "usb")]) == 0
    [backup] = (root / "usb").iterdir()
    process = _gui(folder, quit_after_ms=600_000)
    try:
        _wait_for_log(folder, "main window shown", process)
        # The day's first backup runs once the window has painted: the folder holds still after.
        _wait_for_log(folder, f"backup written to {folder.backups}", process)
        yield RunningDesk(folder, backup, process)
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(autouse=True)
def manager_types_her_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's social manager signs what asks for her PIN."""
    monkeypatch.setattr("getpass.getpass", lambda _prompt: DEMO_MANAGER[1])


def test_restore_is_refused_while_the_desk_runs(
    running_desk: RunningDesk, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = running_desk.folder
    before = sorted(path.name for path in folder.root.iterdir())
    assert main(["--data-dir", str(folder.root), "restore", str(running_desk.backup)]) == 2
    error = capsys.readouterr().err
    assert "De balie is nog open op deze pc" in error
    assert "Sluit de app en probeer het opnieuw." in error
    assert not folder.replaced.exists()
    assert sorted(path.name for path in folder.root.iterdir()) == before
    assert running_desk.process.poll() is None


def test_demo_is_refused_while_the_desk_runs(
    running_desk: RunningDesk, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(running_desk.folder.root), "demo", "--days", "1"]) == 2
    assert "De balie is nog open op deze pc" in capsys.readouterr().err


def test_a_backup_runs_beside_the_desk(running_desk: RunningDesk, tmp_path: Path) -> None:
    assert main(["--data-dir", str(running_desk.folder.root), "backup", "--to", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("desk-*.sqlite3"))) == 1
    assert running_desk.process.poll() is None


def test_a_second_desk_on_the_same_folder_does_not_open(running_desk: RunningDesk) -> None:
    second = _gui(running_desk.folder, quit_after_ms=1_000)
    assert second.wait(timeout=START_TIMEOUT_S) == 1
    assert "not opened: De balie is al open op deze pc" in _log(running_desk.folder)
    assert running_desk.process.poll() is None


def test_a_desk_that_was_killed_leaves_no_lock(running_desk: RunningDesk, tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.desk_holder", str(folder.root), Use.DESK.value],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "open\n"
    with pytest.raises(FolderInUse, match="nog open"):
        take_hold(folder, Use.ALONE)
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    assert main(["--data-dir", str(folder.root), "restore", str(running_desk.backup)]) == 0


def test_who_may_run_beside_whom(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    with take_hold(folder, Use.DESK), take_hold(folder, Use.BESIDE):
        with take_hold(folder, Use.BESIDE):
            pass
        with pytest.raises(FolderInUse, match="al open op deze pc"):
            take_hold(folder, Use.DESK)
        with pytest.raises(FolderInUse, match="nog open op deze pc"):
            take_hold(folder, Use.ALONE)
    with take_hold(folder, Use.BESIDE), pytest.raises(FolderInUse, match="andere opdracht"):
        take_hold(folder, Use.ALONE)
    with take_hold(folder, Use.ALONE):
        for use in (Use.BESIDE, Use.DESK, Use.ALONE):
            with pytest.raises(FolderInUse):
                take_hold(folder, use)
    take_hold(folder, Use.ALONE).release()


def test_a_hold_can_be_given_back_from_another_thread(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "data")
    hold = take_hold(folder, Use.DESK)
    closer = threading.Thread(target=hold.release)
    closer.start()
    closer.join()
    take_hold(folder, Use.ALONE).release()
    take_hold(folder, Use.DESK).release()
