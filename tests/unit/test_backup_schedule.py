"""Moving the installer's nightly backup and sync tasks when the sync time changes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from pathlib import Path

import pytest

from desk_app.services import schedule

INSTALLER = Path(__file__).parents[2] / "installer"


class FakeRunner:
    """Records commands instead of running systemctl or schtasks."""

    def __init__(self, code: int = 0) -> None:
        self.code = code
        self.commands: list[list[str]] = []

    def __call__(self, command: Sequence[str]) -> int:
        self.commands.append(list(command))
        return self.code


@pytest.fixture
def installed_timer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The timer as install.sh leaves it, at 23:00, in a private config folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    timer = schedule.systemd_timer_path()
    timer.parent.mkdir(parents=True)
    template = (INSTALLER / "linux" / schedule.TIMER).read_text(encoding="utf-8")
    timer.write_text(template.replace("@TIME@", "23:00"), encoding="utf-8")
    return timer


def test_the_systemd_timer_moves_and_is_reloaded(installed_timer: Path) -> None:
    run = FakeRunner()
    assert schedule.move_nightly_tasks(time(1, 45), platform="linux", run=run) is True
    text = installed_timer.read_text(encoding="utf-8")
    assert "OnCalendar=*-*-* 01:45:00" in text
    assert "OnCalendar=*-*-* 23:00" not in text
    assert "Persistent=true" in text
    assert run.commands == [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "restart", schedule.TIMER],
    ]


def test_a_failing_systemctl_is_reported(installed_timer: Path) -> None:
    assert schedule.move_nightly_tasks(time(2, 0), platform="linux", run=FakeRunner(1)) is False


def test_nothing_happens_without_an_installed_timer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    run = FakeRunner()
    assert schedule.move_nightly_tasks(time(2, 0), platform="linux", run=run) is None
    assert run.commands == []


def test_windows_tasks_move_by_the_names_the_installer_gave_them() -> None:
    run = FakeRunner()
    assert schedule.move_nightly_tasks(time(0, 30), platform="win32", run=run) is True
    script = (INSTALLER / "windows" / "desk-app.iss").read_text(encoding="utf-8")
    for command, task in zip(run.commands, schedule.WINDOWS_TASKS, strict=True):
        assert command == ["schtasks", "/Change", "/TN", task, "/ST", "00:30"]
        assert f'"{task}"' in script


def test_a_missing_tool_counts_as_a_failure() -> None:
    assert schedule.run_quietly(["/nonexistent/schtasks"]) == -1
