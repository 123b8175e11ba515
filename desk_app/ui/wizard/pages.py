"""The wizard's pages; each checks its own fields through the core before moving on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desk_app.errors import DeskError
from desk_app.ui.widgets import MessageLabel, PinEdit, add_row, form_layout


class CheckedPage(QWizardPage):
    """A page with a message line; ``check`` runs on Next/Finish and may refuse with an error."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        body: QWidget,
        check: Callable[[], object],
        *,
        grows: bool = False,
    ) -> None:
        """``grows``: the body (a list) takes the page's height, the message stays below it."""
        super().__init__()
        self.setTitle(f"<span style='font-size: x-large'>{title}</span>")
        # In the page, not as the wizard's subtitle: Qt's header has a fixed height that cuts
        # a wrapped subtitle at large text.
        self.subtitle = QLabel(subtitle, self)
        self.subtitle.setWordWrap(True)
        self.body = body
        self.check = check
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        if grows:  # a list scrolls on its own and takes the page's height
            layout.addWidget(self.subtitle)
            layout.addWidget(body, 1)
        else:  # at large text the page scrolls, the wizard's buttons stay
            layout.addWidget(self._scrolling(body), 1)
        layout.addWidget(self.message)

    def _scrolling(self, body: QWidget) -> QScrollArea:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.subtitle)
        column.addWidget(body)
        column.addStretch(1)
        fields = QScrollArea(self)
        fields.setWidget(content)
        fields.setWidgetResizable(True)
        fields.setFrameShape(QFrame.Shape.NoFrame)
        return fields

    def validatePage(self) -> bool:
        """Qt override: stay on the page and say why when the core refuses."""
        try:
            self.check()
        except DeskError as error:
            self.message.show_desk_error(error)
            return False
        self.message.clear_message()
        return True


class ManagerForm(QWidget):
    """Name and PIN (twice, masked) of the first social manager."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.pin = PinEdit(self)
        self.pin_again = PinEdit(self)
        form = form_layout(self)
        add_row(form, self.tr("Uw naam"), self.name)
        add_row(form, self.tr("Pincode (6 cijfers)"), self.pin)
        add_row(form, self.tr("Pincode nog een keer"), self.pin_again)
