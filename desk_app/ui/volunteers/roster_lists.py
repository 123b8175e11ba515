"""The lists under the roster's week: its gaps, its shifts, and planned against actual."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.volunteers.roster import PlannedShift
from desk_app.services.volunteers.roster_actual import Deviation, DutyDeviation
from desk_app.services.volunteers.roster_gaps import RosterGap
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text, text_of
from desk_app.ui.table_model import Column, RowTableModel

NO_SHOW = QT_TRANSLATE_NOOP("Columns", "niet gekomen")
UNPLANNED = QT_TRANSLATE_NOOP("Columns", "geholpen zonder dienst")
SWAPPED = QT_TRANSLATE_NOOP("Columns", "geruild met {name}, akkoord: {agreed}")


def _day(row: RosterGap | PlannedShift | DutyDeviation) -> str:
    return screen_formatter().day(row.day, "EEE d MMM")


def _swap(shift: PlannedShift) -> str:
    if shift.swapped_from is None:
        return ""
    text = QCoreApplication.translate("Columns", SWAPPED)
    return text.format(name=shift.swapped_from, agreed=shift.agreed_by or "")


def _deviation(row: DutyDeviation) -> str:
    return QCoreApplication.translate(
        "Columns", NO_SHOW if row.deviation is Deviation.NO_SHOW else UNPLANNED
    )


DAY = QT_TRANSLATE_NOOP("Columns", "Dag")
PART = QT_TRANSLATE_NOOP("Columns", "Dagdeel")
GAP_COLUMNS: list[Column[RosterGap]] = [
    Column(DAY, _day, lambda gap: gap.day.isoformat()),
    Column(PART, lambda gap: kind_text(gap.part)),
    Column(QT_TRANSLATE_NOOP("Columns", "Wat ontbreekt"), lambda gap: text_of(gap.text)),
]
SHIFT_COLUMNS: list[Column[PlannedShift]] = [
    Column(DAY, _day, lambda shift: shift.day.isoformat()),
    Column(PART, lambda shift: kind_text(shift.part)),
    Column(QT_TRANSLATE_NOOP("Columns", "Taak"), lambda shift: kind_text(shift.task)),
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda shift: shift.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Ruil"), _swap),
]
DEVIATION_COLUMNS: list[Column[DutyDeviation]] = [
    Column(DAY, _day, lambda row: row.day.isoformat()),
    Column(PART, lambda row: kind_text(row.part)),
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda row: row.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Wat"), _deviation),
]


def list_view(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """A table of whole rows, one chosen at a time, its last column taking the room left."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    view.setAccessibleName(name)
    return view


class RosterLists(QTabWidget):
    """Three lists in tabs: the gaps to fill, the shifts to swap or call off, what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gaps_model: RowTableModel[RosterGap] = RowTableModel(GAP_COLUMNS, self)
        self.shifts_model: RowTableModel[PlannedShift] = RowTableModel(SHIFT_COLUMNS, self)
        self.actual_model: RowTableModel[DutyDeviation] = RowTableModel(DEVIATION_COLUMNS, self)
        self.gaps = list_view(self.gaps_model, self.tr("Gaten in het rooster"), self)
        self.shifts = list_view(self.shifts_model, self.tr("Diensten"), self)
        self.actual = list_view(self.actual_model, self.tr("Gepland en werkelijk"), self)
        self.addTab(self.gaps, self.tr("Gaten"))
        self.addTab(self.shifts, self.tr("Diensten"))
        self.addTab(self.actual, self.tr("Gepland en werkelijk"))

    def show_counts(self) -> None:
        """The tabs name how many gaps and deviations there are."""
        self.setTabText(0, self.tr("Gaten ({count})").format(count=self.gaps_model.rowCount()))
        self.setTabText(
            2, self.tr("Gepland en werkelijk ({count})").format(count=self.actual_model.rowCount())
        )
