"""Occupancy for a period as a table coloured like a heatmap, with income per tariff class."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import DayPartKey, TariffClass
from desk_app.services.rooms.occupancy import OccupancyReport, occupancy
from desk_app.services.uow import UnitOfWork
from desk_app.ui.messages import kind_text
from desk_app.ui.rooms.common import euro
from desk_app.ui.rooms.date_field import DateField
from desk_app.ui.touch import big_button

Index = QModelIndex | QPersistentModelIndex
PARTS = tuple(DayPartKey)


def heat(rate: float) -> QColor:
    """White for an empty room, deepening orange as it fills."""
    rate = max(0.0, min(1.0, rate))
    return QColor(255, int(255 - 120 * rate), int(255 - 200 * rate))


class OccupancyModel(QAbstractTableModel):
    """Rooms by parts of the day; each cell the booked share of the open parts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rooms: list[str] = []
        self._cells: dict[tuple[str, DayPartKey], tuple[int, int]] = {}

    def set_report(self, report: OccupancyReport) -> None:
        """Replace the figures."""
        self.beginResetModel()
        self._rooms = list(dict.fromkeys(cell.room_name for cell in report.cells))
        self._cells = {(c.room_name, c.part): (c.booked, c.open) for c in report.cells}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rooms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PARTS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        booked, open_parts = self._cells[self._rooms[index.row()], PARTS[index.column()]]
        rate = booked / open_parts if open_parts else 0.0
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{rate:.0%}  ({booked}/{open_parts})"
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat(rate)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return kind_text(PARTS[section])
        return self._rooms[section]


class OccupancyView(QWidget):
    """Pick a period; see occupancy per room and part, the income and the value given."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow = uow
        today = uow.now().astimezone(LOCAL_ZONE).date()
        self.first = DateField(today - timedelta(days=364), self._today, self)
        self.last = DateField(today, self._today, self)
        show = big_button(self.tr("Tonen"), self)
        show.clicked.connect(self.refresh)
        self.model = OccupancyModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Van"), self),
            self.first,
            QLabel(self.tr("tot en met"), self),
        ):
            bar.addWidget(widget)
        bar.addWidget(self.last)
        bar.addWidget(show)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def _today(self) -> date:
        return self._uow.now().astimezone(LOCAL_ZONE).date()

    @Slot()
    def refresh(self) -> None:
        """Compute the figures for the chosen period."""
        first, last = self.first.day(), self.last.day()
        if first is None or last is None:
            field = self.first if first is None else self.last
            self.summary.setText(field.problem() or "")
            return
        report = occupancy(self._uow, first, last)
        self.model.set_report(report)
        income = ", ".join(
            f"{kind_text(tariff)}: {euro(report.income_cents[tariff])}"
            for tariff in (TariffClass.SOCIAL, TariffClass.COMMERCIAL)
        )
        self.summary.setText(
            self.tr(
                "Bezetting {rate:.0%}. Inkomsten zaalhuur: {income}. "
                "Waarde van gratis en goedkoper gebruik (tegen commercieel tarief): {given}."
            ).format(rate=report.rate, income=income, given=euro(report.given_value_cents))
        )
