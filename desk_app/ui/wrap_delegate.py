"""Table cells whose text wraps between words, and inside a word too long for the cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
PADDING = 4  # px between the cell's edge and its text


class WrapAnywhereDelegate(QStyledItemDelegate):
    """Draws a cell's text whole: lines break between words, and "Volksdansgroep" in a narrow
    day breaks inside the word rather than being cut off at the cell's edge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Qt override: the cell's background as the style draws it, then the wrapped text."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        inner = _inner(item.rect)
        height = _wrapped_height(text, item.font, inner.width())
        top = inner.top() + max(0, (inner.height() - height) // 2)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(role))
        painter.drawText(QRectF(inner.left(), top, inner.width(), height), text, _wrapping())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Qt override: as tall as the text wrapped at the cell's width."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        width = max(_inner(item.rect).width(), 1)
        height = _wrapped_height(item.text, item.font, width)
        return QSize(item.rect.width(), height + 2 * PADDING)


def _wrapping() -> QTextOption:
    option = QTextOption(Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height of ``text`` broken into lines of at most ``width`` px."""
    total = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(_wrapping())
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            total += line.height()
        layout.endLayout()
    return int(total + 0.99)


def _inner(rect: QRect) -> QRect:
    return rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
