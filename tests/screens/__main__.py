"""``make screenshots``: render the gallery offscreen into ``build/screenshots/``."""

from __future__ import annotations

import os

from tests.screens.desk_screen import desk_screen_platform

# A screen of a reception PC's size, so dialogs size themselves as they would there.
os.environ["QT_QPA_PLATFORM"] = desk_screen_platform()

import sys
import time
from pathlib import Path

from tests.screens.gallery import render_gallery

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/screenshots")
    started = time.perf_counter()
    written = render_gallery(target)
    took = time.perf_counter() - started
    print(f"{len(written)} screenshots in {target}/ ({took:.0f} s)")
