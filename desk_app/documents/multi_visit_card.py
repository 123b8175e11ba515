"""A printable strippenkaart: credit-card size, a box per stamp, the code and its QR."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from desk_app.documents.coffee_card import CARD_SIZE, qr_png

BOX = 5 * mm
PER_ROW = 5


def multi_visit_card_pdf(code: str, centre_name: str, card_name: str, stamps: int) -> bytes:
    """One card: the centre, the card's name, a box to tick per visit, the code to scan."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=CARD_SIZE)
    pdf.setTitle(f"Strippenkaart {code}")
    width, height = CARD_SIZE
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(5 * mm, height - 8 * mm, card_name)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(5 * mm, height - 13 * mm, f"Buurthuis {centre_name}")
    for number in range(stamps):
        row, column = divmod(number, PER_ROW)
        x, y = 5 * mm + column * (BOX + 1 * mm), height - 21 * mm - row * (BOX + 1 * mm)
        if y > 9 * mm:  # the boxes that fit; the desk's count is what holds
            pdf.rect(x, y, BOX, BOX)
    pdf.setFont("Courier", 8)
    pdf.drawString(5 * mm, 4 * mm, code)
    qr = ImageReader(io.BytesIO(qr_png(code)))
    pdf.drawImage(qr, width - 37 * mm, 4 * mm, 33 * mm, 33 * mm)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
