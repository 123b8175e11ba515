"""The yearly allowance statement of one volunteer, for their own tax return (PDF)."""

from __future__ import annotations

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desk_app.documents.volunteers import GRID, pdf
from desk_app.formatting import format_cents, format_hours
from desk_app.services.volunteers.allowance_statement import AllowanceStatement

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def allowance_statement_pdf(statement: AllowanceStatement) -> bytes:
    """Per month the allowance paid and what was given in kind, the totals and the limits."""
    styles, year = getSampleStyleSheet(), statement.year
    rows: list[list[object]] = [["Maand", "Vergoeding", "In natura", "Samen"]]
    rows += [
        [
            name,
            format_cents(year.paid[n]),
            format_cents(year.in_kind[n]),
            format_cents(year.month_cents(n + 1)),
        ]
        for n, name in enumerate(MONTHS)
    ]
    rows.append(
        [
            "Totaal",
            format_cents(sum(year.paid)),
            format_cents(sum(year.in_kind)),
            format_cents(year.total_cents),
        ]
    )
    table = Table(rows, colWidths=[45 * mm, 40 * mm, 40 * mm, 40 * mm])
    table.setStyle(GRID)
    limits = year.limits
    hourly = format_cents(limits.hourly(year.under_21))
    story: list[Flowable] = [
        Paragraph(f"Opgave vrijwilligersvergoeding {year.year}", styles["Title"]),
        Paragraph(f"Buurthuis {statement.centre_name}", styles["Heading3"]),
        Paragraph(f"Naam: <b>{year.name}</b>", styles["Heading3"]),
        table,
        Spacer(1, 8 * mm),
        Paragraph(f"Gewerkte uren: <b>{format_hours(year.hours)}</b>", styles["BodyText"]),
        Paragraph(
            f"Onbelaste grenzen {year.year}: {hourly} per uur, "
            f"{format_cents(limits.month_cents)} per maand, "
            f"{format_cents(limits.year_cents)} per jaar. Vergoedingen in natura "
            "(consumpties aan de bar) tellen mee. Tel vergoedingen van andere organisaties "
            "er zelf bij op.",
            styles["BodyText"],
        ),
        Spacer(1, 15 * mm),
        Paragraph(
            f"Opgemaakt op {statement.made_on:%d-%m-%Y} door {statement.manager_name}, "
            "sociaal beheerder",
            styles["BodyText"],
        ),
    ]
    return pdf(f"Opgave vrijwilligersvergoeding {year.name} {year.year}", story)
