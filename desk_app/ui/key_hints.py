"""Keys written small under a name: the side buttons and the navigation show their shortcut.

The side column is as narrow as its longest name at the largest text size, so "Weergave
(Ctrl+G)" on one line would not fit; a second, smaller line under the name does, without
making a button or an entry wider.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

KEYS_ROLE = Qt.ItemDataRole.UserRole + 7  # an entry's shortcut as the screen writes it
KEY_POINTS = 11  # the key line's size: readable, and two lines fit a 56 px entry
KEY_COLOUR = QColor("#3d5a61")  # calm, dark enough on white and on the selection


def key_font(base: QFont) -> QFont:
    """``base`` at the key line's size, never bold."""
    font = QFont(base)
    font.setPointSize(min(KEY_POINTS, max(base.pointSize(), 1)))
    font.setBold(False)
    return font


class KeyedButton(QPushButton):
    """A push button with its shortcut (the ``keys`` property) in a small line under its text.

    The style sheet gives it room below (``QPushButton#side`` pads its bottom); the text and
    the icon keep their place, so the button keeps its width.
    """

    def key_line(self) -> QRect:
        """Where the keys are written: under the text, or beside it on a button with a menu.

        Qt's style sheet centres a menu button's text in the whole button, padding or not;
        its menu arrow leaves room beside a short name like *Beheer*.
        """
        option = QStyleOptionButton()
        self.initStyleOption(option)
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self
        )
        left = contents.left() + self.iconSize().width() + 4
        height = QFontMetrics(key_font(self.font())).height()
        if self.menu() is not None:
            left += self.fontMetrics().horizontalAdvance(self.text()) + 8
            top = (self.height() - height) // 2 + self.fontMetrics().descent()
            return QRect(left, top, contents.right() - left, height)
        return QRect(left, self.height() - height - 6, contents.right() - left, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt override: the button as usual, then its keys under the text."""
        super().paintEvent(event)
        keys = str(self.property("keys") or "")
        if not keys:
            return
        painter = QPainter(self)
        painter.setFont(key_font(self.font()))
        painter.setPen(KEY_COLOUR if self.isEnabled() else QColor("#7a7a7a"))
        painter.drawText(self.key_line(), Qt.AlignmentFlag.AlignLeft, keys)
        painter.end()


class KeyedDelegate(QStyledItemDelegate):
    """A list entry with its name on top and its shortcut (``KEYS_ROLE``) small under it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Qt override: the entry as usual (its text at the top), then the keys under it."""
        super().paint(painter, option, index)
        keys = index.data(KEYS_ROLE)
        widget = option.widget
        if not keys or not isinstance(widget, QWidget):
            return
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        style = widget.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, shown, widget) + 1
        font = key_font(shown.font)
        title_height = shown.fontMetrics.height()
        line = QRect(text.left() + margin, text.top() + title_height, text.width(), text.height())
        painter.save()
        painter.setFont(font)
        painter.setPen(KEY_COLOUR)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(keys))
        painter.restore()
