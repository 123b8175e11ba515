"""A reminder or final notice as an A4 PDF: the open amount, a new due date and the payment QR."""

from __future__ import annotations

import io
from typing import Any

from babel.dates import format_date
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.documents.epc_qr import qr_png
from desk_app.documents.reminder_data import ReminderDocument
from desk_app.formatting import DEFAULT_LOCALE, format_cents
from desk_app.models import ReminderLevel
from desk_app.services.rooms.payment_reference import printed_reference

_STYLES = getSampleStyleSheet()
TITLES = {ReminderLevel.FIRST: "Herinnering", ReminderLevel.FINAL: "Aanmaning"}


def reminder_pdf(document: ReminderDocument) -> bytes:
    """The letter as PDF bytes."""
    buffer = io.BytesIO()
    title = TITLES[document.level]
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=f"{title} factuur {document.invoice_number}",
        author=document.centre.name,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
    )
    story: list[Any] = [
        _header(document, title),
        Spacer(1, 10 * mm),
        _para(_letter(document)),
        Spacer(1, 6 * mm),
        *_payment(document),
    ]
    pdf.build(story)
    return buffer.getvalue()


def _para(text: str, style: str = "Normal") -> Paragraph:
    return Paragraph(text.replace("\n", "<br/>"), _STYLES[style])


def _date(value: object) -> str:
    return format_date(value, "d MMMM yyyy", locale=DEFAULT_LOCALE)  # type: ignore[arg-type]


def _header(document: ReminderDocument, title: str) -> Table:
    centre = document.centre
    sender = "\n".join(
        part
        for part in (
            f"<b>{centre.name}</b>",
            centre.street,
            f"{centre.postcode} {centre.city}".strip(),
            f"IBAN: {centre.iban}" if centre.iban else "",
        )
        if part
    )
    facts = "\n".join(
        (
            f"<b>{title}</b>",
            f"Datum: {_date(document.sent_on)}",
            f"Factuur: {document.invoice_number} van {_date(document.invoice_issued_on)}",
            f"Nieuwe vervaldatum: {_date(document.due_on)}",
            f"Betalingskenmerk: {printed_reference(document.reference)}",
        )
    )
    hirer = f"<b>{document.hirer_name}</b>\n{document.hirer_address}"
    table = Table([[_para(sender), _para(facts)], [_para(hirer), ""]], colWidths=[95 * mm, 75 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, 1), 8 * mm)])
    )
    return table


def _letter(document: ReminderDocument) -> str:
    """The body: which invoice, what is still open, and (for the final notice) what follows."""
    opening = (
        f"Op {_date(document.invoice_issued_on)} stuurden wij u factuur "
        f"{document.invoice_number} van {format_cents(document.invoice_total_cents)}, "
        f"te betalen uiterlijk {_date(document.invoice_due_on)}. "
        "Volgens onze administratie staat daarvan nog "
        f"<b>{format_cents(document.open_cents)}</b> open."
    )
    if document.level is ReminderLevel.FIRST:
        return (
            f"{opening}\n\nWilt u dit bedrag alsnog betalen? Heeft u inmiddels betaald, "
            "dan kunt u deze herinnering als niet verzonden beschouwen."
        )
    return (
        f"{opening}\n\nOndanks onze herinnering ontvingen wij uw betaling nog niet. "
        "Dit is onze laatste aanmaning: betaalt u niet voor de nieuwe vervaldatum, dan nemen wij "
        "verdere stappen."
    )


def _payment(document: ReminderDocument) -> list[Any]:
    centre = document.centre
    text = _para(
        f"Graag uiterlijk {_date(document.due_on)} {format_cents(document.open_cents)} "
        f"overmaken op {centre.iban} t.n.v. {centre.name}, onder vermelding van "
        f"betalingskenmerk {printed_reference(document.reference)}."
        + ("\n\nScan de code met uw bank-app om te betalen." if document.payment_qr else "")
    )
    if not document.payment_qr:
        return [text]
    image = Image(io.BytesIO(qr_png(document.payment_qr)), width=38 * mm, height=38 * mm)
    block = Table([[text, image]], colWidths=[125 * mm, 45 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [KeepTogether(block)]
