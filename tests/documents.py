"""Reading documents back in tests: PDF text with pypdf, PDF pages as images, QR codes."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def pdf_text(data: bytes) -> str:
    """All text of a PDF, pages joined."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdf_page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def render_page(data: bytes, page: int = 0, dpi: int = 200) -> Image.Image:
    """One PDF page as an image, rendered by Qt's PDF module (no system tools needed)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = _on_white(document.render(page, size))
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = bytes(image.constBits())
    rows = b"".join(raw[row * stride : row * stride + width * 3] for row in range(height))
    document.close()
    return Image.frombytes("RGB", (width, height), rows)


def _on_white(rendered: QImage) -> QImage:
    """Qt renders onto a transparent page; a scanner sees it on white paper."""
    page = QImage(rendered.size(), QImage.Format.Format_RGB888)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


def qr_texts(image: Image.Image) -> list[str]:
    """The texts of every QR code found in the image."""
    return [result.text for result in zxingcpp.read_barcodes(image)]
