"""Small widgets shared by the screens: a message line, a masked PIN field, a form layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desk_app.errors import DeskError
from desk_app.ui.messages import error_text


class MessageLabel(QLabel):
    """A calm line under a form: a refusal or a confirmation, hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        """Show a refusal (in a colour that stands out without alarming)."""
        self._show("error", text)

    def show_desk_error(self, error: DeskError) -> None:
        """Show a core refusal in the user's language."""
        self._show("error", error_text(error))

    def show_info(self, text: str) -> None:
        """Show a confirmation."""
        self._show("info", text)

    def clear_message(self) -> None:
        """Hide the line."""
        self.clear()
        self.hide()

    def _show(self, kind: str, text: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()
        self.updateGeometry()


class PinEdit(QLineEdit):
    """A masked field for a PIN of up to six digits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(6)
        self.setObjectName("pin")
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose labels sit level with their (tall, touch-friendly) fields."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(16)
    return form


def add_row(form: QFormLayout, text: str, field: QWidget) -> None:
    """A form row whose label is as tall as its field, so the two read as one line."""
    label = QLabel(text, form.parentWidget())
    label.setMinimumHeight(field.sizeHint().height())
    label.setBuddy(field)
    form.addRow(label, field)
