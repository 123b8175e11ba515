"""The organisation's yearly fact sheet: totals with last year beside them, a page per centre.

A function from data to bytes, so the CLI, the GUI and the tests use it alike.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desk_app.facts.charts import months_chart
from desk_app.facts.registry import FactSheet, Number
from desk_app.formatting import format_cents, format_number

LABELS = {
    "visits": "Bezoeken",
    "unique_visitors": "Unieke bezoekers",
    "activities": "Activiteiten",
    "bar_turnover_cents": "Baromzet",
    "card_turnover_cents": "Strippenkaarten gebruikt",
    "rental_income_cents": "Zaalverhuur",
    "occupancy_pct": "Bezettingsgraad",
    "volunteers_active": "Actieve vrijwilligers",
    "volunteer_hours": "Vrijwilligersuren",
    "satisfaction_pct": "Tevredenheid (blije gezichten)",
}
NOT_RECORDED = "nog niet geregistreerd"
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
    ]
)


def fact_sheet_pdf(sheet: FactSheet, previous: FactSheet) -> bytes:
    """Page one: the organisation's totals against last year; then one page per centre."""
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, title=_title(sheet)
    )
    story: list[Flowable] = [
        Paragraph(_title(sheet), styles["Title"]),
        Paragraph(_centres_line(len(sheet.centres)), styles["Heading3"]),
        _comparison(sheet.total, previous.total, sheet.year),
        Spacer(1, 8 * mm),
        Paragraph("Bezoeken per maand", styles["Heading3"]),
        months_chart(sheet.visits_by_month),
    ]
    for code, name in sheet.centres.items():
        story += [
            PageBreak(),
            Paragraph(f"{name} ({code}) — {sheet.year}", styles["Title"]),
            _comparison(sheet.per_centre[code], previous.per_centre.get(code, {}), sheet.year),
            Spacer(1, 8 * mm),
            Paragraph("Bezoeken per maand", styles["Heading3"]),
            months_chart({code: sheet.visits_by_month.get(code, [0] * 12)}),
        ]
    document.build(story)
    return buffer.getvalue()


def _centres_line(count: int) -> str:
    return "1 buurthuis" if count == 1 else f"{count} buurthuizen samen"


def _title(sheet: FactSheet) -> str:
    return f"Jaaroverzicht {sheet.year}"


def _comparison(now: dict[str, Number], before: dict[str, Number], year: int) -> Table:
    rows = [["", str(year), str(year - 1), "verschil"]]
    for key, label in LABELS.items():
        value, earlier = now.get(key), before.get(key)
        rows.append([label, _show(key, value), _show(key, earlier), _change(value, earlier)])
    table = Table(rows, colWidths=[62 * mm, 38 * mm, 38 * mm, 28 * mm])
    table.setStyle(GRID)
    return table


def _show(key: str, value: Number) -> str:
    if value is None:
        return NOT_RECORDED
    if key.endswith("_cents"):
        return format_cents(int(value))
    if key.endswith("_pct"):
        return f"{value:.1f} %".replace(".", ",")
    return format_number(int(value))


def _change(value: Number, earlier: Number) -> str:
    if value is None or not earlier:
        return "–"
    return f"{100 * (value - earlier) / earlier:+.1f} %".replace(".", ",")
