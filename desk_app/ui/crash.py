"""The last line of defence: log an unexpected error and tell the user calmly, keep running."""

from __future__ import annotations

import logging
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.errors import DeskError
from desk_app.ui.messages import error_text

log = logging.getLogger(__name__)


class CrashHandler:
    """A ``sys.excepthook``: the traceback goes to the log, a short Dutch message to the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if isinstance(error, DeskError):
            log.warning("refused: %s", error.message)
            self._show(error_text(error))
            return
        log.error("unexpected error", exc_info=(kind, error, traceback))
        self._show(
            QCoreApplication.translate(
                "CrashHandler",
                "Er ging iets mis. U kunt gewoon verder werken; de details staan in het "
                "logbestand. Blijft het gebeuren, meld het dan aan de sociaal beheerder.",
            )
        )

    def _show(self, text: str) -> None:
        if self._showing:  # an error while the message is open must not stack dialogs
            return
        self._showing = True
        try:
            title = QCoreApplication.translate("CrashHandler", "Er ging iets mis")
            QMessageBox.warning(self.parent, title, text)
        finally:
            self._showing = False
