"""Slips on the till's receipt printer, printed in the background one after the other."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from desk_app.documents.receipt_printer import PrinterOpener, ReceiptPrinter, print_slip
from desk_app.errors import DeskError
from desk_app.services.till import settings
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.jobs import Pool
from desk_app.ui.messages import error_text

log = logging.getLogger(__name__)


def _print(uow: UnitOfWork, opener: PrinterOpener, send: Callable[[ReceiptPrinter], None]) -> bool:
    return print_slip(opener, settings.load_settings(uow).printer, send)


class SlipPrinting(QObject):
    """Sends slips to the printer in the print pool, so a printer that is off freezes nothing.

    Signals:
        printed: a slip came out (not sent when the till has no printer).
        failed: a slip did not print; carries a calm Dutch message.
    """

    printed = Signal()
    failed = Signal(str)

    def __init__(self, context: PageContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def print_slip(self, send: Callable[[ReceiptPrinter], None]) -> None:
        """Open the configured printer in the background and ``send`` the slip to it."""
        work = partial(_print, self.context.uow, self.context.open_printer, send)
        self.context.jobs.run(Pool.PRINT, work, self._done, self._failed)

    @Slot(object)
    def _done(self, printed: bool) -> None:
        if printed:
            self.printed.emit()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        if isinstance(error, DeskError):
            self.failed.emit(error_text(error))
            return
        log.warning("the receipt printer failed", exc_info=error)
        self.failed.emit(self.tr("De bonprinter is niet bereikbaar; wat u deed is wel opgeslagen."))
