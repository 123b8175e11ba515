"""Timing helpers, the result table and the JSON file of `make bench`."""

from __future__ import annotations

import json
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desk_app.models.types import utc_now
from desk_app.services.volunteers.duty import REPEAT_WINDOW


@dataclass(frozen=True)
class Figure:
    """One measured figure, with the baseline it is compared to and the goal it must meet."""

    name: str
    value: float
    unit: str
    baseline: str
    baseline_value: float
    goal: str

    @property
    def ratio(self) -> float:
        """How the figure compares to its baseline (for rates: higher is better)."""
        return self.value / self.baseline_value if self.baseline_value else float("nan")


class BadgeClock:
    """A clock a bench moves on before each badge scan, as the hours pass at a real desk.

    A badge scanned again within ``REPEAT_WINDOW`` is a double scan that writes nothing; with
    ``badges`` scanned in turn, each step keeps a badge's scans further apart than that.
    """

    def __init__(self, badges: int) -> None:
        self.moment = utc_now()
        self.by = REPEAT_WINDOW / max(badges, 1) + timedelta(seconds=1)

    def __call__(self) -> datetime:
        return self.moment

    def step(self) -> None:
        """The next scan comes a little later."""
        self.moment += self.by


def time_each(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each of ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    """The 95th percentile of the samples."""
    return statistics.quantiles(samples, n=20)[18]


def print_table(figures: list[Figure]) -> None:
    """A plain table on standard output."""
    header = f"{'figure':46} {'value':>12} {'baseline':>12} {'ratio':>7}  goal"
    print(header)
    print("-" * len(header))
    for f in figures:
        print(
            f"{f.name:46} {f.value:>9.2f} {f.unit:<2} {f.baseline_value:>9.2f} {f.unit:<2} "
            f"{f.ratio:>7.2f}  {f.goal}  (baseline: {f.baseline})"
        )


def write_json(figures: list[Figure], path: Path) -> None:
    """Every figure with its ratio, for comparing runs."""
    rows = [{**asdict(f), "ratio": round(f.ratio, 4)} for f in figures]
    path.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


def copy_of(folder: Path, target: Path) -> Path:
    """A private copy of a closed demo folder, so one benchmark's writes do not skew another's."""
    shutil.copytree(folder, target)
    return target
