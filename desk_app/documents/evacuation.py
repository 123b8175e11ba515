"""The evacuation list as a one-page PDF, large and plain, for the person leading the evacuation."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.formatting import format_local
from desk_app.models import Purpose
from desk_app.services.volunteers.evacuation import EvacuationList

PURPOSE_LABELS = {
    Purpose.LIVING_ROOM: "Huiskamer",
    Purpose.ACTIVITY: "Activiteit",
    Purpose.ROOM_HIRE: "Zaalhuur (gasten)",
    Purpose.NEIGHBOURHOOD_TEAM: "Afspraak wijkteam",
}
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
)


def evacuation_pdf(evacuation: EvacuationList) -> bytes:
    """Counts per purpose (with and without a pass), the total, and the people on duty by name."""
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        title=f"Ontruimingslijst {evacuation.centre_name}",
    )
    presence = evacuation.presence
    story = [
        Paragraph(f"Ontruimingslijst buurthuis {evacuation.centre_name}", styles["Title"]),
        Paragraph(
            f"Afgedrukt op {format_local(evacuation.at, 'EEEE d MMMM yyyy HH:mm')}",
            styles["Heading3"],
        ),
        Paragraph(f"Bezoekers in het gebouw: <b>{presence.total}</b>", styles["Heading2"]),
        _visitor_table(evacuation),
        *_room_guests(evacuation),
        Spacer(1, 8 * mm),
        Paragraph(
            f"Vrijwilligers en medewerkers aanwezig: <b>{len(evacuation.people)}</b>",
            styles["Heading2"],
        ),
        _people_table(evacuation),
        Spacer(1, 8 * mm),
        Paragraph(
            "Tel iedereen op de verzamelplaats en meld ontbrekende personen direct "
            "aan de hulpdiensten.",
            styles["BodyText"],
        ),
    ]
    document.build(story)
    return buffer.getvalue()


def _visitor_table(evacuation: EvacuationList) -> Table:
    rows: list[list[object]] = [["Waarvoor", "Met pas", "Zonder pas (anoniem)", "Totaal"]]
    for purpose, with_pass, anonymous in evacuation.purposes():
        rows.append([PURPOSE_LABELS[purpose], with_pass, anonymous, with_pass + anonymous])
    presence = evacuation.presence
    rows.append(
        [
            "Totaal",
            sum(presence.with_pass.values()),
            sum(presence.anonymous.values()),
            presence.total,
        ]
    )
    table = Table(rows, colWidths=[55 * mm, 28 * mm, 52 * mm, 30 * mm])
    table.setStyle(GRID)
    return table


def _room_guests(evacuation: EvacuationList) -> list[Flowable]:
    """Room-hire guests per room, when guests were checked in for a booking."""
    if not evacuation.guests_per_room:
        return []
    rows: list[list[object]] = [["Zaalhuur: gasten per zaal", "Aantal"]]
    rows += [[room, count] for room, count in sorted(evacuation.guests_per_room.items())]
    table = Table(rows, colWidths=[115 * mm, 50 * mm])
    table.setStyle(GRID)
    return [Spacer(1, 4 * mm), table]


def _people_table(evacuation: EvacuationList) -> Table:
    rows: list[list[object]] = [["Naam", "Taak", "BHV'er"]]
    rows += [[p.name, p.task, "ja" if p.is_emergency_responder else ""] for p in evacuation.people]
    responders = sum(p.is_emergency_responder for p in evacuation.people)
    rows.append([f"BHV'ers aanwezig: {responders}", "", ""])
    table = Table(rows, colWidths=[70 * mm, 70 * mm, 25 * mm])
    table.setStyle(GRID)
    return table
