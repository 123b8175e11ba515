"""A section page that says in friendly words what it will hold."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desk_app.ui.context import PageContext
from desk_app.ui.pages.base import Page
from desk_app.ui.pages.heading import page_heading


class SectionPage(Page):
    """A section still to be built: its title and a card about what it will hold.

    Subclasses give ``icon_name`` and implement :meth:`title` and :meth:`description`.
    """

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(page_heading(self, self.icon_name, self.title()))
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

    def description(self) -> str:
        """A short paragraph about what the section is for."""
        raise NotImplementedError
