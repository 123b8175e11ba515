"""Run every benchmark: `python -m tests.bench` (what `make bench` does)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.bench import (
    central_growth,
    commits,
    day_close,
    foundation,
    living_room,
    living_room_ui,
    operations,
    rooms,
    soak,
    startup,
    sync,
    till,
    volunteers_ui,
)
from tests.bench.harness import print_table, write_json

RESULTS = Path("bench-results.json")


def main() -> int:
    """Make a year-long demo centre, measure every figure against its baseline, report."""
    app = QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        demo = Path(scratch) / "demo"
        subprocess.run(
            [sys.executable, "-m", "desk_app", "--data-dir", str(demo), "demo", "--days", "365"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        figures = [
            *startup.figures(demo),
            *commits.figures(demo),
            *foundation.figures(demo),
            *living_room.figures(demo),
            *living_room_ui.figures(demo, app),
            *volunteers_ui.figures(demo, app),
            *till.figures(demo),
            *rooms.figures(demo),
            *operations.figures(demo),
            *sync.figures(demo),
            *central_growth.figures(demo),
            *day_close.figures(demo),
            *soak.figures(demo),
        ]
    print_table(figures)
    write_json(figures, RESULTS)
    print(f"\nwritten to {RESULTS}")
    return 0


raise SystemExit(main())
