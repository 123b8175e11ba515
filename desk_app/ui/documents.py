"""PDFs made in the background, then archived or saved, and opened in the PC's viewer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desk_app.documents.archive import archive_document
from desk_app.errors import DeskError
from desk_app.ui.context import PageContext
from desk_app.ui.jobs import Pool
from desk_app.ui.messages import error_text

log = logging.getLogger(__name__)


def _archive(folder: Path, kind: str, at: datetime, build: Callable[[], bytes]) -> Path:
    return archive_document(folder, kind, build(), at)


def _save(path: Path, build: Callable[[], bytes]) -> Path:
    path.write_bytes(build())
    return path


class DocumentMaker(QObject):
    """Builds a document's bytes in the documents pool; the GUI only opens the finished file.

    ``build`` runs off the GUI thread: it gets plain values and reads through the unit of work.

    Signals:
        saved: the file was written (and not to be opened); carries its path.
        opened: the file was written and handed to the viewer; carries its path.
        failed: the document could not be made or opened; carries a Dutch message.
    """

    saved = Signal(object)
    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, context: PageContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def archive(self, kind: str, build: Callable[[], bytes], at: datetime | None = None) -> None:
        """Make the document, keep it in the data folder's reports, and open it.

        The file is named by ``at``, by default now.
        """
        at = self.context.uow.now() if at is None else at
        work = partial(_archive, self.context.folder.reports, kind, at, build)
        self.context.jobs.run(Pool.DOCUMENTS, work, self._made, self._failed)

    def save(self, path: Path, build: Callable[[], bytes], *, open_it: bool = True) -> None:
        """Make the document and write it to ``path`` (chosen by the user); open it if asked."""
        done = self._made if open_it else self._saved
        self.context.jobs.run(Pool.DOCUMENTS, partial(_save, path, build), done, self._failed)

    @Slot(object)
    def _saved(self, path: Path) -> None:
        self.saved.emit(path)

    @Slot(object)
    def _made(self, path: Path) -> None:
        try:
            self.context.open_document(path)
        except DeskError as error:
            self.failed.emit(error_text(error))
            return
        self.opened.emit(path)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        if isinstance(error, DeskError):
            self.failed.emit(error_text(error))
            return
        log.error("a document could not be made", exc_info=error)
        self.failed.emit(self.tr("Het document kon niet worden gemaakt; zie het logbestand."))
