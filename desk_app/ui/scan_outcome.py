"""The status bar's own place for what a scan did, beside (never over) its other texts.

``QStatusBar.showMessage`` hides every normal status-bar label while its message shows,
so who is at the desk, the last sync and the warnings vanished for 15 s after each scan.
This slot's size does not follow its text, so the texts beside it do not move either; on
a narrow window it gives way (down to a few words) rather than widen the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

OUTCOME_MS = 15_000
# Room for "Welkom! Eerste bezoek met deze pas, geteld." and the like at any text size.
OUTCOME_CHARS = 40
NARROWEST_CHARS = 12
BORDER_PX = 1  # the message style's border, drawn inside the padding's edge


class ScanOutcome(QLabel):
    """A steady-width label for a scan's outcome; cut short texts open whole on a tap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Laatste scan"))
        self._full = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_outcome)

    def sizeHint(self) -> QSize:
        """Qt override: as wide as the slot is meant to be, whatever the text."""
        return QSize(self._width(OUTCOME_CHARS), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """Qt override: the slot may narrow this far before the window would have to widen."""
        return QSize(self._width(NARROWEST_CHARS), super().minimumSizeHint().height())

    def _width(self, chars: int) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().averageCharWidth() * chars + margins.left() + margins.right()

    def outcome(self) -> str:
        """The whole text shown now ("" when the slot is empty)."""
        return self._full

    def show_outcome(self, text: str, kind: str = "info") -> None:
        """Show ``text`` (``kind`` "info" or "error") for :data:`OUTCOME_MS`."""
        self._full = text
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(text)
        self._elide()
        self.timer.start(OUTCOME_MS)

    @Slot()
    def clear_outcome(self) -> None:
        """Empty the slot; its place stays, so nothing beside it moves."""
        self._full = ""
        self.setToolTip("")
        self.clear()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - 2 * BORDER_PX
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: a larger text size widens the slot with it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: cut the text to the new width."""
        super().resizeEvent(event)
        self._elide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Qt override: a tap shows the whole text, as a touch screen shows no tooltips."""
        if self._full and self.text() != self._full:
            QToolTip.showText(event.globalPosition().toPoint(), self._full, self)
        super().mouseReleaseEvent(event)
