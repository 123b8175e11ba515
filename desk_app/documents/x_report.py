"""The X-report as text: the day so far, for the screen and the receipt printer."""

from __future__ import annotations

from desk_app.formatting import format_cents, format_local
from desk_app.services.till.reports import XReport


def _line(label: str, value: str) -> str:
    return f"{label:<28}{value:>14}\n"


def x_report_text(report: XReport) -> str:
    """Every figure of the X-report, VAT per rate with amounts including, VAT and without."""
    text = f"X-rapport {report.day:%d-%m-%Y} (gemaakt {format_local(report.made_at, 'HH:mm')})\n"
    span = f"{report.first_number or '-'} t/m {report.last_number or '-'}"
    text += _line("Bonnen", f"{report.receipts} ({span})")
    text += _line("Omzet incl. btw", format_cents(report.turnover_cents))
    for row in report.vat_rows:
        text += _line(f"  {row.rate}% incl.", format_cents(row.gross_cents))
        text += _line(f"  {row.rate}% btw", format_cents(row.vat_cents))
        text += _line(f"  {row.rate}% excl.", format_cents(row.net_cents))
    for method, cents in report.payments:
        text += _line(method.label, format_cents(cents))
    text += _line("Afronding contant", format_cents(report.cash_rounding_cents))
    text += _line("Koffiekaarten geladen", format_cents(sum(c for _, c in report.card_loads)))
    text += _line("Strippenkaarten verkocht", format_cents(report.cards_sold_cents))
    text += _line("Strippen gebruikt", format_cents(report.stamps_used_cents))
    text += _line("Contant in de la", format_cents(report.cash_cents))
    text += _line("Herstelbonnen", f"{report.reversals} ({format_cents(report.reversals_cents)})")
    text += _line(
        "Oefenbonnen", f"{report.training_receipts} ({format_cents(report.training_cents)})"
    )
    text += _line(
        "Verwijderde regels", f"{report.removed_lines} ({format_cents(report.removed_cents)})"
    )
    return text + _line("Open rekeningen", str(report.open_tabs))
