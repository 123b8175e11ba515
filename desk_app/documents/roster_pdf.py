"""The week's roster on one landscape page for the notice board: who does what, and what is open."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date
from html import escape

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.formatting import DEFAULT_LOCALE
from desk_app.models import DayPartKey
from desk_app.services.volunteers.roster import PART_ORDER, PlannedShift
from desk_app.services.volunteers.roster_gaps import RosterWeek

DAY_WIDTH = 34 * mm
PART_WIDTH = 20 * mm
STYLE = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("BACKGROUND", (0, 0), (0, -1), colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


def roster_pdf(week: RosterWeek) -> bytes:
    """The week as a grid of days by parts of the day, the gaps listed below it."""
    styles = getSampleStyleSheet()
    cell = ParagraphStyle("cell", parent=styles["BodyText"], fontSize=9, leading=11)
    number = week.monday.isocalendar().week
    title = f"Vrijwilligersrooster week {number}"
    if week.centre_name:
        title += f", buurthuis {escape(week.centre_name)}"
    table = Table(_grid(week, cell), colWidths=[PART_WIDTH] + [DAY_WIDTH] * 7, repeatRows=1)
    table.setStyle(STYLE)
    story: list[Flowable] = [Paragraph(title, styles["Title"]), table, Spacer(1, 6 * mm)]
    if week.gaps:
        story.append(Paragraph("Nog open", styles["Heading3"]))
        story += [
            Paragraph(
                f"{_day(g.day, 'EEEE d MMMM')} {g.part.label}: {escape(g.message)}",
                cell,
            )
            for g in week.gaps
        ]
    buffer = io.BytesIO()
    margin = 12 * mm
    SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
    ).build(story)
    return buffer.getvalue()


def _day(day: date, pattern: str) -> str:
    return format_date(day, pattern, locale=DEFAULT_LOCALE)


def _grid(week: RosterWeek, cell: ParagraphStyle) -> list[list[object]]:
    days = sorted(week.open_parts)
    by_slot: dict[tuple[date, DayPartKey], list[PlannedShift]] = defaultdict(list)
    for shift in week.shifts:
        by_slot[(shift.day, shift.part)].append(shift)
    header: list[object] = [""] + [
        Paragraph(f"<b>{_day(day, 'EEE d MMM')}</b>", cell) for day in days
    ]
    rows = [header]
    for part in PART_ORDER:
        row: list[object] = [Paragraph(f"<b>{part.label.capitalize()}</b>", cell)]
        for day in days:
            row.append(Paragraph(_cell_text(week, day, part, by_slot[(day, part)]), cell))
        rows.append(row)
    return rows


def _cell_text(week: RosterWeek, day: date, part: DayPartKey, shifts: list[PlannedShift]) -> str:
    if day in week.holidays:
        return f"<i>dicht: {escape(week.holidays[day])}</i>"
    if part not in week.open_parts[day]:
        return "<i>dicht</i>"
    lines = [f"{s.task.label}: {escape(s.name)}" for s in shifts]
    return "<br/>".join(lines) or "<i>niemand</i>"
