"""The product grid: a button per category beside large tiles, the busiest products first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.till.pricing import ProductRow
from desk_app.ui.bar.common import two_lines
from desk_app.ui.empty_hint import EmptyHint
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.touch import TOUCH_HEIGHT, WrappingGrid

TILE_HEIGHT = 84


class ProductGrid(QWidget):
    """Every category as a button in one column, always in view; its products as tiles.

    The tiles wrap into as many columns as fit; only a price list longer than a bar's
    (more tiles in one category than the area holds) scrolls inside its own area, while the
    categories never scroll. The hint of an empty grid takes the whole width, outside the tiles'
    area, so its button never widens the tiles past their place.

    Signals:
        product_chosen: a tile was tapped; carries its ``ProductRow``.
        add_products_requested: the grid is empty and the person wants to fill the price list.
    """

    product_chosen = Signal(object)
    add_products_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, QPushButton] = {}
        self.categories: dict[str, QPushButton] = {}
        self.pages: dict[str, WrappingGrid] = {}
        self.chosen = QButtonGroup(self)
        self.category_column = QVBoxLayout()
        self.category_column.setSpacing(4)
        self.stack = QStackedWidget()
        self.empty = EmptyHint(self.tr("Nog geen producten."), self.tr("Producten toevoegen"))
        self.empty.action_requested.connect(self.add_products_requested)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.stack)
        self.scroller.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        side = QVBoxLayout()
        side.addLayout(self.category_column)
        side.addStretch(1)
        filled = QWidget(self)
        row = QHBoxLayout(filled)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(side)
        row.addWidget(self.scroller, 1)
        self.filled_or_empty = QStackedLayout(self)
        self.filled_or_empty.addWidget(filled)
        self.filled_or_empty.addWidget(self.empty)

    def show_products(self, products: list[ProductRow]) -> None:
        """Rebuild categories and tiles; ``products`` come in the order the grid shows them."""
        shown = self.current_category()
        self._clear()
        cells: dict[str, list[QWidget]] = {}
        for product in products:
            if product.category not in cells:
                cells[product.category] = []
                self._add_category(product.category)
            cells[product.category].append(self._tile(product))
        for category, tiles in cells.items():
            self.pages[category].set_cells(tiles)
        if cells:
            self.filled_or_empty.setCurrentIndex(0)
            self.show_category(shown if shown in cells else next(iter(cells)))
        else:  # a new centre: say how to fill the grid, in the grid's own place
            self.filled_or_empty.setCurrentWidget(self.empty)

    def current_category(self) -> str | None:
        """The category whose tiles are shown."""
        return next((name for name, b in self.categories.items() if b.isChecked()), None)

    def show_category(self, category: str) -> None:
        """Show the tiles of ``category``."""
        self.categories[category].setChecked(True)
        self.stack.setCurrentWidget(self.pages[category])
        self.scroller.verticalScrollBar().setValue(0)

    def _clear(self) -> None:
        for button in self.categories.values():
            self.chosen.removeButton(button)
            self.category_column.removeWidget(button)
            button.hide()
            button.deleteLater()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.categories, self.pages, self.tiles = {}, {}, {}

    def _add_category(self, category: str) -> None:
        button = QPushButton(two_lines(category), self)
        button.setObjectName("compact")
        button.setCheckable(True)
        button.setMinimumHeight(TOUCH_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        button.setAccessibleName(category)
        button.clicked.connect(lambda _checked=False: self.show_category(category))
        self.chosen.addButton(button)
        self.category_column.addWidget(button)
        self.categories[category] = button
        page = WrappingGrid()
        self.stack.addWidget(page)
        self.pages[category] = page

    def _tile(self, product: ProductRow) -> QPushButton:
        price = screen_formatter().cents(product.price_cents)
        tile = QPushButton(f"{two_lines(product.name)}\n{price}")
        tile.setMinimumHeight(TILE_HEIGHT)
        tile.setObjectName("compact")
        tile.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Fixed)
        if product.is_alcohol:
            tile.setStyleSheet("QPushButton { background: #fbe3c8; }")
        tile.setAccessibleName(f"{product.name} {price}")
        tile.clicked.connect(lambda: self.product_chosen.emit(product))
        self.tiles[product.name] = tile
        return tile
