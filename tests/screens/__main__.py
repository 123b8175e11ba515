"""``make screenshots``: render the gallery offscreen into ``build/screenshots/``."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

# An offscreen screen of a reception PC's size, so dialogs size themselves as they would there.
_SCREEN = {"name": "desk", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 1}
_CONFIG = Path(tempfile.mkdtemp(prefix="desk-screen-")) / "offscreen.json"
_CONFIG.write_text(json.dumps({"screens": [_SCREEN]}))
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_CONFIG}"

import sys  # noqa: E402 - the platform above must be set before Qt loads
import time  # noqa: E402

from tests.screens.gallery import render_gallery  # noqa: E402

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/screenshots")
    started = time.perf_counter()
    written = render_gallery(target)
    took = time.perf_counter() - started
    print(f"{len(written)} screenshots in {target}/ ({took:.0f} s)")
