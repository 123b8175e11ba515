"""The look of the app: one style sheet and one font size, applied at once."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desk_app.ui.resources import style_sheet

FONT_FAMILIES = ["Segoe UI", "DejaVu Sans", "Noto Sans", "Arial"]


def apply_theme(app: QApplication, font_size: int) -> None:
    """Use the calm, high-contrast style with text at ``font_size`` points."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(font_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(font_size))
