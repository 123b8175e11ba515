"""The week calendar as a table model: rooms and parts of the day by the days of one week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desk_app.kinds import BookingState, DayPartKey
from desk_app.services.rooms.calendar import CalendarEntry, WeekView
from desk_app.services.rooms.rates import RoomInfo
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text

BOOKING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {
    BookingState.PROVISIONAL: QColor("#fde68a"),  # amber: pencilled in
    BookingState.CONFIRMED: QColor("#bbf7d0"),  # green: confirmed
}
CLOSED_COLOUR = QColor("#e5e7eb")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    """One cell: a room, a part of the day, a day; its booking, and whether the centre is open."""

    room: RoomInfo
    part: DayPartKey
    day: date
    entry: CalendarEntry | None
    is_open: bool


class WeekModel(QAbstractTableModel):
    """Rows are (room, part of the day), columns the seven days; replaced whole on a new week."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._view: WeekView | None = None
        self._rows: list[tuple[RoomInfo, DayPartKey]] = []
        self._entries: dict[tuple[UUID, DayPartKey, date], CalendarEntry] = {}
        self._cells: list[list[Cell]] = []
        self._texts: list[list[str]] = []

    def set_week(self, view: WeekView) -> None:
        """Show another week (or the same week, refreshed)."""
        self.beginResetModel()
        self._view = view
        self._rows = [(room, part) for room in view.rooms for part in view.day_parts]
        self._entries = {(e.room_id, part, e.day): e for e in view.entries for part in e.parts}
        # Made once a week: the view asks each cell's text, colour and size many times over.
        days = view.days
        self._cells = [
            [self._make_cell(room, part, day) for day in days] for room, part in self._rows
        ]
        self._texts = [[self._text(cell) for cell in row] for row in self._cells]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._view is None else 7

    def cell(self, index: Index) -> Cell:
        """What a cell stands for."""
        return self._cells[index.row()][index.column()]

    def _make_cell(self, room: RoomInfo, part: DayPartKey, day: date) -> Cell:
        assert self._view is not None
        hours = self._view.opening_hours.get(day.weekday())
        starts, ends = self._view.day_parts[part]
        is_open = hours is not None and starts < hours[1] and hours[0] < ends
        return Cell(room, part, day, self._entries.get((room.id, part, day)), is_open)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        return self._other_role(self.cell(index), role)

    def _other_role(self, cell: Cell, role: int) -> Any:
        """A cell's value for a role besides its text."""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._colour(cell)
        if role == Qt.ItemDataRole.ToolTipRole and cell.entry is not None:
            return f"{cell.entry.hirer_name}: {cell.entry.description}".rstrip(": ")
        if role == BOOKING_ID_ROLE and cell.entry is not None:
            return str(cell.entry.booking_id)
        return None

    def _text(self, cell: Cell) -> str:
        entry = cell.entry
        if entry is None:
            return "" if cell.is_open else self.tr("gesloten")
        return f"{entry.description or entry.hirer_name}\n{entry.starts:%H:%M}–{entry.ends:%H:%M}"

    def _spoken(self, cell: Cell) -> str:
        """The cell for a screen reader: room, part and day, then what is booked or "vrij"."""
        shown = self._text(cell).replace("\n", ", ") or self.tr("vrij")
        day = screen_formatter().day(cell.day, "EEEE d MMMM")
        return f"{cell.room.name}, {kind_text(cell.part)}, {day}: {shown}"

    def _colour(self, cell: Cell) -> QColor | None:
        if cell.entry is not None:
            return STATE_COLOURS.get(cell.entry.state)
        return None if cell.is_open else CLOSED_COLOUR

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._view is None:
            return None
        if orientation == Qt.Orientation.Horizontal:  # on two lines: the week fits at 13 pt
            day = self._view.days[section]
            return f"{screen_formatter().day(day, 'EEE')}\n{screen_formatter().day(day, 'd MMM')}"
        room, part = self._rows[section]
        return f"{room.name}\n{kind_text(part)}"
