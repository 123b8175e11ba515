"""The Z-report as a PDF: every figure of a signed-off day, numbered, for office and inspector."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.documents.z_report_rows import (
    activity_rows,
    booking_rows,
    card_rows,
    cash_rows,
    count_rows,
    payment_rows,
    product_rows,
    reversal_rows,
    till_rows,
    vat_rows,
    visit_rows,
    volunteer_rows,
)
from desk_app.formatting import format_local
from desk_app.services.day_close.z_report_data import ZReport

Rows = list[list[str]]
WRAP_AT = 28
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
)


def z_report_pdf(report: ZReport) -> bytes:
    """The report as A4 pages: the letterhead, then one titled table per part of the day."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Z-rapport {report.number} {report.centre.name} {report.day:%d-%m-%Y}",
    )
    document.build(_story(report))
    return buffer.getvalue()


def _story(report: ZReport) -> list[Flowable]:
    styles = getSampleStyleSheet()
    story: list[Flowable] = [
        Paragraph(f"Z-rapport nr. {report.number}: {report.day:%d-%m-%Y}", styles["Title"]),
        Paragraph(_letterhead(report), styles["Normal"]),
        Paragraph(
            f"Afgesloten op {format_local(report.closed_at, 'd MMMM yyyy HH:mm')} "
            f"door {report.closed_by} (sociaal beheerder)",
            styles["Normal"],
        ),
    ]
    sections: list[tuple[str, Rows]] = [
        ("Bezoek", visit_rows(report.overview)),
        ("Activiteiten", activity_rows(report.overview)),
        ("Zaalverhuur", booking_rows(report.overview)),
        ("Bar", till_rows(report.overview)),
        ("Btw per tarief", vat_rows(report.overview)),
        ("Betalingen", payment_rows(report.overview)),
        ("Verkoop per product", product_rows(report.overview)),
        ("Herstelbonnen", reversal_rows(report.overview)),
        ("Kas", cash_rows(report)),
        ("Kastelling", count_rows(report)),
        ("Pin", card_rows(report)),
        ("Vrijwilligers en rekeningen", volunteer_rows(report.overview)),
    ]
    for title, rows in sections:
        story += [Spacer(1, 4 * mm), Paragraph(title, styles["Heading3"]), _table(rows)]
    story += [
        Spacer(1, 12 * mm),
        Paragraph(f"Handtekening {report.closed_by}: ______________________", styles["Normal"]),
    ]
    return story


def _letterhead(report: ZReport) -> str:
    centre = report.centre
    parts = [f"Buurthuis {centre.name}", centre.address]
    if centre.vat_number:
        parts.append(f"btw-nummer {centre.vat_number}")
    if centre.coc_number:
        parts.append(f"KvK {centre.coc_number}")
    return " &middot; ".join(part for part in parts if part)


def _table(rows: Rows) -> Table:
    widths = [70 * mm] + [(174 - 70) * mm / max(1, len(rows[0]) - 1)] * (len(rows[0]) - 1)
    cell = getSampleStyleSheet()["BodyText"].clone("cell", fontSize=9, leading=11)
    # Long texts (a reversal's reason, a paid-out's) wrap inside their cell.
    wrapped = [
        [Paragraph(escape(text), cell) if len(text) > WRAP_AT else text for text in row]
        for row in rows
    ]
    table = Table(wrapped, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(GRID)
    return table
