"""The short Z-report for the receipt printer: the day's totals on one narrow slip."""

from __future__ import annotations

from desk_app.documents.receipt_printer import ReceiptPrinter
from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.formatting import format_cents, format_local
from desk_app.services.day_close.z_report_data import ZReport

WIDTH = 42


def _line(label: str, cents: int) -> str:
    # The receipt printer's code page has no euro sign or non-breaking space.
    amount = format_cents(cents).replace("\u20ac", "EUR").replace("\xa0", " ")
    room = WIDTH - len(amount) - 1
    return f"{label[:room]:<{room}} {amount}\n"


def z_report_slip(report: ZReport) -> str:
    """Number, day, turnover, VAT, payments and the cash and card checks."""
    day = report.overview
    text = f"{report.centre.name}\nZ-rapport {report.number}  {report.day:%d-%m-%Y}\n"
    text += f"Afgesloten {format_local(report.closed_at, 'dd-MM-yyyy HH:mm')}\n"
    text += f"door {report.closed_by}\n" + "-" * WIDTH + "\n"
    text += f"Bezoeken {day.visits.visits}, uniek {day.visits.unique_visitors}\n"
    text += _line("Baromzet", day.till.turnover_cents)
    for row in day.till.vat_rows:
        text += _line(f"  btw {row.rate}%", row.vat_cents)
    for method, cents in day.till.payments:
        text += _line(method.label, cents)
    if day.till.cards_sold_cents:
        text += _line("Strippenkaarten verkocht", day.till.cards_sold_cents)
    text += _line("Kas verwacht", report.cash_expected_cents)
    text += _line("Kas geteld", report.cash_counted_cents)
    text += _line("Kasverschil", report.cash_difference_cents)
    text += _line("Pinverschil", report.card_difference_cents)
    return text + _line("Wisselgeld morgen", report.float_left_cents)


def print_z_slip(printer: ReceiptPrinter, report: ZReport) -> None:
    """Send the slip to an opened printer and cut the paper."""
    try:
        printer.set(align="left")
        printer.text(z_report_slip(report))
        printer.cut()
    except Exception as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "Het Z-rapport kon niet op de bonprinter; de afsluiting is opgeslagen."
            )
        ) from error
