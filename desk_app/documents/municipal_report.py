"""The municipal report as PDF (page one the totals, then a page per centre) and as CSV.

Functions from the report to bytes, so the CLI, the office window and the tests use them alike.
The PDF is in Dutch: it goes to a Dutch municipality.
"""

from __future__ import annotations

import csv
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desk_app.formatting import format_cents, format_number
from desk_app.services.office.municipal_figures import Number
from desk_app.services.office.municipality import Line, MunicipalReport

NOT_RECORDED = "–"
STYLE = TableStyle(
    [
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2a6f97")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)


def line_label(line: Line) -> str:
    """The line's Dutch label with its own group filled in."""
    return line.label.format(group=line.group)


def show(key: str, value: Number) -> str:
    """A figure as a Dutch reader reads it."""
    if value is None:
        return NOT_RECORDED
    if key.endswith("_cents"):
        return format_cents(int(value))
    if key.endswith("_pct"):
        return f"{value:.1f} %".replace(".", ",")
    return format_number(int(value))


def change(value: Number, earlier: Number) -> str:
    """The change against last year in percent, or a dash when there is nothing to compare."""
    if value is None or not earlier:
        return NOT_RECORDED
    return f"{100 * (value - earlier) / earlier:+.1f} %".replace(".", ",")


def municipal_report_pdf(report: MunicipalReport) -> bytes:
    """Page one: all the report's centres together; then one page per centre."""
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    title = _title(report)
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=title,
    )
    count = len(report.centres)
    names = ", ".join(report.centres.values()) or "geen buurthuizen"
    centres = "1 buurthuis" if count == 1 else f"{count} buurthuizen samen"
    story: list[Flowable] = [
        Paragraph(title, styles["Title"]),
        Paragraph(f"{centres}: {names}", styles["Normal"]),
        _table(report, None),
    ]
    for code, name in report.centres.items():
        story += [
            PageBreak(),
            Paragraph(f"{name} ({code}) — {report.year}", styles["Title"]),
            _table(report, code),
        ]
    document.build(story)
    return buffer.getvalue()


def _title(report: MunicipalReport) -> str:
    place = report.municipality or "alle gemeenten"
    return f"Rapport gemeente {place} — {report.year}"


def _table(report: MunicipalReport, code: str | None) -> Table:
    rows: list[list[str]] = [["", str(report.year), str(report.year - 1), "verschil"]]
    sections: list[int] = []
    for line in report.lines:
        if line.section:
            sections.append(len(rows))
            rows.append([line.section, "", "", ""])
        now, before = _values(line, code)
        rows.append(
            [line_label(line), show(line.key, now), show(line.key, before), change(now, before)]
        )
    table = Table(rows, colWidths=[78 * mm, 32 * mm, 32 * mm, 28 * mm], repeatRows=1)
    section_style = [("FONTNAME", (0, r), (0, r), "Helvetica-Bold") for r in sections]
    table.setStyle(TableStyle([*STYLE.getCommands(), *section_style]))
    return table


def _values(line: Line, code: str | None) -> tuple[Number, Number]:
    if code is None:
        return line.total, line.previous_total
    return line.per_centre.get(code), line.previous_per_centre.get(code)


def municipal_report_csv(report: MunicipalReport) -> bytes:
    """One row per figure and centre (and ``totaal``): this year and last, amounts in cents."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        ("gemeente", "buurthuis", "sleutel", "omschrijving", report.year, report.year - 1)
    )
    place = report.municipality or "alle gemeenten"
    scopes: list[str | None] = [None, *report.centres]
    for scope in scopes:
        for line in report.lines:
            now, before = _values(line, scope)
            writer.writerow(
                (
                    place,
                    scope or "totaal",
                    line.key,
                    line_label(line).strip(),
                    _raw(now),
                    _raw(before),
                )
            )
    return out.getvalue().encode("utf-8-sig")


def _raw(value: Number) -> str:
    return "" if value is None else str(value)
