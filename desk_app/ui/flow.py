"""A layout that sets its items in a row and wraps them onto the next line when space runs out."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, as many as fit a line, each at its size hint.

    Large text makes buttons wider; instead of pushing the window wider (or hiding them
    behind scroll arrows), the row wraps and grows taller.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - the QLayout override Qt calls
        """Qt override: keep the item in order."""
        self._items.append(item)

    def count(self) -> int:
        """Qt override: how many items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - the QLayout override Qt calls
        """Qt override: the item at ``index``, if any."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - the QLayout override Qt calls
        """Qt override: remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - the QLayout override Qt calls
        """Qt override: it grows in neither direction of its own."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - the QLayout override Qt calls
        """Qt override: narrower means taller."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - the QLayout override Qt calls
        """Qt override: the height the items need when wrapped at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - the QLayout override Qt calls
        """Qt override: place the items in ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Qt override: all items on one line."""
        width = sum(i.sizeHint().width() for i in self._visible())
        width += self.spacing() * max(len(self._visible()) - 1, 0)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802 - the QLayout override Qt calls
        """Qt override: as wide as the widest item can shrink, one item a line."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or only measure) the items line by line, each centred on its line's height;
        the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        y = area.y()
        for line in self._lines(area.width()):
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item in line:
                hint = QSize(_width(item, area.width()), item.sizeHint().height())
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        used = y - self.spacing() if y > area.y() else y
        return used - rect.y() + self.contentsMargins().bottom()

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The visible items grouped into lines no wider than ``width`` (one item at least)."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            wide = _width(item, width)
            if lines and used + self.spacing() + wide <= width:
                lines[-1].append(item)
                used += self.spacing() + wide
            else:
                lines.append([item])
                used = wide
        return lines


def _width(item: QLayoutItem, room: int) -> int:
    """An item's width on a line of ``room`` px: its hint, less if the line is narrower and
    the item can shrink (a button cannot: its minimum is its text)."""
    return max(item.minimumSize().width(), min(item.sizeHint().width(), room))
