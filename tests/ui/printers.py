"""Receipt printers for UI tests: an opener that hands out whichever printer a test needs."""

from __future__ import annotations

from desk_app.documents.receipt_printer import ReceiptPrinter
from desk_app.services.till.settings import PrinterConfig


class Printers:
    """The page's printer opener, pointed at whichever printer the test needs now."""

    def __init__(self, printer: ReceiptPrinter) -> None:
        self.printer = printer

    def open(self, config: PrinterConfig) -> ReceiptPrinter | None:
        del config
        return self.printer
