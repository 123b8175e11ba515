"""Python calls per committed action (cProfile): a figure the machine's load does not move.

``python -m tests.bench.calls DEMO_FOLDER`` on a demo made as ``make bench`` makes it; each
action of ``commits.py`` runs a few times to warm the caches, then is counted.
"""

from __future__ import annotations

import cProfile
import pstats
import shutil
import sys
import tempfile
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.paths import DataFolder
from tests.bench.commits import _actions

WARM_UP = 20
COUNTED = 50


def calls_per_action(demo_folder: Path) -> dict[str, float]:
    """Per action of the commit figures, the Python calls one run of it makes."""
    counts = {}
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "desk"
        shutil.copytree(demo_folder, copy)
        desk = open_desk(DataFolder(copy))
        for name, action in _actions(desk).items():
            for _ in range(WARM_UP):
                action()
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(COUNTED):
                action()
            profile.disable()
            counts[name] = pstats.Stats(profile).total_calls / COUNTED  # type: ignore[attr-defined]
        desk.close()
    return counts


if __name__ == "__main__":
    for action, calls in calls_per_action(Path(sys.argv[1])).items():
        print(f"{action:16} {calls:8.0f} Python calls per action")
