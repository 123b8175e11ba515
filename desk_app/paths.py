"""Where the desk keeps its data: one folder per installation."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "desk-app"
HOME_ENV = "DESK_APP_HOME"
# Visitor names and phones, PIN hashes: the data folder is for the desk's own user only.
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


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

    @property
    def replaced(self) -> Path:
        return self.root / "replaced"

    @property
    def central_ca(self) -> Path:
        """This PC's copy of the organisation's CA certificate (PEM) for the central server."""
        return self.root / "central-ca.pem"

    @property
    def lock(self) -> Path:
        return self.root / "desk.lock"

    @property
    def desk_lock(self) -> Path:
        return self.root / "desk-open.lock"


def resolve_data_folder(explicit: str | os.PathLike[str] | None = None) -> DataFolder:
    """Pick the data folder: ``--data-dir`` first, then ``DESK_APP_HOME``, then the OS default."""
    if explicit:
        return DataFolder(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return DataFolder(Path(from_env).expanduser().resolve())
    return DataFolder(user_data_path(APP_NAME, appauthor=False))


def keep_files_private() -> None:
    """Let this process create files for its user only (umask 077) on Linux and macOS.

    Covers what the desk does not create itself with a mode: SQLite's journal files, the
    rotating log, PDFs. On Windows the per-user data folder (``%LOCALAPPDATA%``) is private
    already through the profile's inherited access list, and a umask means nothing there.
    """
    if os.name == "posix":
        os.umask(0o077)


def create_private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) for this user only; an existing one is left as is."""
    path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    return path


def create_private_file(path: Path) -> Path:
    """Create ``path`` empty for this user only, unless it exists (then it is left as is).

    SQLite gives a database's ``-wal`` and ``-shm`` the database file's mode, so creating the
    file first makes those private as well.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, flags, PRIVATE_FILE_MODE))
    return path
