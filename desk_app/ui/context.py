"""What every section page is handed: the core, the data folder, who is at the desk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork


def open_with_system(path: Path) -> None:
    """Open a document in the PC's own viewer, from where it can be printed."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass(frozen=True)
class PageContext:
    """The pieces a page needs, passed down from the one place that wires the app."""

    uow: UnitOfWork
    folder: DataFolder
    current_actor: Callable[[], Actor | None]
    open_document: Callable[[Path], None] = open_with_system
