"""What every section page is handed: the core, the data folder, who is at the desk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.jobs import Jobs

if TYPE_CHECKING:
    from desk_app.documents.receipt_printer import PrinterOpener, ReceiptPrinter
    from desk_app.services.till.settings import PrinterConfig


def open_with_system(path: Path) -> None:
    """Open a document in the PC's own viewer, from where it can be printed.

    Raises :class:`StorageError` saying where the file is when the PC has no viewer for it.
    """
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het document kon niet worden geopend. Het is opgeslagen als {path}.",
            ),
            path=str(path),
        )


def open_receipt_printer(config: PrinterConfig) -> ReceiptPrinter | None:
    """The till's printer; its module (and the till's receipt services) load on first print."""
    from desk_app.documents.receipt_printer import open_printer  # noqa: PLC0415 - see above

    return open_printer(config)


@dataclass(frozen=True)
class PageContext:
    """The pieces a page needs, passed down from the one place that wires the app."""

    uow: UnitOfWork
    folder: DataFolder
    current_actor: Callable[[], Actor | None]
    open_document: Callable[[Path], None] = open_with_system
    jobs: Jobs = field(kw_only=True)
    open_printer: PrinterOpener = field(default=open_receipt_printer, kw_only=True)
