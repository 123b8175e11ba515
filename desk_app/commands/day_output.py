"""A closed day's Z-report for the terminal: plain text, or JSON for the office's tools."""

from __future__ import annotations

from desk_app.documents.z_report_slip import z_report_slip
from desk_app.services.day_close.z_report_data import ZReport


def day_json(report: ZReport) -> dict[str, object]:
    """The report's figures in cents, keyed in English for scripts."""
    day = report.overview
    return {
        "date": report.day.isoformat(),
        "close_number": report.number,
        "closed_at": report.closed_at.isoformat(),
        "closed_by": report.closed_by,
        "visits": day.visits.visits,
        "unique_visitors": day.visits.unique_visitors,
        "activities_held": sum(1 for held in day.activities if not held.cancelled),
        "bar_turnover_cents": day.till.turnover_cents,
        "vat_per_rate": {
            str(row.rate): {"gross_cents": row.gross_cents, "vat_cents": row.vat_cents}
            for row in day.till.vat_rows
        },
        "payments_per_method": {str(method): cents for method, cents in day.till.payments},
        "cash_rounding_cents": day.till.cash_rounding_cents,
        "invoice_cash_cents": day.invoice_cash_cents,
        "invoice_card_cents": day.invoice_card_cents,
        "paid_out_cents": day.paid_out_cents,
        "opening_float_cents": day.opening_float_cents,
        "cash_expected_cents": report.cash_expected_cents,
        "cash_counted_cents": report.cash_counted_cents,
        "cash_difference_cents": report.cash_difference_cents,
        "float_left_cents": report.float_left_cents,
        "card_recorded_cents": report.card_recorded_cents,
        "card_terminal_cents": report.card_terminal_cents,
        "card_difference_cents": report.card_difference_cents,
        "volunteer_hours": day.volunteer_hours,
    }


def day_text(report: ZReport) -> str:
    """The short report, as the receipt printer would print it."""
    return z_report_slip(report)
