"""A child process that opens a data folder like a command would and holds it until stdin closes."""

from __future__ import annotations

import sys
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.paths import DataFolder
from desk_app.services.desk_lock import Use


def main(folder: str, use: str) -> None:
    """Open ``folder`` for ``use``, say so on stdout, keep it until stdin reaches its end."""
    desk = open_desk(DataFolder(Path(folder)), Use(use))
    sys.stdout.write("open\n")
    sys.stdout.flush()
    sys.stdin.read()
    desk.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
