"""Start-up of the whole ``desk-app`` process against a bare Qt window process, in pairs.

Each pair runs the desk on the demo centre to its main window and closed again
(offscreen, ``DESK_APP_QUIT_AFTER_MS=1``) and a bare PySide6 window opened and closed the
same way, one after the other, so the machine's drift falls on both; the figure is the
median of the pairs. Peak memory comes from each child's own resource usage.

Each pair also runs a process that only imports the data model (SQLAlchemy and the typed
tables) and configures its mappers: work the desk cannot start without, reported against the
same bare window to show how much of the goal it takes on its own.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.harness import Figure

PAIRS = 5
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(1, app.quit)
app.exec()
"""
DATA_MODEL_ONLY = (
    "import desk_app.models; import sqlalchemy.orm; sqlalchemy.orm.configure_mappers()"
)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds and peak resident MiB of one child process.

    The peak is the child's own high-water mark (``VmHWM``, which starts anew at exec), read
    while it runs: the resource usage a parent gets back also counts the pages the child
    shared with this large bench process between fork and exec.
    """
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_kib = 0
    while child.poll() is None:
        peak_kib = max(peak_kib, _high_water_kib(child.pid))
        time.sleep(0.005)
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, command)
    return seconds, peak_kib / 1024


def _high_water_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def pairs(demo_folder: Path, count: int = PAIRS) -> list[tuple[tuple[float, float], ...]]:
    """``count`` rounds of (desk, bare, data model only) runs, each (seconds, peak MiB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_APP_QUIT_AFTER_MS": "1"}
    desk = [sys.executable, "-m", "desk_app", "--data-dir", str(demo_folder)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    model = [sys.executable, "-c", DATA_MODEL_ONLY]
    return [(_run(desk, env), _run(bare, env), _run(model, env)) for _ in range(count)]


def figures(demo_folder: Path) -> list[Figure]:
    """Median start-up and peak memory of the desk against the bare window."""
    runs = pairs(demo_folder)
    desk_s = statistics.median(d[0] for d, _, _ in runs)
    bare_s = statistics.median(b[0] for _, b, _ in runs)
    model_s = statistics.median(m[0] for _, _, m in runs)
    desk_mib = statistics.median(d[1] for d, _, _ in runs)
    bare_mib = statistics.median(b[1] for _, b, _ in runs)
    return [
        Figure(
            "start-up, whole process, year's demo (s)",
            desk_s,
            "s",
            "bare Qt window process, same way",
            bare_s,
            "<= 5x the baseline",
        ),
        Figure(
            "start-up floor: data model imported, process (s)",
            model_s,
            "s",
            "bare Qt window process, same way",
            bare_s,
            "reported: a floor of the start",
        ),
        Figure(
            "start-up peak memory (MiB)",
            desk_mib,
            "Mi",
            "bare Qt window process",
            bare_mib,
            "reported",
        ),
    ]
