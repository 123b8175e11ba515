"""Find a free room for a number of people on a date and time, and book it from the result."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
from desk_app.ui.rooms.common import MessageLine, chosen_part, from_qdate, to_qdate
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
        self.day = touch_sized(QDateEdit(to_qdate(uow.now().astimezone(LOCAL_ZONE).date()), self))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
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

    @Slot()
    def search(self) -> None:
        """List the free rooms that hold the group, smallest first."""
        part = chosen_part(self.part)
        span = None if part else (_time(self.starts.time()), _time(self.ends.time()))
        self.results.clear()
        day, people = from_qdate(self.day.date()), self.people.value()
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
                from_qdate(self.day.date()),
                chosen_part(self.part),
            )
        )


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
