"""Table cells whose text wraps between words, a word too wide for the cell between syllables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

import pyphen
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

Index = QModelIndex | QPersistentModelIndex
PADDING = 4  # px between the cell's edge and its text
WORD = re.compile(r"\S+")  # a word with the punctuation that sticks to it
SOFT_HYPHEN = "\u00ad"  # a break Qt draws as "-" only where it breaks the line


class WrapAnywhereDelegate(QStyledItemDelegate):
    """Draws a cell's text whole: lines break between words, and "Volksdansgroep" in a narrow
    day breaks between its syllables ("Volks-dansgroep"), never cut off at the cell's edge
    nor broken mid-syllable unless one syllable alone is wider than the cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Qt override: the cell's background as the style draws it, then the wrapped text."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = breakable(item.text, item.font, _inner(item.rect).width()), ""
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
        height = _text_height(item.text, item.font.toString(), width)
        return QSize(item.rect.width(), height + 2 * PADDING)


def wrap_columns(table: QTableView, columns: Iterable[int] | None = None) -> None:
    """The ``columns`` of ``table`` (all when None) show their text whole on as many lines as
    it takes; the rows grow to it (a name cut to "Dagbesteding …" said nothing)."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    if columns is None:
        table.setItemDelegate(WrapAnywhereDelegate(table))
    for column in columns or ():
        table.setItemDelegateForColumn(column, WrapAnywhereDelegate(table))
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def breakable(text: str, font: QFont, width: int) -> str:
    """``text`` with soft hyphens between the syllables of each word wider than ``width``
    px (Dutch rules: the names in the cells are the centre's own); a word that fits stays
    whole, so "Mulder" goes to the next line rather than becoming "Mul-der"."""
    metrics = QFontMetrics(font)

    def split(found: re.Match[str]) -> str:
        word = found.group()
        return _syllables(word) if metrics.horizontalAdvance(word) > width else word

    return WORD.sub(split, text)


def widest_piece(texts: Iterable[str], metrics: QFontMetrics) -> int:
    """The width a cell needs so that no part of ``texts`` is cut: its widest syllable with the
    hyphen drawn after it, as this delegate breaks a word too wide for the cell."""
    hyphen = metrics.horizontalAdvance("-")
    return max(
        (
            metrics.horizontalAdvance(piece) + hyphen
            for text in texts
            for word in WORD.findall(text)
            for piece in _syllables(word).split(SOFT_HYPHEN)
        ),
        default=0,
    )


@cache
def _syllables(word: str) -> str:
    hyphenated = str(_dutch().inserted(word, hyphen=SOFT_HYPHEN))
    return hyphenated.replace("-" + SOFT_HYPHEN, "-")  # a line may break after "-" already


@cache
def _dutch() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL")


@lru_cache(maxsize=4096)
def _text_height(text: str, font_text: str, width: int) -> int:
    """The height of a cell's text wrapped at ``width``: a view asks each cell many times.

    Keyed by the font as text (``QFont.toString``), the same for equal fonts.
    """
    font = QFont()
    font.fromString(font_text)
    return _wrapped_height(breakable(text, font, width), font, width)


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
