"""Child process of the soak bench: 2,000 actions through the real main window, memory watched.

Run as ``python -m tests.bench.soak DEMO_FOLDER [ACTIONS]``; prints a JSON object with the
resident memory after the first 100 actions and at the end, and the scan-to-shown times of
the first and the last 100 scans.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk_app.bootstrap import open_desk
from desk_app.models import Person, VisitorPass
from desk_app.paths import DataFolder
from desk_app.ui.bar.page import BarPage
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.main_window import MainWindow
from tests.bench.harness import BadgeClock, Figure, p95
from tests.bench.living_room import manager_of

ACTIONS = 2000
WARM_UP = 100


def resident_mib() -> float:
    """This process's resident memory (Linux ``/proc``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Soak:
    """Cycles through a day's actions on one main window: scans, walk-ins, sales, sign-ins."""

    def __init__(self, app: QApplication, window: MainWindow, passes: list[str], badges: list[str]):
        self.app, self.window = app, window
        self.passes, self.badges = passes, badges
        self.clock = BadgeClock(len(badges))
        window.context.uow.clock = self.clock
        self.living_room = next(p for p in window.pages if isinstance(p, LivingRoomPage))
        self.bar = next(p for p in window.pages if isinstance(p, BarPage))
        self.scan_ms: list[float] = []
        self.count = 0

    def actions(self) -> list[Callable[[], None]]:
        return [self.scan_pass, self.walk_in, self.sale, self.badge, self.switch_page]

    def _scan(self, code: str) -> float:
        self.window.show_section(0)
        field = self.living_room.panel.scan_field
        start = time.perf_counter()
        QTest.keyClicks(field, code)
        QTest.keyClick(field, Qt.Key.Key_Return)
        self.app.processEvents()
        return (time.perf_counter() - start) * 1000

    def scan_pass(self) -> None:
        self.scan_ms.append(self._scan(self.passes[self.count % len(self.passes)]))

    def badge(self) -> None:
        self.clock.step()
        self._scan(self.badges[self.count % len(self.badges)])

    def walk_in(self) -> None:
        self.window.show_section(0)
        QTest.mouseClick(self.living_room.panel.count_button, Qt.MouseButton.LeftButton)

    def sale(self) -> None:
        self.window.show_section(1)
        QTest.mouseClick(self.bar.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
        QTest.mouseClick(self.bar.pay.card, Qt.MouseButton.LeftButton)

    def switch_page(self) -> None:
        self.window.show_section(self.count % len(self.window.pages))

    def run(self, total: int) -> dict[str, float | list[float]]:
        steps = self.actions()
        warm_rss, warm_scans = 0.0, 0
        for self.count in range(total):
            steps[self.count % len(steps)]()
            self.app.processEvents()
            if self.count + 1 == WARM_UP:
                warm_rss, warm_scans = resident_mib(), len(self.scan_ms)
        return {
            "rss_warm_mib": warm_rss,
            "scans_warm_ms": self.scan_ms[:warm_scans],
            "rss_end_mib": resident_mib(),
            "scans_end_ms": self.scan_ms[-warm_scans:],
        }


def figures(demo_folder: Path) -> list[Figure]:
    """Memory and scan time after 2,000 actions against the same after the first 100."""
    child = subprocess.run(
        [sys.executable, "-m", "tests.bench.soak", str(demo_folder), str(ACTIONS)],
        check=True,
        capture_output=True,
        text=True,
    )
    soak = json.loads(child.stdout.strip().splitlines()[-1])
    return [
        Figure(
            f"memory after {ACTIONS} actions (MiB)",
            soak["rss_end_mib"],
            "Mi",
            f"memory after the first {WARM_UP} actions",
            soak["rss_warm_mib"],
            "within 30 MiB of the baseline",
        ),
        Figure(
            f"scan to visit shown after {ACTIONS} actions, p95 (ms)",
            p95(soak["scans_end_ms"]),
            "ms",
            f"the same after the first {WARM_UP} actions",
            p95(soak["scans_warm_ms"]),
            "ratio about 1",
        ),
    ]


def main(demo: Path, total: int) -> None:
    """Soak a copy of the demo, print the figures, and leave without Qt's teardown."""
    app = QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(demo, Path(scratch) / "desk")
        desk = open_desk(DataFolder(Path(scratch) / "desk"))
        with desk.uow.read() as tx:
            passes = list(tx.session.scalars(select(VisitorPass.code).limit(total)))
            badges = list(
                tx.session.scalars(select(Person.badge_code).where(Person.badge_code.is_not(None)))
            )
        window = MainWindow(desk, "De Meent", manager_of(desk))
        window.resize(1366, 698)
        window.show()
        result = Soak(app, window, passes, [b for b in badges if b]).run(total)
    print(json.dumps(result), flush=True)
    os._exit(0)  # see till_taps: the interpreter's Qt teardown is not part of the figure


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else ACTIONS)
