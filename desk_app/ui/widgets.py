"""Small widgets shared by the screens: a message line and its fixed place, a PIN field, a form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

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


MESSAGE_PADDING = 20  # the style sheet's padding (8 px) and border (1 px), above and below


class MessagePlace(QWidget):
    """A page's one message place: always the same height, shown or empty, so nothing moves.

    A word-wrapped label asks its layout for height-for-width, and the main window's scroll
    area would then grow the page when a message appears; this place never asks. Its height
    holds ``lines`` lines at the current text size and follows a new size (*Weergave*).
    """

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        self.lines = lines
        self.label = MessageLabel(self)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - the QWidget override Qt calls
        """Never: the height is fixed."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (Weergave) makes room for as many lines as before."""
        super().changeEvent(event)
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self._fit()

    def _fit(self) -> None:
        font = self.label.font()
        font.setBold(True)  # an error is bold, and must fit as well
        self.setFixedHeight(QFontMetrics(font).lineSpacing() * self.lines + MESSAGE_PADDING)

    def show_error(self, text: str) -> None:
        """Show a refusal."""
        self.label.show_error(text)

    def show_desk_error(self, error: DeskError) -> None:
        """Show a core refusal in the user's language."""
        self.label.show_desk_error(error)

    def show_info(self, text: str) -> None:
        """Show a confirmation."""
        self.label.show_info(text)

    def clear_message(self) -> None:
        """Empty the place; it keeps its height."""
        self.label.clear_message()

    def text(self) -> str:
        """The message shown, or ``""``."""
        return self.label.text()


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
