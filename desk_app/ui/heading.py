"""The heading every section page starts with: its icon and its name."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desk_app.ui.resources import icon


def page_heading(parent: QWidget, icon_name: str, title: str) -> QHBoxLayout:
    """A row with the section's icon and its title in the title style."""
    heading = QHBoxLayout()
    picture = QLabel(parent)
    picture.setPixmap(icon(icon_name).pixmap(QSize(40, 40)))
    text = QLabel(title, parent)
    text.setObjectName("title")
    heading.addWidget(picture)
    heading.addWidget(text, 1)
    return heading
