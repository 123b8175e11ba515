"""The wizard's suggested price list and rooms: tick off, rename or reprice before finishing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.amounts import parse_euros
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.starter import (
    STARTER_PRODUCTS,
    STARTER_ROOMS,
    StarterProduct,
    StarterRoom,
)
from desk_app.ui.rooms.rates_editor import amount_text

ROW_HEIGHT = 44  # a finger's width, as everywhere on the desk
TICK_SIZE = 28  # the tick that leaves a suggestion out, large enough to hit


def _kept_name(text: str) -> QTableWidgetItem:
    """A name cell with a tick: unticked rows are left out of the new centre."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
    item.setCheckState(Qt.CheckState.Checked)
    return item


def _editable(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
    return item


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(headers: list[str], rows: int, parent: QWidget) -> QTableWidget:
    table = QTableWidget(rows, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.SelectedClicked
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    tick = f"width: {TICK_SIZE}px; height: {TICK_SIZE}px;"
    table.setStyleSheet(f"QTableWidget::indicator {{ {tick} }}")
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _with_how_to(parent: QWidget, how_to: str, table: QTableWidget) -> None:
    """The list under one sentence on how to change it."""
    label = QLabel(how_to, parent)
    label.setWordWrap(True)
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(table, 1)


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else item.text()


def _kept(table: QTableWidget, row: int) -> bool:
    item = table.item(row, 0)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def _cents(text: str, name: str) -> int:
    cents = parse_euros(text)
    if cents is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De prijs van {name} is geen bedrag, bijvoorbeeld 1,20."),
            name=name,
        )
    return cents


class StarterProductsEditor(QWidget):
    """The usual bar products with their prices incl. VAT; VAT and alcohol follow the product."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [
            self.tr("Product"),
            self.tr("Prijs"),
            self.tr("Categorie"),
            self.tr("Btw"),
            self.tr("Alcohol"),
        ]
        self.table = _table(headers, len(STARTER_PRODUCTS), self)
        self.table.setAccessibleName(self.tr("Voorgestelde prijslijst"))
        for row, product in enumerate(STARTER_PRODUCTS):
            self.table.setItem(row, 0, _kept_name(product.name))
            self.table.setItem(row, 1, _editable(amount_text(product.price_cents)))
            self.table.setItem(row, 2, _fixed(product.category))
            self.table.setItem(row, 3, _fixed(f"{product.vat_rate} %"))
            self.table.setItem(row, 4, _fixed(self.tr("ja") if product.is_alcohol else ""))
        how_to = self.tr(
            "Prijzen zijn inclusief btw. Haal het vinkje weg bij wat u niet verkoopt; "
            "dubbeltik op een naam of prijs om die te veranderen."
        )
        _with_how_to(self, how_to, self.table)

    def products(self) -> tuple[StarterProduct, ...]:
        """The ticked products as typed; a price that is no amount is refused in Dutch."""
        kept = []
        for row, suggested in enumerate(STARTER_PRODUCTS):
            if not _kept(self.table, row):
                continue
            name = _text(self.table, row, 0)
            price = _cents(_text(self.table, row, 1), name)
            kept.append(
                StarterProduct(
                    suggested.category, name, price, suggested.vat_rate, suggested.is_alcohol
                )
            )
        return tuple(kept)


class StarterRoomsEditor(QWidget):
    """The usual rooms with how many people fit and the social price per part of the day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [self.tr("Zaal"), self.tr("Personen"), self.tr("Prijs per dagdeel")]
        self.table = _table(headers, len(STARTER_ROOMS), self)
        self.table.setAccessibleName(self.tr("Voorgestelde zalen"))
        for row, room in enumerate(STARTER_ROOMS):
            self.table.setItem(row, 0, _kept_name(room.name))
            self.table.setItem(row, 1, _editable(str(room.capacity)))
            self.table.setItem(row, 2, _editable(amount_text(room.part_of_day_cents)))
        how_to = self.tr(
            "Verenigingen betalen zonder btw, bedrijven het dubbele met 21 % btw. "
            "Haal het vinkje weg bij een zaal die u niet verhuurt."
        )
        _with_how_to(self, how_to, self.table)

    def rooms(self) -> tuple[StarterRoom, ...]:
        """The ticked rooms as typed; a count or price that is no number is refused in Dutch."""
        kept = []
        for row in range(self.table.rowCount()):
            if not _kept(self.table, row):
                continue
            name = _text(self.table, row, 0)
            capacity = _text(self.table, row, 1).strip()
            if not capacity.isdigit():
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Vul bij {name} een aantal personen in, bijvoorbeeld 20."
                    ),
                    name=name,
                )
            price = _cents(_text(self.table, row, 2), name)
            kept.append(StarterRoom(name, int(capacity), price))
        return tuple(kept)
