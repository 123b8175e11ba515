"""The basket being rung up: a table model of lines not yet paid."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.formatting import format_cents
from desk_app.services.till.basket import MAX_QUANTITY, LineIn
from desk_app.services.till.pricing import ProductRow

Index = QModelIndex | QPersistentModelIndex


@dataclass
class BasketLine:
    """A product and how many, before payment."""

    product: ProductRow
    quantity: int

    @property
    def amount_cents(self) -> int:
        """Quantity times the price shown on the tile."""
        return self.quantity * self.product.price_cents


class BasketModel(QAbstractTableModel):
    """Lines of the current sale; columns: product, quantity, amount."""

    COLUMNS = (  # marked here, translated when shown (lupdate cannot read a variable's text)
        QT_TRANSLATE_NOOP("BasketModel", "Product"),
        QT_TRANSLATE_NOOP("BasketModel", "Aantal"),
        QT_TRANSLATE_NOOP("BasketModel", "Bedrag"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[BasketLine] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = (
                Qt.AlignmentFlag.AlignLeft if index.column() == 0 else Qt.AlignmentFlag.AlignRight
            )
            return int(left | Qt.AlignmentFlag.AlignVCenter)
        line = self._lines[index.row()]
        return (line.product.name, str(line.quantity), format_cents(line.amount_cents))[
            index.column()
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BasketModel", self.COLUMNS[section])
        return None

    def add(self, product: ProductRow) -> int:
        """One more of ``product``; returns the row that shows it."""
        for row, line in enumerate(self._lines):
            if line.product.product_id == product.product_id:
                self.change(row, 1)
                return row
        self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines))
        self._lines.append(BasketLine(product, 1))
        self.endInsertRows()
        return len(self._lines) - 1

    def change(self, row: int, delta: int) -> BasketLine | None:
        """Raise or lower a line; returns what was taken off (to log it), if anything."""
        line = self._lines[row]
        quantity = min(MAX_QUANTITY, line.quantity + delta)
        if quantity <= 0:
            return self.remove(row)
        removed = BasketLine(line.product, line.quantity - quantity) if delta < 0 else None
        line.quantity = quantity
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return removed

    def remove(self, row: int) -> BasketLine:
        """Take a whole line off."""
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self._lines.pop(row)
        self.endRemoveRows()
        return line

    def clear(self) -> None:
        """Empty the basket after payment."""
        self.beginResetModel()
        self._lines = []
        self.endResetModel()

    def lines(self) -> list[LineIn]:
        """The basket as the till service takes it."""
        return [LineIn(line.product.product_id, line.quantity) for line in self._lines]

    def total_cents(self) -> int:
        """The running total."""
        return sum(line.amount_cents for line in self._lines)

    def has_alcohol(self) -> bool:
        """Whether the 18+ check applies."""
        return any(line.product.is_alcohol for line in self._lines)
