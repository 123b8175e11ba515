"""Move the nightly backup and sync that the installer scheduled to a new time.

The installer creates the tasks (Windows: two scheduled tasks; Linux: a systemd user
timer); when the social manager changes the sync time, the same tasks move with it.
Nothing is created here: on a PC without an installed task (a developer's) this does nothing.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import time
from pathlib import Path

log = logging.getLogger(__name__)
WINDOWS_TASKS = ("desk-app nachtelijke reservekopie", "desk-app nachtelijke synchronisatie")
TIMER = "desk-app-nightly.timer"
ON_CALENDAR = re.compile(r"^OnCalendar=.*$", re.MULTILINE)

Runner = Callable[[Sequence[str]], int]


def run_quietly(command: Sequence[str]) -> int:
    """Run a system tool without a window or output; return its exit code."""
    try:
        completed = subprocess.run(command, capture_output=True, check=False, timeout=30)  # noqa: S603 - fixed tools, no shell
    except (OSError, subprocess.TimeoutExpired) as error:
        log.warning("could not run %s: %s", command[0], error)
        return -1
    return completed.returncode


def systemd_timer_path() -> Path:
    """Where install.sh put the nightly timer."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user" / TIMER


def move_nightly_tasks(
    at: time, platform: str | None = None, run: Runner | None = None
) -> bool | None:
    """Move the installed nightly tasks to ``at``: True done, False failed, None none installed."""
    platform = platform or sys.platform
    run = run or run_quietly
    if platform == "win32":
        return _move_windows_tasks(at, run)
    if platform.startswith("linux"):
        return _move_systemd_timer(at, systemd_timer_path(), run)
    return None


def _move_windows_tasks(at: time, run: Runner) -> bool:
    clock = at.strftime("%H:%M")
    codes = [run(["schtasks", "/Change", "/TN", task, "/ST", clock]) for task in WINDOWS_TASKS]
    return all(code == 0 for code in codes)


def _move_systemd_timer(at: time, timer: Path, run: Runner) -> bool | None:
    if not timer.is_file():
        return None
    text = timer.read_text(encoding="utf-8")
    timer.write_text(ON_CALENDAR.sub(f"OnCalendar=*-*-* {at:%H:%M}:00", text), encoding="utf-8")
    reloaded = run(["systemctl", "--user", "daemon-reload"]) == 0
    return reloaded and run(["systemctl", "--user", "restart", TIMER]) == 0
