"""Logging to a rotating file in the data folder: tracebacks go there, never to the user."""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "desk-app.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
PRIVATE_FOLDER_MODE, PRIVATE_FILE_MODE = 0o700, 0o600  # as in desk_app.paths, a sibling


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose files only this user reads: errors may name visitors."""

    def _open(self) -> TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        descriptor = os.open(self.baseFilename, flags, PRIVATE_FILE_MODE)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123


def configure_logging(folder: Path) -> Path | None:
    """Log to ``folder/desk-app.log``; return its path, or ``None`` if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        handler = PrivateLogHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return folder / LOG_FILE
