"""What the invoice and the reminder letters share: the A4 page, the letterhead, the payment QR."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from babel.dates import format_date
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from desk_app.documents.epc_qr import qr_png
from desk_app.formatting import DEFAULT_LOCALE
from desk_app.services.centre import CentreDetails

_STYLES = getSampleStyleSheet()


def a4_letter(buffer: io.BytesIO, title: str, author: str) -> SimpleDocTemplate:
    """An A4 page with the letters' margins, writing into ``buffer``."""
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
    )


def para(text: str, style: str = "Normal") -> Paragraph:
    """A paragraph of the sample style sheet; a newline breaks the line."""
    return Paragraph(text.replace("\n", "<br/>"), _STYLES[style])


def long_date(value: date) -> str:
    """A day written out the Dutch way: 2 maart 2026."""
    return format_date(value, "d MMMM yyyy", locale=DEFAULT_LOCALE)


def sender(centre: CentreDetails, *, registrations: bool) -> str:
    """The centre's name and address; with ``registrations`` its VAT and KvK numbers too."""
    numbers = (
        (
            f"Btw-nummer: {centre.vat_number}" if centre.vat_number else "",
            f"KvK-nummer: {centre.coc_number}" if centre.coc_number else "",
        )
        if registrations
        else ()
    )
    parts = (
        f"<b>{centre.name}</b>",
        centre.street,
        f"{centre.postcode} {centre.city}".strip(),
        *numbers,
        f"IBAN: {centre.iban}" if centre.iban else "",
    )
    return "\n".join(part for part in parts if part)


def letterhead(
    sender_text: str, facts: Sequence[str], hirer_name: str, hirer_address: str
) -> Table:
    """The sender and the letter's facts side by side, the addressee below the sender."""
    hirer = f"<b>{hirer_name}</b>\n{hirer_address}"
    table = Table(
        [[para(sender_text), para("\n".join(facts))], [para(hirer), ""]],
        colWidths=[95 * mm, 75 * mm],
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, 1), 8 * mm)])
    )
    return table


def with_qr(text: Paragraph, payload: str) -> KeepTogether:
    """The payment text with the payment QR code beside it, kept on one page."""
    image = Image(io.BytesIO(qr_png(payload)), width=38 * mm, height=38 * mm)
    block = Table([[text, image]], colWidths=[125 * mm, 45 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether(block)
