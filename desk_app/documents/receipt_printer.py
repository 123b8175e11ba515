"""Receipts on an ESC/POS printer through python-escpos: network, USB or a file (device)."""

from __future__ import annotations

from typing import Any

from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.formatting import format_cents, format_local
from desk_app.services.till.receipts import Receipt
from desk_app.services.till.settings import PrinterConfig

WIDTH = 42


def open_printer(config: PrinterConfig) -> Any | None:
    """The configured printer, or ``None`` when the till has none.

    python-escpos loads its printer profiles (a large YAML file) when imported, which would
    add over a second to the desk's start-up; it is imported when a printer is opened.
    """
    from escpos.printer import File, Network, Usb  # noqa: PLC0415 - see above

    if config.kind == "network":
        return Network(config.host, port=config.port)
    if config.kind == "usb":
        return Usb(config.usb_vendor, config.usb_product)
    if config.kind == "file":
        return File(config.path)
    return None


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


def print_receipt(printer: Any, receipt: Receipt) -> None:
    """Send the receipt to an opened python-escpos printer and cut the paper."""
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
