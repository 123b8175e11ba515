"""The week calendar: go by week or to a date; click a free cell to book, a booking to open it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.formatting import LOCAL_ZONE
from desk_app.services.rooms.calendar import week_view
from desk_app.services.uow import UnitOfWork
from desk_app.ui.flow import FlowLayout
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.rooms.date_field import DateField
from desk_app.ui.rooms.week_model import Cell, WeekModel
from desk_app.ui.touch import big_button
from desk_app.ui.wrap_delegate import WrapAnywhereDelegate


class WeekCalendar(QWidget):
    """One week of every room, by parts of the day.

    Signals:
        free_cell_clicked: a free, open cell was clicked (its ``Cell``).
        booking_clicked: a booked cell was clicked (its ``Cell``).
    """

    free_cell_clicked = Signal(object)
    booking_clicked = Signal(object)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow = uow
        self._day = uow.now().astimezone(LOCAL_ZONE).date()
        self.model = WeekModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # a long name wraps inside its cell, however large the text, rather than being cut
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setItemDelegate(WrapAnywhereDelegate(self.table))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(52)
        self.table.clicked.connect(self._clicked)
        self.week_label = QLabel(self)
        self.week_label.setWordWrap(True)  # at the largest text it takes two lines
        self.date_edit = DateField(self._day, self._today, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._navigation())
        layout.addWidget(self.week_label)
        layout.addWidget(self.table)

    def _navigation(self) -> FlowLayout:
        """Week by week, and a date to jump to; the row wraps, each button keeps its text."""
        bar = FlowLayout()
        for text, slot in (
            (self.tr("◀ Vorige week"), self.previous_week),
            (self.tr("Vandaag"), self.this_week),
            (self.tr("Volgende week ▶"), self.next_week),
        ):
            button = big_button(text, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(self.date_edit)
        go = big_button(self.tr("Ga naar datum"), self)
        go.clicked.connect(self.go_to_chosen_date)
        self.date_edit.line.returnPressed.connect(go.click)
        bar.addWidget(go)
        return bar

    def _narrowest_day(self) -> int:
        """A day's column holds its date and a booking's times whole; past that it scrolls sideways.

        Not the longest name: at the usual size the whole week fits on a 1366 px desk, and a
        name too long for its cell is whole in the cell's tooltip.
        """
        times = self.table.fontMetrics().horizontalAdvance("00:00–00:00") + 8  # the margins
        header = self.table.horizontalHeader()
        days = (header.sectionSizeFromContents(i).width() for i in range(header.count()))
        return max(times, *days)

    def _today(self) -> date:
        return self._uow.now().astimezone(LOCAL_ZONE).date()

    @Slot()
    def refresh(self) -> None:
        """Reload the shown week from the database."""
        view = week_view(self._uow, self._day)
        self.model.set_week(view)
        self.table.horizontalHeader().setMinimumSectionSize(self._narrowest_day())
        self.date_edit.set_day(self._day)
        week = view.monday.isocalendar().week
        self.week_label.setText(
            self.tr("Week {week}: {first} t/m {last}").format(
                week=week,
                first=screen_formatter().numeric(view.monday, year=False),
                last=screen_formatter().numeric(view.monday + timedelta(days=6)),
            )
        )

    def go_to(self, day: date) -> None:
        """Show the week that holds ``day``."""
        self._day = day
        self.refresh()

    @Slot()
    def go_to_chosen_date(self) -> None:
        day = self.date_edit.day()
        if day is not None:
            self.go_to(day)

    @Slot()
    def previous_week(self) -> None:
        self.go_to(self._day - timedelta(days=7))

    @Slot()
    def next_week(self) -> None:
        self.go_to(self._day + timedelta(days=7))

    @Slot()
    def this_week(self) -> None:
        self.go_to(self._today())

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        cell: Cell = self.model.cell(index)
        if cell.entry is not None:
            self.booking_clicked.emit(cell)
        elif cell.is_open:
            self.free_cell_clicked.emit(cell)
