"""An offscreen screen the size of a reception PC's room beside its taskbar, set before Qt loads."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

# 1366x768 less a 40 px taskbar: offscreen Qt knows no taskbar, so the screen is what is left.
DESK_SCREEN = {"name": "desk", "x": 0, "y": 0, "width": 1366, "height": 728, "dpr": 1}


def desk_screen_platform() -> str:
    """The ``QT_QPA_PLATFORM`` of an offscreen Qt showing one screen of the desk's room."""
    config = Path(tempfile.mkdtemp(prefix="desk-screen-")) / "offscreen.json"
    config.write_text(json.dumps({"screens": [DESK_SCREEN]}))
    return f"offscreen:configfile={config}"
