"""What an empty page says: one sentence on what to do, and the button that does it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desk_app.ui.touch import big_button


class EmptyHint(QFrame):
    """Shown by a page while it has nothing to show yet (a new centre after its wizard).

    Signals:
        action_requested: the person tapped the button that fills the page.
    """

    action_requested = Signal()

    def __init__(self, text: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyHint")
        self.label = QLabel(text, self)
        self.label.setObjectName("description")
        self.label.setWordWrap(True)
        self.button = big_button(action, self)
        self.button.clicked.connect(self.action_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
