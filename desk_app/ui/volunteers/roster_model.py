"""The roster week as a table: the parts of the day down, the seven days across."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk_app.kinds import DayPartKey
from desk_app.services.volunteers.roster import PART_ORDER, PlannedShift, week_days
from desk_app.services.volunteers.roster_gaps import RosterWeek
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_heading, kind_text

AnyIndex = QModelIndex | QPersistentModelIndex


class RosterWeekModel(QAbstractTableModel):
    """One cell per day and part: who does what, "dicht" when the centre is closed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.week: RosterWeek | None = None
        self._cells: dict[tuple[date, DayPartKey], list[PlannedShift]] = {}
        self._gaps: set[tuple[date, DayPartKey]] = set()

    def set_week(self, week: RosterWeek) -> None:
        """Show another week, or the same week anew (a model reset)."""
        self.beginResetModel()
        self.week = week
        self._cells = defaultdict(list)
        for shift in week.shifts:
            self._cells[(shift.day, shift.part)].append(shift)
        self._gaps = {(gap.day, gap.part) for gap in week.gaps}
        self.endResetModel()

    def slot(self, index: AnyIndex) -> tuple[date, DayPartKey]:
        """The day and part of the day of a cell."""
        assert self.week is not None
        return week_days(self.week.monday)[index.column()], PART_ORDER[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.week is None else len(PART_ORDER)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.week is None else 7

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.week is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(*self.slot(index))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(*self.slot(index))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.week is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return kind_heading(PART_ORDER[section])
        # The day and its number only: seven columns fit the largest text; the title has the month.
        return screen_formatter().day(week_days(self.week.monday)[section], "EEE d")

    def _text(self, day: date, part: DayPartKey) -> str:
        assert self.week is not None
        if day in self.week.holidays:
            return self.tr("dicht: {name}").format(name=self.week.holidays[day])
        if part not in self.week.open_parts.get(day, ()):
            return self.tr("dicht")
        lines = [
            self.tr("{task}: {name}").format(task=kind_text(s.task), name=s.name)
            for s in self._cells.get((day, part), [])
        ]
        if (day, part) in self._gaps:
            lines.append(self.tr("(gat)"))
        return "\n".join(lines)
