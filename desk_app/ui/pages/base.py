"""What every section page is: a widget with an icon and a name, built from the page context."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.ui.context import PageContext


class Page(QWidget):
    """A section of the main window; subclasses set ``icon_name`` and implement :meth:`title`."""

    icon_name = ""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page_{self.icon_name}")

    def title(self) -> str:
        """The section's name, as the navigation shows it."""
        raise NotImplementedError
