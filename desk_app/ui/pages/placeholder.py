"""The shape of a section page that says in friendly words what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.ui.resources import icon


class SectionPage(QWidget):
    """A section of the main window: a title with its icon, then the section's content.

    Subclasses give ``icon_name`` and implement :meth:`title` and :meth:`description`.
    """

    icon_name = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{self.icon_name}")
        heading = QHBoxLayout()
        picture = QLabel(self)
        picture.setPixmap(icon(self.icon_name).pixmap(QSize(48, 48)))
        title = QLabel(self.title(), self)
        title.setObjectName("title")
        heading.addWidget(picture)
        heading.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(heading)
        layout.addSpacing(12)
        layout.addWidget(self._card())
        layout.addStretch(1)

    def _card(self) -> QFrame:
        """Until the section is built: what it will hold, and that it comes later."""
        card = QFrame(self)
        card.setObjectName("card")
        text = QLabel(self.description(), card)
        text.setObjectName("description")
        text.setWordWrap(True)
        soon = QLabel(self.tr("Dit onderdeel komt in een volgende versie van de app."), card)
        soon.setObjectName("soon")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(24, 20, 24, 20)
        inside.addWidget(text)
        inside.addSpacing(8)
        inside.addWidget(soon)
        return card

    def title(self) -> str:
        """The section's name, as the navigation shows it."""
        raise NotImplementedError

    def description(self) -> str:
        """A short paragraph about what the section is for."""
        raise NotImplementedError
