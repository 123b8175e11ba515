"""Run every benchmark: `python -m tests.bench` (what `make bench` does)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench import foundation, rooms
from tests.bench.harness import print_table, write_json

RESULTS = Path("bench-results.json")


def main() -> int:
    """Make a year-long demo centre, measure every figure against its baseline, report."""
    with tempfile.TemporaryDirectory() as scratch:
        demo = Path(scratch) / "demo"
        subprocess.run(
            [sys.executable, "-m", "desk_app", "--data-dir", str(demo), "demo", "--days", "365"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        figures = foundation.figures(demo) + rooms.figures(demo)
    print_table(figures)
    write_json(figures, RESULTS)
    print(f"\nwritten to {RESULTS}")
    return 0


raise SystemExit(main())
