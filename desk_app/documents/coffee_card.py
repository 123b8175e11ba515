"""A printable coffee card: credit-card size, the centre's name, the code and its QR."""

from __future__ import annotations

import io

import qrcode
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from desk_app.formatting import format_cents

CARD_SIZE = (85.6 * mm, 54 * mm)


def qr_png(payload: str) -> bytes:
    """A QR code of ``payload`` as PNG bytes, with a margin scanners like."""
    image = qrcode.make(payload, box_size=8, border=2)
    out = io.BytesIO()
    image.save(out)
    return out.getvalue()


def coffee_card_pdf(code: str, centre_name: str, value_cents: int) -> bytes:
    """One card per page: who it is from, what was loaded, and the code to scan at the till."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=CARD_SIZE)
    pdf.setTitle(f"Koffiekaart {code}")
    width, height = CARD_SIZE
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(5 * mm, height - 9 * mm, "Koffiekaart")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(5 * mm, height - 15 * mm, f"Buurthuis {centre_name}")
    pdf.drawString(5 * mm, height - 21 * mm, f"Opgewaardeerd: {_plain(format_cents(value_cents))}")
    pdf.setFont("Courier", 8)
    pdf.drawString(5 * mm, 6 * mm, code)
    qr = ImageReader(io.BytesIO(qr_png(code)))
    pdf.drawImage(qr, width - 37 * mm, 4 * mm, 33 * mm, 33 * mm)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")
