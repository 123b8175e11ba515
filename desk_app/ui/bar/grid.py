"""The product grid: large tiles per category, the busiest products first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QTabWidget, QWidget

from desk_app.services.till.pricing import ProductRow
from desk_app.ui.empty_hint import EmptyHint
from desk_app.ui.i18n import screen_formatter

COLUMNS = 2
TILE_HEIGHT = 84


class ProductGrid(QTabWidget):
    """A tab per category with a tile per product.

    Signals:
        product_chosen: a tile was tapped; carries its ``ProductRow``.
        add_products_requested: the grid is empty and the person wants to fill the price list.
    """

    product_chosen = Signal(object)
    add_products_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, QPushButton] = {}
        self.empty = EmptyHint(self.tr("Nog geen producten."), self.tr("Producten toevoegen"))
        self.empty.action_requested.connect(self.add_products_requested)
        self.setStyleSheet("QTabBar::tab { min-height: 44px; min-width: 110px; font-size: 15px; }")

    def show_products(self, products: list[ProductRow]) -> None:
        """Rebuild the tiles; ``products`` come in the order the grid shows them."""
        self.clear()
        self.tiles = {}
        self.tabBar().setVisible(bool(products))
        if not products:  # a new centre: say how to fill the grid, in the grid's own place
            self.addTab(self.empty, "")
        pages: dict[str, QGridLayout] = {}
        for product in products:
            if product.category not in pages:
                page = QWidget()
                pages[product.category] = QGridLayout(page)
                self.addTab(page, product.category)
            layout = pages[product.category]
            tile = self._tile(product)
            count = layout.count()
            layout.addWidget(tile, count // COLUMNS, count % COLUMNS)
        for layout in pages.values():
            layout.setRowStretch(layout.rowCount(), 1)

    def _tile(self, product: ProductRow) -> QPushButton:
        tile = QPushButton(f"{product.name}\n{screen_formatter().cents(product.price_cents)}")
        tile.setMinimumHeight(TILE_HEIGHT)
        tile.setObjectName("alcohol" if product.is_alcohol else "tile")
        tile.setStyleSheet(
            "QPushButton { font-size: 16px; }"
            + ("QPushButton#alcohol { background: #fbe3c8; }" if product.is_alcohol else "")
        )
        tile.clicked.connect(lambda: self.product_chosen.emit(product))
        self.tiles[product.name] = tile
        return tile
