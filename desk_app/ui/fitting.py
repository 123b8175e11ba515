"""A dialog that fits the desk's screen: its body scrolls, its message and buttons stay put.

Every dialog lays itself out through :func:`fit_dialog` (or :class:`FittingLayout` when it
resizes itself after a change), so on a 1366×768 desk with a taskbar, at the largest text,
no dialog is taller or wider than the screen and its buttons are always visible at the bottom.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.collector import taken_apart

TITLE_BAR = 32  # what a window manager adds above a dialog before it is shown
MESSAGE_LINES = 5  # a long message (a series' conflicts) scrolls in a place of this many lines
MARGIN = 24  # around the body and the buttons


class FittingLayout(QObject):
    """Lays ``dialog`` out as body in a scroll area, message below it, buttons at the bottom.

    ``buttons`` is a button box, or loose buttons set in a row that stacks them one under
    the other when the row is wider than the screen. :meth:`fit` sizes the dialog to its
    content but never past the screen's available room; it runs whenever the dialog is shown.
    """

    def __init__(
        self,
        dialog: QDialog,
        body: QLayout,
        message: QLabel | None,
        buttons: QDialogButtonBox | Sequence[QPushButton],
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.content = QWidget(dialog)
        self.content.setLayout(body)
        self.scroll = _scroll_area(dialog, self.content)
        self._message = message
        self.message_area: QScrollArea | None = None
        self._layout = layout = QVBoxLayout(dialog)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(16)
        layout.addWidget(self.scroll, 1)
        if message is not None:
            hidden = message.isHidden()
            self.message_area = _scroll_area(dialog, message)  # which shows the message
            message.setHidden(hidden)
            self.message_area.setHidden(hidden)
            layout.addWidget(self.message_area)
            message.installEventFilter(self)  # a message shown later gets its place then
        self._box = buttons if isinstance(buttons, QDialogButtonBox) else None
        self._buttons: tuple[QAbstractButton, ...] = tuple(
            buttons.buttons() if isinstance(buttons, QDialogButtonBox) else buttons
        )
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        if self._box is not None:
            self._row.addWidget(self._box)
        else:
            self._row.addStretch(1)
            for button in self._buttons:
                self._row.addWidget(button)
        layout.addLayout(self._row)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: fit the dialog each time it is shown, its message when that shows."""
        if taken_apart(self):
            return False
        if watched is self._dialog and event.type() == QEvent.Type.Show:
            self.fit()
        elif watched is self._message and event.type() in (
            QEvent.Type.ShowToParent,  # sent even while the message's place is hidden
            QEvent.Type.HideToParent,
        ):
            self._fit_message()
        return False

    def fit(self) -> None:
        """As large as the content asks, as small as the screen demands, and on the screen."""
        dialog = self._dialog
        self._fit_message()
        room = _available(dialog)
        frame = max(dialog.frameGeometry().height() - dialog.geometry().height(), TITLE_BAR)
        side = max(dialog.frameGeometry().width() - dialog.geometry().width(), 0)
        tallest, widest = room.height() - frame, room.width() - side
        self._stack_buttons_if_narrow(widest)
        dialog.setMaximumSize(widest, tallest)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        around = self._layout.sizeHint().height() - self.scroll.sizeHint().height()
        asked = dialog.sizeHint()  # a dialog may ask for more than its content (a wide log)
        want_height = max(around + self.content.sizeHint().height() + 2, asked.height())
        margins = self._layout.contentsMargins()
        content_width = self.content.sizeHint().width() + bar + margins.left() + margins.right()
        want_width = max(content_width, asked.width(), dialog.minimumWidth())
        if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):  # the size its code asked for
            want_width = max(want_width, dialog.width())
            want_height = max(want_height, dialog.height())
        dialog.resize(min(want_width, widest), min(want_height, tallest))
        self._layout.activate()
        _keep_on_screen(dialog)

    def _fit_message(self) -> None:
        if self._message is None or self.message_area is None:
            return
        shown = not self._message.isHidden()
        self.message_area.setVisible(shown)
        if shown:
            lines = self._message.fontMetrics().lineSpacing() * MESSAGE_LINES
            self.message_area.setFixedHeight(min(self._message.sizeHint().height() + 4, lines))

    def _stack_buttons_if_narrow(self, widest: int) -> None:
        """Buttons side by side while they fit whole, else one under the other."""
        margins = self._layout.contentsMargins()
        row = sum(b.sizeHint().width() for b in self._buttons if not b.isHidden())
        row += self._row.spacing() * len(self._buttons) + margins.left() + margins.right()
        stacked = row > widest
        if self._box is not None:
            vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
            self._box.setOrientation(vertical if stacked else horizontal)
            return
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        for button in self._buttons:  # stacked, a button takes the dialog's whole width
            button.setSizePolicy(
                QSizePolicy.Policy.Preferred if stacked else QSizePolicy.Policy.Minimum,
                QSizePolicy.Policy.Fixed,
            )


def fit_dialog(
    dialog: QDialog,
    body: QLayout,
    buttons: QDialogButtonBox | Sequence[QPushButton],
    message: QLabel | None = None,
) -> FittingLayout:
    """Lay ``dialog`` out to fit the screen: ``body`` scrolls, ``buttons`` stay at the bottom."""
    return FittingLayout(dialog, body, message, buttons)


def _scroll_area(parent: QWidget, widget: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, never to it
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
