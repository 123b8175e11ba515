"""Who may use a data folder's database at the same time, held through lock files beside it.

The open desk and the nightly ``backup``/``sync`` run side by side (SQLite's own locking keeps
their rows safe), but ``restore`` and ``demo`` replace or fill the whole database and must run
alone. Two lock files in the data folder, both from ``filelock``:

- ``desk.lock``, a readers-writer lock (``filelock.ReadWriteLock``: SQLite's file locks
  underneath, so it works alike on Linux, macOS and Windows and also between two holders in
  one process). The desk, ``sync``, ``backup`` and the reports hold it shared; ``restore`` and
  ``demo`` hold it exclusively.
- ``desk-open.lock``, a plain exclusive ``filelock.FileLock`` the GUI holds for its life, so
  a second desk on the same folder does not open beside the first.

The operating system drops both when their process ends, so a crashed desk never leaves the
folder locked. Nothing waits: a refusal says at once who is in the way.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass, field
from types import TracebackType

from filelock import FileLock, ReadWriteLock, Timeout

from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.paths import PRIVATE_FILE_MODE, DataFolder, create_private_folder


class Use(enum.Enum):
    """How a process uses the database, which decides what may run beside it."""

    BESIDE = "beside"  # sync, backup, reports: beside the desk and each other
    DESK = "desk"  # the GUI: beside the nightly tasks, but one desk per data folder
    ALONE = "alone"  # restore and demo: nothing else may use the database meanwhile


class FolderInUse(StorageError):
    """Another process holds the data folder in a way that excludes this use."""


@dataclass
class Hold:
    """The locks a process holds on a data folder; ``release`` gives them back once."""

    readers_writer: ReadWriteLock
    desk: FileLock | None = None
    released: bool = field(default=False, init=False)

    def release(self) -> None:
        """Give the locks back (a second call does nothing)."""
        if self.released:
            return
        self.released = True
        self.readers_writer.close()  # from any thread: a GUI may close from another than it opened
        if self.desk is not None:
            self.desk.release()

    def __enter__(self) -> Hold:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()


def take_hold(folder: DataFolder, use: Use) -> Hold:
    """Hold ``folder`` for ``use`` now, or refuse with a message saying what is in the way."""
    try:
        create_private_folder(folder.root)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "De gegevensmap {folder} kan niet worden aangemaakt."),
            folder=str(folder.root),
        ) from error
    try:
        return _take(folder, use)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "In de gegevensmap {folder} kan niet worden geschreven. Geef de gebruiker "
                "schrijfrechten of kies een andere map met --data-dir of DESK_APP_HOME.",
            ),
            folder=str(folder.root),
        ) from error


def _take(folder: DataFolder, use: Use) -> Hold:
    desk = _take_desk_lock(folder) if use is Use.DESK else None
    readers_writer = ReadWriteLock(folder.lock, is_singleton=False)
    try:
        if use is Use.ALONE:
            readers_writer.acquire_write(blocking=False)
        else:
            readers_writer.acquire_read(blocking=False)
    except Timeout:
        readers_writer.close()
        if desk is not None:
            desk.release()
        raise _refusal(folder, use) from None
    return Hold(readers_writer, desk)


def desk_is_open(folder: DataFolder) -> bool:
    """Whether a GUI holds ``folder`` right now."""
    probe = _desk_file_lock(folder)
    try:
        probe.acquire(blocking=False)
    except Timeout:
        return True
    probe.release()
    return False


def _desk_file_lock(folder: DataFolder) -> FileLock:
    # Not per thread: the GUI may close the desk from another thread than the one it opened in.
    return FileLock(folder.desk_lock, mode=PRIVATE_FILE_MODE, thread_local=False)


def _take_desk_lock(folder: DataFolder) -> FileLock:
    desk = _desk_file_lock(folder)
    try:
        desk.acquire(blocking=False)
    except Timeout:
        raise FolderInUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De balie is al open op deze pc (gegevensmap {folder}). "
                "Gebruik het venster dat al open is.",
            ),
            folder=str(folder.root),
        ) from None
    return desk


def _refusal(folder: DataFolder, use: Use) -> FolderInUse:
    if use is not Use.ALONE:
        return FolderInUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Er wordt nu een reservekopie teruggezet of een demo gemaakt in {folder}. "
                "Wacht tot dat klaar is en probeer het opnieuw.",
            ),
            folder=str(folder.root),
        )
    if desk_is_open(folder):
        return FolderInUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De balie is nog open op deze pc (gegevensmap {folder}). "
                "Sluit de app en probeer het opnieuw.",
            ),
            folder=str(folder.root),
        )
    return FolderInUse(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Een andere opdracht (reservekopie, synchronisatie of rapport) gebruikt de "
            "database in {folder} nog. Wacht tot die klaar is en probeer het opnieuw.",
        ),
        folder=str(folder.root),
    )
