"""A status-bar text that shortens itself to its room and shows the whole of it on a tap."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.fitting import fit_dialog
from desk_app.ui.modal import open_dialog

ELLIPSIS_ROOM = 3  # characters a squeezed text keeps besides the ellipsis


class ClickableLabel(QLabel):
    """A status bar text that opens something when clicked (or Enter pressed on it).

    Signals:
        clicked: the person clicked the text.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Qt override: a click on the text."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: Enter or Space act as a click."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class ElidedLabel(ClickableLabel):
    """A text cut short with "…" when its room is small, so it never widens the window.

    A tap (touch screens show no tooltips) opens :class:`WholeTextDialog` with the whole text,
    or with the longer ``details`` given to :meth:`set_whole_text`; the dialog is kept in
    ``dialog`` while it is open.
    """

    def __init__(
        self, parent: QWidget | None = None, leftover: bool = False, keep: int = ELLIPSIS_ROOM
    ) -> None:
        """With ``leftover`` the text asks for no room: it takes what the others leave.

        ``keep`` is how many characters stay when the text is squeezed as far as it goes.
        """
        super().__init__(parent)
        self.leftover = leftover
        self.keep = keep
        self.setIndent(0)  # the style sheet's padding would add half an "x" the text lacks
        self.whole = ""
        self.short = ""
        self.details = ""
        self.dialog: WholeTextDialog | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.clicked.connect(self.show_whole_text)

    def set_whole_text(self, text: str, details: str = "", short: str = "") -> None:
        """Show ``text``, else the ``short`` wording, else either cut to fit; a tap shows
        ``details``, or ``text`` without them."""
        self.whole, self.details, self.short = text, details, short
        self.setToolTip(details or text)
        self.setAccessibleName(text)  # a screen reader reads it whole
        self.setAccessibleDescription(details)
        self.updateGeometry()
        self._elide()

    def whole_text(self) -> str:
        """The text before it was shortened."""
        return self.whole

    def is_elided(self) -> bool:
        """Whether the text shown is shorter than the whole text."""
        return self.text() != self.whole

    def show_whole_text(self) -> None:
        """Open the whole text (and its details) in a small dialog."""
        if self.whole:
            self.dialog = open_dialog(
                WholeTextDialog(self.details or self.whole, self.window()), closed=self._forget
            )

    def sizeHint(self) -> QSize:
        """Qt override: as wide as the whole text (or as small as it gets, for ``leftover``)."""
        if self.leftover:
            return self.minimumSizeHint()
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.whole) + margins.left() + margins.right()
        return QSize(width + 2 * self.margin(), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Qt override: a few letters and the ellipsis, so the window never widens for it."""
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        squeezed = metrics.horizontalAdvance(self.whole[: self.keep] + "…")
        width = min(squeezed, metrics.horizontalAdvance(self.whole))
        return QSize(width + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: shorten the text to the new width."""
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: shorten the text to the width it was laid out at before it showed."""
        super().showEvent(event)
        self._elide()

    def _elide(self) -> None:
        """The whole text if it fits, else the short wording ("Sync: nog nooit" says more
        than "Laatste syn…"), cut only when even that does not fit."""
        room = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        shown = self.whole  # elidedText rounds otherwise, cutting a text that just fits
        if self.isVisible() and metrics.horizontalAdvance(self.whole) > room:  # laid out
            shown = self.short or self.whole
            if metrics.horizontalAdvance(shown) > room:
                shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)

    def _forget(self) -> None:
        self.dialog = None


class WholeTextDialog(QDialog):
    """The whole of a shortened status text, wrapped, with one button to close it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Melding"))
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(self.text)
        self.fitting = fit_dialog(self, body, buttons)
        self.setMinimumWidth(480)
