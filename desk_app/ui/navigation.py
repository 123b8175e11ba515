"""The big navigation column: one entry per section, by touch, arrow keys or Ctrl+1..7.

Each entry writes its Ctrl+number small under its name, so the keys are found without a
tooltip (which a touch screen cannot show).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desk_app.ui.key_hints import KEYS_ROLE, KeyedDelegate

NAME_ON_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop  # the keys go under it


class NavigationList(QListWidget):
    """Section entries with large icons; the current row is the shown section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Onderdelen"))
        self.setIconSize(QSize(32, 32))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setItemDelegate(KeyedDelegate(self))

    def add_section(self, icon: QIcon, title: str, window: QWidget) -> None:
        """Add an entry with a Ctrl+number shortcut on ``window``, written under its name."""
        row = self.count()
        keys = QKeySequence(f"Ctrl+{row + 1}")
        native = keys.toString(QKeySequence.SequenceFormat.NativeText)
        item = QListWidgetItem(icon, title)
        item.setToolTip(f"{title} ({native})")
        item.setData(KEYS_ROLE, native)
        item.setData(Qt.ItemDataRole.TextAlignmentRole, NAME_ON_TOP)
        item.setSizeHint(QSize(0, 56))
        self.addItem(item)
        shortcut = QShortcut(keys, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.setCurrentRow(row))

    def retitle(self, row: int, title: str) -> None:
        """The entry at ``row`` in another language, its keys kept under it and in the tooltip."""
        item = self.item(row)
        keys = QKeySequence(f"Ctrl+{row + 1}").toString(QKeySequence.SequenceFormat.NativeText)
        item.setText(title)
        item.setToolTip(f"{title} ({keys})")
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Wide enough for the longest section name, tall enough for every section."""
        return QSize(max(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 24, 240), 0)

    def minimumSizeHint(self) -> QSize:
        """Every entry stays visible: the list never scrolls."""
        rows = sum(self.sizeHintForRow(row) + 4 for row in range(self.count()))
        return QSize(self.sizeHint().width(), rows + 2 * self.frameWidth() + 8)
