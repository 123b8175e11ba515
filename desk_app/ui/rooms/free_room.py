"""Find a free room for a number of people on a date and time, and book it from the result."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import DayPartKey
from desk_app.services.rooms.calendar import free_rooms
from desk_app.services.rooms.rates import RoomInfo
from desk_app.services.uow import UnitOfWork
from desk_app.ui.messages import kind_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.common import MessageLine, chosen_part
from desk_app.ui.rooms.date_field import DateField
from desk_app.ui.touch import big_button, touch_sized


class FreeRoomFinder(QWidget):
    """Date, part of the day (or times) and people in; the rooms that fit and are free out.

    Signals:
        room_chosen: (room, day, part) to open the booking dialog with.
    """

    room_chosen = Signal(object)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow = uow
        self.day = DateField(self._today(), self._today, self)
        self.part = touch_sized(QComboBox(self))
        for key in DayPartKey:
            self.part.addItem(kind_text(key), key)
        self.part.addItem(self.tr("eigen tijden"), None)
        self.starts = touch_sized(QTimeEdit(QTime(9, 0), self))
        self.ends = touch_sized(QTimeEdit(QTime(12, 0), self))
        self.people = touch_sized(QSpinBox(self))
        self.people.setRange(0, 999)
        self.people.setValue(10)
        search = big_button(self.tr("Zoek een vrije zaal"), self)
        search.clicked.connect(self.search)
        self.results = QListWidget(self)
        self.results.setStyleSheet("QListWidget::item { min-height: 48px; }")
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        self.message = MessageLine(self)
        self.act = PageAction(lambda: None, self.message)
        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.day)
        form.addRow(self.tr("Dagdeel"), self.part)
        form.addRow(self.tr("Van"), self.starts)
        form.addRow(self.tr("Tot"), self.ends)
        form.addRow(self.tr("Aantal personen"), self.people)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(search)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)

    def _today(self) -> date:
        return self._uow.now().astimezone(LOCAL_ZONE).date()

    @Slot()
    def search(self) -> None:
        """List the free rooms that hold the group, smallest first."""
        part = chosen_part(self.part)
        span = None if part else (_time(self.starts.time()), _time(self.ends.time()))
        self.results.clear()
        day, people = self.day.day(), self.people.value()
        if day is None:
            self.message.show_error(self.day.problem() or "")
            return
        self.act.call(lambda: free_rooms(self._uow, day, part, span, people), self._found)

    def _found(self, found: list[RoomInfo]) -> None:
        if not found:
            self.message.show_error(self.tr("Er is dan geen zaal vrij voor zoveel mensen."))
            return
        self.message.show_info(self.tr("Tik op een zaal om hem te boeken."))
        for room in found:
            item = QListWidgetItem(
                self.tr("{name} — {capacity} personen — {facilities}").format(
                    name=room.name, capacity=room.capacity, facilities=room.facilities
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, room)
            self.results.addItem(item)

    @Slot(QListWidgetItem)
    def _chosen(self, item: QListWidgetItem) -> None:
        self.room_chosen.emit(
            (
                item.data(Qt.ItemDataRole.UserRole),
                self.day.day(),
                chosen_part(self.part),
            )
        )


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
