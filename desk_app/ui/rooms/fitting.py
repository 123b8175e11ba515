"""A long dialog that fits the desk's screen: its form scrolls, its message and buttons stay put."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

TITLE_BAR = 32  # what a window manager adds above a dialog before it is shown
MESSAGE_LINES = 5  # a long message (a series' conflicts) scrolls in a place of this many lines


class FittingLayout:
    """Lays ``dialog`` out as form in a scroll area, message below it, buttons at the bottom.

    ``fit()`` sizes the dialog to its content but never past the screen's available room,
    so on a 1366×768 desk with a taskbar, at the largest text, the buttons stay reachable.
    """

    def __init__(
        self,
        dialog: QDialog,
        form: QLayout,
        message: QLabel,
        buttons: Sequence[QPushButton],
    ) -> None:
        self._dialog = dialog
        self.content = QWidget(dialog)
        self.content.setLayout(form)
        self.scroll = _scroll_area(dialog, self.content)
        hidden = message.isHidden()
        self.message_area = _scroll_area(dialog, message)  # which shows the message
        message.setHidden(hidden)
        self.message_area.setHidden(hidden)
        self._buttons = tuple(buttons)
        self._row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self._layout = layout = QVBoxLayout(dialog)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message_area)
        layout.addLayout(row)
        self._message = message

    def fit(self) -> None:
        """As large as the content asks, as small as the screen demands, and on the screen."""
        dialog = self._dialog
        shown = not self._message.isHidden()
        self.message_area.setVisible(shown)
        if shown:
            lines = self._message.fontMetrics().lineSpacing() * MESSAGE_LINES
            self.message_area.setFixedHeight(min(self._message.sizeHint().height() + 4, lines))
        room = _available(dialog)
        frame = max(dialog.frameGeometry().height() - dialog.geometry().height(), TITLE_BAR)
        side = max(dialog.frameGeometry().width() - dialog.geometry().width(), 0)
        tallest, widest = room.height() - frame, room.width() - side
        self._stack_buttons_if_narrow(widest)
        dialog.setMaximumSize(widest, tallest)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        around = self._layout.sizeHint().height() - self.scroll.sizeHint().height()
        want_height = around + self.content.sizeHint().height() + 2
        want_width = max(self._layout.sizeHint().width(), self.content.sizeHint().width() + bar)
        dialog.resize(min(want_width + 24, widest), min(want_height, tallest))
        self._layout.activate()
        _keep_on_screen(dialog)

    def _stack_buttons_if_narrow(self, widest: int) -> None:
        """Buttons side by side while they fit whole, else one under the other."""
        margins = self._layout.contentsMargins()
        row = sum(b.sizeHint().width() for b in self._buttons)
        row += self._row.spacing() * len(self._buttons) + margins.left() + margins.right()
        stacked = row > widest
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        for button in self._buttons:  # stacked, a button takes the dialog's whole width
            button.setSizePolicy(
                QSizePolicy.Policy.Preferred if stacked else QSizePolicy.Policy.Minimum,
                QSizePolicy.Policy.Fixed,
            )


def _scroll_area(parent: QWidget, widget: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def _available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _keep_on_screen(dialog: QDialog) -> None:
    if not dialog.isVisible():
        return
    room = _available(dialog)
    outer = dialog.frameGeometry()
    x = min(max(outer.left(), room.left()), room.right() + 1 - outer.width())
    y = min(max(outer.top(), room.top()), room.bottom() + 1 - outer.height())
    if (x, y) != (outer.left(), outer.top()):
        dialog.move(QPoint(max(x, room.left()), max(y, room.top())))
