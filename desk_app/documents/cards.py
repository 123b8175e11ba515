"""Credit-card-size cards with a QR code: visitor passes and volunteer badges, one or a sheet."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.documents.qr import draw_qr

CARD_WIDTH, CARD_HEIGHT = 85.6 * mm, 53.98 * mm
SHEET_COLUMNS, SHEET_ROWS = 2, 5
SHEET_MARGIN_X = (A4[0] - SHEET_COLUMNS * CARD_WIDTH) / 2
SHEET_MARGIN_Y = (A4[1] - SHEET_ROWS * CARD_HEIGHT) / 2


@dataclass(frozen=True)
class Card:
    """What one card shows: its code (as QR and text), a bold heading, and lines of text."""

    code: str
    heading: tuple[str, ...]
    lines: tuple[str, ...]


def pass_cards_pdf(codes: Sequence[str], centre_name: str, *, sheet: bool = False) -> bytes:
    """Visitor passes: no name on them, only the centre and how to use the pass."""
    lines = (
        "Bezoekerspas",
        "",
        "Laat deze pas scannen",
        "bij de balie.",
        "",
        "Er staat geen naam op.",
    )
    return cards_pdf(
        [Card(code, ("Buurthuis", centre_name[:20]), lines) for code in codes],
        title=f"Bezoekerspassen {centre_name}",
        sheet=sheet,
    )


def badge_cards_pdf(
    badges: Sequence[tuple[str, str]], centre_name: str, *, sheet: bool = False
) -> bytes:
    """Volunteer badges: the volunteer's name and code, for signing in at the desk."""
    cards = [
        Card(
            code,
            ("Vrijwilliger", name[:22]),
            (f"Buurthuis {centre_name[:18]}", "", "Scan bij aankomst", "en bij vertrek."),
        )
        for name, code in badges
    ]
    return cards_pdf(cards, title=f"Vrijwilligersbadges {centre_name}", sheet=sheet)


def cards_pdf(cards: Sequence[Card], *, title: str, sheet: bool = False) -> bytes:
    """A PDF with one card per page, or ten cards per A4 sheet with cutting lines."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4 if sheet else (CARD_WIDTH, CARD_HEIGHT))
    canvas.setTitle(title)
    per_page = SHEET_COLUMNS * SHEET_ROWS if sheet else 1
    for start in range(0, len(cards), per_page):
        for slot, card in enumerate(cards[start : start + per_page]):
            x, y = _slot_origin(slot) if sheet else (0.0, 0.0)
            _draw_card(canvas, card, x, y, cut_line=sheet)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _slot_origin(slot: int) -> tuple[float, float]:
    column, row = slot % SHEET_COLUMNS, slot // SHEET_COLUMNS
    return (SHEET_MARGIN_X + column * CARD_WIDTH, A4[1] - SHEET_MARGIN_Y - (row + 1) * CARD_HEIGHT)


def _draw_card(canvas: Canvas, card: Card, x: float, y: float, *, cut_line: bool) -> None:
    if cut_line:
        canvas.setStrokeGray(0.7)
        canvas.setLineWidth(0.3)
        canvas.rect(x, y, CARD_WIDTH, CARD_HEIGHT)
    qr_size = 38 * mm
    draw_qr(canvas, card.code, x + 3 * mm, y + 9 * mm, qr_size)
    canvas.setFillGray(0)
    canvas.setFont("Courier-Bold", 9)
    canvas.drawCentredString(x + 3 * mm + qr_size / 2, y + 5 * mm, card.code)
    text_x = x + 44 * mm
    canvas.setFont("Helvetica-Bold", 12)
    for number, line in enumerate(card.heading):
        canvas.drawString(text_x, y + CARD_HEIGHT - (12 + 5 * number) * mm, line)
    canvas.setFont("Helvetica", 9)
    for number, line in enumerate(card.lines):
        canvas.drawString(text_x, y + CARD_HEIGHT - (24 + 4.2 * number) * mm, line)
