"""Receipts on an ESC/POS printer through python-escpos: network, USB or a file (device)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Protocol

from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.formatting import format_cents, format_local
from desk_app.services.till.receipts import Receipt
from desk_app.services.till.settings import PrinterConfig

WIDTH = 42
# A printer that is off must not hold a receipt for long (python-escpos waits 60 s).
PRINT_TIMEOUT_S = 5.0


class ReceiptPrinter(Protocol):
    """The part of a python-escpos printer the desk uses: left-aligned text, then a cut."""

    def set(self, *, align: str) -> None:
        """Set the text alignment."""

    def text(self, txt: str) -> None:
        """Print ``txt``; raises when the printer does not take it within the time limit."""

    def cut(self) -> None:
        """Cut the paper."""

    def close(self) -> None:
        """Let go of the connection."""


PrinterOpener = Callable[[PrinterConfig], ReceiptPrinter | None]


def open_printer(config: PrinterConfig, timeout: float = PRINT_TIMEOUT_S) -> ReceiptPrinter | None:
    """The configured printer, waiting at most ``timeout`` seconds; ``None`` when there is none.

    Raises ``OSError`` when a network printer does not answer in time.

    python-escpos loads its printer profiles (a large YAML file) when imported, which would
    add over a second to the desk's start-up; it is imported when a printer is opened.
    """
    from escpos.printer import File, Network, Usb  # noqa: PLC0415 - see above

    printer: ReceiptPrinter | None = None
    if config.kind == "network":
        network = Network(config.host, port=config.port, timeout=timeout)
        # Connected here: python-escpos 3.1 leaves its socket open when the connect fails.
        network.device = socket.create_connection((config.host, config.port), timeout=timeout)
        printer = network
    elif config.kind == "usb":
        printer = Usb(config.usb_vendor, config.usb_product, timeout=int(timeout * 1000))
    elif config.kind == "file":
        printer = File(config.path)
    return printer


def print_slip(
    opener: PrinterOpener, config: PrinterConfig, send: Callable[[ReceiptPrinter], None]
) -> bool:
    """Open the configured printer, ``send`` to it and close it; ``False`` when there is none."""
    printer = opener(config)
    if printer is None:
        return False
    try:
        send(printer)
    finally:
        printer.close()
    return True


def _columns(left: str, right: str) -> str:
    room = WIDTH - len(right) - 1
    return f"{left[:room]:<{room}} {right}\n"


def _money(cents: int) -> str:
    # The receipt printer's code page has no euro sign or non-breaking space.
    return format_cents(cents).replace("\u20ac", "EUR").replace("\xa0", " ")


def receipt_text(receipt: Receipt) -> str:
    """The receipt as plain text lines, as printed (and shown on screen)."""
    text = f"{receipt.centre_name}\n"
    if receipt.vat_number:
        text += f"btw {receipt.vat_number}\n"
    text += f"Bon {receipt.number}  {format_local(receipt.at, 'dd-MM-yyyy HH:mm')}\n"
    if receipt.training:
        text += "*** OEFENBON - GEEN OMZET ***\n"
    if receipt.reverses_number is not None:
        text += f"HERSTEL van bon {receipt.reverses_number}: {receipt.reason}\n"
    text += "-" * WIDTH + "\n"
    for line in receipt.lines:
        text += _columns(f"{line.quantity} x {line.name}", _money(line.amount_cents))
    text += "-" * WIDTH + "\n" + _columns("TOTAAL", _money(receipt.total_cents))
    for pay in receipt.payments:
        text += _columns(pay.method.label, _money(pay.amount_cents))
        if pay.account_holder:
            text += f"  op factuur van {pay.account_holder}"[:WIDTH] + "\n"
        if pay.tendered_cents is not None:
            text += _columns("  ontvangen", _money(pay.tendered_cents))
            text += _columns("  wisselgeld", _money(pay.change_cents))
    if receipt.rounding_cents:
        text += _columns("afronding contant", _money(receipt.rounding_cents))
    text += _columns("btw", "incl.      btw     excl.")
    for row in receipt.vat_rows:
        amounts = (
            f"{row.gross_cents / 100:>8.2f} {row.vat_cents / 100:>8.2f} {row.net_cents / 100:>8.2f}"
        )
        text += _columns(f"{row.rate}%", amounts)
    return text + f"Geholpen door {receipt.seller_name}. Dank u wel!\n"


def print_receipt(printer: ReceiptPrinter, receipt: Receipt) -> None:
    """Send the receipt to an opened printer and cut the paper."""
    try:
        printer.set(align="left")
        printer.text(receipt_text(receipt))
        printer.cut()
    except Exception as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "De bon kon niet worden afgedrukt; de verkoop is wel opgeslagen."
            )
        ) from error


def print_trial_slip(printer: ReceiptPrinter, centre_name: str) -> None:
    """A short slip that shows the printer is connected and cuts, before any sale is made."""
    printer.set(align="left")
    printer.text(f"{centre_name}\nProefbon: de bonprinter werkt.\n")
    printer.cut()
