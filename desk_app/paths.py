"""Where the desk keeps its data: one folder per installation."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "desk-app"
HOME_ENV = "DESK_APP_HOME"


@dataclass(frozen=True)
class DataFolder:
    """The data folder and the files inside it."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "desk.sqlite3"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def reports(self) -> Path:
        return self.root / "reports"


def resolve_data_folder(explicit: str | os.PathLike[str] | None = None) -> DataFolder:
    """Pick the data folder: ``--data-dir`` first, then ``DESK_APP_HOME``, then the OS default."""
    if explicit:
        return DataFolder(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return DataFolder(Path(from_env).expanduser().resolve())
    return DataFolder(user_data_path(APP_NAME, appauthor=False))
