"""Run every benchmark: `python -m tests.bench` (what `make bench` does)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

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
from tests.bench.harness import Figure, print_table, write_json

# In the order of the table; each part's figures come from its module's ``figures``.
PARTS: dict[str, ModuleType] = {
    "startup": startup,
    "commits": commits,
    "foundation": foundation,
    "living_room": living_room,
    "living_room_ui": living_room_ui,
    "volunteers_ui": volunteers_ui,
    "till": till,
    "rooms": rooms,
    "operations": operations,
    "sync": sync,
    "central_growth": central_growth,
    "day_close": day_close,
    "soak": soak,
}

RESULTS = Path("bench-results.json")


def main(argv: list[str]) -> int:
    """Make a year-long demo centre, measure each figure against its baseline, report.

    ``--only startup commits`` measures those parts alone (a quick before/after).
    """
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--only", nargs="+", choices=PARTS, help="only these parts")
    chosen = parser.parse_args(argv).only or list(PARTS)
    app = QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        demo = Path(scratch) / "demo"
        subprocess.run(
            [sys.executable, "-m", "desk_app", "--data-dir", str(demo), "demo", "--days", "365"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        figures = [f for name in chosen for f in _measure(name, demo, app)]
    print_table(figures)
    write_json(figures, RESULTS)
    print(f"\nwritten to {RESULTS}")
    return 0


def _measure(part: str, demo: Path, app: QApplication) -> list[Figure]:
    module = PARTS[part]
    if module in {living_room_ui, volunteers_ui}:
        return list(module.figures(demo, app))
    return list(module.figures(demo))


raise SystemExit(main(sys.argv[1:]))
