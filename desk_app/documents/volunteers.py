"""Volunteer documents: the hours statement to sign, and the registers the alcohol law asks for."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.formatting import format_hours, format_local
from desk_app.models import CertificateKind
from desk_app.services.rooms.parties import PrivateParty
from desk_app.services.volunteers.hours import HoursStatement
from desk_app.services.volunteers.register import VolunteerRow

GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
    ]
)


def pdf(title: str, story: list[Flowable]) -> bytes:
    """An A4 PDF of ``story``: the one page layout of the volunteer documents."""
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, title=title
    ).build(story)
    return buffer.getvalue()


def hours_statement_pdf(statement: HoursStatement) -> bytes:
    """One volunteer's shifts in a period with the total, and a place for the manager to sign."""
    styles = getSampleStyleSheet()
    period = f"{statement.first:%d-%m-%Y} t/m {statement.last:%d-%m-%Y}"
    rows: list[list[object]] = [["Datum", "Van", "Tot", "Uren"]]
    rows += [
        [
            format_local(s.start, "EEE d MMM yyyy"),
            format_local(s.start, "HH:mm"),
            format_local(s.end, "HH:mm"),
            format_hours(s.hours),
        ]
        for s in statement.shifts
    ]
    rows.append(["Totaal", "", "", format_hours(statement.total_hours)])
    table = Table(rows, colWidths=[60 * mm, 30 * mm, 30 * mm, 30 * mm])
    table.setStyle(GRID)
    story: list[Flowable] = [
        Paragraph(f"Urenverklaring buurthuis {statement.centre_name}", styles["Title"]),
        Paragraph(f"Naam: <b>{statement.name}</b> ({statement.kind.label})", styles["Heading3"]),
        Paragraph(f"Periode: {period}", styles["Heading3"]),
        table,
        Spacer(1, 10 * mm),
        Paragraph(
            f"Totaal gewerkte uren: <b>{format_hours(statement.total_hours)}</b> (uren:minuten)",
            styles["BodyText"],
        ),
        Spacer(1, 15 * mm),
        Paragraph(f"Voor akkoord, {statement.manager_name}, sociaal beheerder", styles["BodyText"]),
        Spacer(1, 15 * mm),
        Paragraph("Handtekening: ______________________________", styles["BodyText"]),
    ]
    return pdf(f"Urenverklaring {statement.name}", story)


def alcohol_register_pdf(
    register: Sequence[VolunteerRow],
    centre_name: str,
    parties: Sequence[PrivateParty] = (),
    year: int | None = None,
) -> bytes:
    """Who had the responsible-serving instruction (IVA), who holds the licence (SVH), and the
    year's private parties with alcohol that the bylaw counts."""
    styles = getSampleStyleSheet()
    story: list[Flowable] = [
        Paragraph(f"Register alcoholwet buurthuis {centre_name}", styles["Title"])
    ]
    for kind, heading in (
        (CertificateKind.IVA, "Instructie verantwoord alcoholgebruik (IVA)"),
        (CertificateKind.SVH, "Verklaring sociale hygiëne (SVH)"),
    ):
        rows: list[list[object]] = [["Naam", "Datum", "Geldig tot"]]
        rows += [
            [
                person.name,
                f"{cert.issued_on:%d-%m-%Y}",
                f"{cert.expires_on:%d-%m-%Y}" if cert.expires_on else "onbeperkt",
            ]
            for person in register
            for cert in person.certificates
            if cert.kind is kind
        ]
        table = Table(rows, colWidths=[80 * mm, 40 * mm, 40 * mm])
        table.setStyle(GRID)
        story += [Paragraph(heading, styles["Heading2"]), table, Spacer(1, 8 * mm)]
    if year is not None:
        story += _parties(parties, year)
    return pdf(f"Register alcoholwet {centre_name}", story)


def _parties(parties: Sequence[PrivateParty], year: int) -> list[Flowable]:
    """The year's private parties with alcohol, numbered as the bylaw counts them."""
    rows: list[list[object]] = [["", "Datum", "Tijd", "Zaal", "Huurder"]]
    rows += [
        [
            str(number),
            format_local(party.starts_at, "d MMM yyyy"),
            f"{format_local(party.starts_at, 'HH:mm')}–{format_local(party.ends_at, 'HH:mm')}",
            party.room_name,
            party.hirer_name,
        ]
        for number, party in enumerate(parties, start=1)
    ]
    table = Table(rows, colWidths=[10 * mm, 35 * mm, 30 * mm, 40 * mm, 55 * mm])
    table.setStyle(GRID)
    heading = f"Besloten feesten met alcohol in {year}"
    return [Paragraph(heading, getSampleStyleSheet()["Heading2"]), table]
