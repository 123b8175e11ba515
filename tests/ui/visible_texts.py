"""What a person can read on a window, and which of it is Dutch that escaped the translation.

The walk collects every visible text of a widget tree (labels, buttons, group and tab titles,
combo items, table cells and headers, list items, chart titles and axis labels, window titles);
the check flags a text that is a Dutch source text of the translation file, holds a word only
Dutch texts use, or writes a number, an amount or a date the Dutch way.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTabBar,
    QWidget,
    QWizard,
)

WORD = re.compile(r"[A-Za-zÀ-ÿ']{3,}")
PLACEHOLDER = re.compile(r"\{\w*\}")
# Dutch ways of writing numbers, amounts and dates: "€ 3,80", "43,62", "1.234", "02-03-2026".
DUTCH_NUMBER = re.compile(
    r"€\s\d|\d,\d{1,2}(?!\d)|\d\.\d{3}(?!\d)|(?<![\d:])\d{1,2}-\d{1,2}(-\d{4})?(?![\d:])"
)
# A network address reads the same in every language: "192.168.1.50" holds no Dutch thousand.
IP_ADDRESS = re.compile(r"(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.])")
MAX_CELLS = 400  # enough of a long table to meet every kind of cell


@dataclass(frozen=True)
class Seen:
    """One visible text and where it was read."""

    where: str
    text: str


class DutchTexts:
    """The Dutch source texts of the translation file and the words only they use."""

    def __init__(self, ts_file: Path, extra_words: Iterable[str] = ()) -> None:
        root = ET.parse(ts_file).getroot()  # noqa: S314 - our own committed file
        pairs = [
            (m.findtext("source", ""), m.findtext("translation", "")) for m in root.iter("message")
        ]
        dutch = [(source, english) for source, english in pairs if source != english]
        english_texts = {english.strip() for _, english in pairs}
        self.sources = {
            source.strip() for source, _ in dutch if not PLACEHOLDER.search(source)
        } - english_texts
        self.templates = [_template(source) for source, _ in dutch if PLACEHOLDER.search(source)]
        english_words = {w.lower() for _, english in pairs for w in WORD.findall(english)}
        dutch_words = {w.lower() for source, _ in dutch for w in WORD.findall(source)}
        self.words = (dutch_words | {w.lower() for w in extra_words}) - english_words

    def why_dutch(self, text: str, data: Iterable[str]) -> str | None:
        """Why ``text`` is Dutch on an English screen, or ``None``; ``data`` is left out."""
        plain = text.strip()
        if plain in self.sources:
            return "a Dutch source text"
        if any(template.fullmatch(plain) for template in self.templates):
            return "a Dutch source text with its values"
        for value in data:
            plain = plain.replace(value, " ")
        words = sorted({w for w in WORD.findall(plain) if w.lower() in self.words})
        if words:
            return "Dutch words: " + ", ".join(words)
        if DUTCH_NUMBER.search(IP_ADDRESS.sub(" ", plain)):
            return "a number, amount or date written the Dutch way"
        return None


def _template(source: str) -> re.Pattern[str]:
    parts = PLACEHOLDER.split(source.strip())
    return re.compile(".*?".join(re.escape(part) for part in parts), re.DOTALL)


def visible_texts(root: QWidget) -> Iterator[Seen]:
    """Every text a person can read on ``root`` and the widgets shown on it."""
    display = QApplication.applicationDisplayName()
    if root.windowTitle():
        yield Seen("window title", root.windowTitle())
        if display:
            yield Seen("window title's application name", display)
    for widget in [root, *root.findChildren(QWidget)]:
        if _shown(widget, root):
            name = f"{type(widget).__name__} {widget.objectName()}".strip()
            for text in _texts_of(widget):
                if text.strip():
                    yield Seen(name, text)


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Not hidden by the program; a stacked page or a tab not in front still counts."""
    current: QWidget | None = widget
    while current is not None and current is not root:
        if isinstance(current, QMenu):
            return True  # a menu is hidden until opened, and then read whole
        parent = current.parentWidget()
        if current.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        current = parent
    return True


def _texts_of(widget: QWidget) -> Iterator[str]:  # noqa: PLR0912 - one branch per kind
    if isinstance(widget, QLabel):
        yield _plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
        yield widget.placeholderText()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        yield widget.text()
    elif isinstance(widget, QHeaderView):
        return  # its table reads the headers
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    elif isinstance(widget, QChartView):
        chart = widget.chart()
        yield chart.title()
        for axis in chart.axes():
            if isinstance(axis, QBarCategoryAxis):
                yield from axis.categories()
    elif isinstance(widget, QMenu):
        yield from (action.text() for action in widget.actions())
    if isinstance(widget, QWizard):
        page = widget.currentPage()
        if page is not None:
            yield page.title()
            yield page.subTitle()


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    display = Qt.ItemDataRole.DisplayRole
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, QModelIndex()) if orientation is Qt.Orientation.Horizontal else 0
        for section in range(count):
            header = model.headerData(section, orientation, display)
            if isinstance(header, str):
                yield header
    yield from _cells(model, QModelIndex())


def _cells(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    rows = min(model.rowCount(parent), MAX_CELLS)
    columns = _columns(model, parent)
    for row in range(rows):
        for column in range(columns):
            value = model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value
        first = model.index(row, 0, parent)
        if first.isValid() and not isinstance(model, QAbstractListModel) and model.rowCount(first):
            yield from _cells(model, first)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model has one column (and hides its ``columnCount`` from Python)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _plain(text: str) -> str:
    """A label's text without its rich-text markup."""
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()
