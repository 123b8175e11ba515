"""The booking dialog: a room once or repeating, by part of the day or between two times."""

from __future__ import annotations

from datetime import date, time
from uuid import UUID

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.kinds import DayPartKey, Recurrence
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import (
    STANDARD_EXTRAS,
    BookingInfo,
    BookingRequest,
    ExtraLine,
    book_room,
)
from desk_app.services.rooms.hirers import hirers
from desk_app.services.rooms.rates import RoomInfo
from desk_app.services.rooms.series import Repeat, SeriesConflicts, SeriesRequest, book_series
from desk_app.services.uow import UnitOfWork
from desk_app.ui.messages import error_text, kind_text, text_of
from desk_app.ui.modal import open_dialog
from desk_app.ui.rooms.common import MessageLine, chosen_part, from_qdate, to_qdate
from desk_app.ui.rooms.hirer_dialog import HirerDialog
from desk_app.ui.touch import big_button, touch_sized


class BookingDialog(QDialog):
    """Asks who, how many, which extras and how often; the service decides whether it fits."""

    def __init__(
        self,
        uow: UnitOfWork,
        actor: Actor,
        rooms: list[RoomInfo],
        start: tuple[RoomInfo, date, DayPartKey | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zaal boeken"))
        self._uow, self._actor = uow, actor
        self._skip: set[date] = set()
        self.booked: list[BookingInfo] = []
        room, day, part = start
        self.room = touch_sized(QComboBox(self))
        for option in rooms:
            self.room.addItem(f"{option.name} ({option.capacity})", str(option.id))
        self.room.setCurrentIndex(max(0, self.room.findData(str(room.id))))
        self.day = touch_sized(QDateEdit(to_qdate(day), self))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.part = touch_sized(QComboBox(self))
        for key in DayPartKey:
            self.part.addItem(kind_text(key), key)
        self.part.addItem(self.tr("eigen tijden"), None)
        self.part.setCurrentIndex(self.part.findData(part) if part else len(DayPartKey))
        self.starts = touch_sized(QTimeEdit(QTime(9, 0), self))
        self.ends = touch_sized(QTimeEdit(QTime(12, 0), self))
        self.part.currentIndexChanged.connect(self._part_changed)
        self.hirer = touch_sized(QComboBox(self))
        self.people = touch_sized(QSpinBox(self))
        self.people.setRange(0, 999)
        self.people.setValue(min(10, room.capacity))
        self.description = touch_sized(QLineEdit(self))
        self.extras = [QCheckBox(extra.description, self) for extra in STANDARD_EXTRAS]
        self.confirmed = QCheckBox(self.tr("Bevestigd (anders een optie)"), self)
        self.repeat = touch_sized(QComboBox(self))
        self.repeat.addItem(kind_text(Recurrence.ONCE), None)
        for repeat in Repeat:  # a series repeats as an activity recurs, and reads the same
            self.repeat.addItem(kind_text(Recurrence(repeat.value)), repeat)
        self.until = touch_sized(QDateEdit(to_qdate(day).addMonths(3), self))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd-MM-yyyy")
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self.setStyleSheet(
            "QCheckBox { min-height: 44px; } QCheckBox::indicator { width: 26px; height: 26px; }"
        )
        self.message = MessageLine(self)
        self.book_button = big_button(self.tr("Boeken"), self)
        self.book_button.setDefault(True)
        self.book_button.clicked.connect(self.book)
        self._layout()
        self._load_hirers()
        self._part_changed()
        self._repeat_changed()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Zaal"), self.room)
        form.addRow(self.tr("Datum"), self.day)
        form.addRow(self.tr("Dagdeel"), self.part)
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(self.ends)
        form.addRow(self.tr("Van – tot"), times)
        new_hirer = big_button(self.tr("Nieuwe huurder…"), self)
        new_hirer.clicked.connect(self.add_hirer)
        who = QHBoxLayout()
        who.addWidget(self.hirer, 1)
        who.addWidget(new_hirer)
        form.addRow(self.tr("Huurder"), who)
        form.addRow(self.tr("Aantal personen"), self.people)
        form.addRow(self.tr("Omschrijving"), self.description)
        for box in self.extras:
            form.addRow("", box)
        form.addRow("", self.confirmed)
        form.addRow(self.tr("Herhalen"), self.repeat)
        form.addRow(self.tr("Tot en met"), self.until)
        cancel = big_button(self.tr("Annuleren"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _load_hirers(self, select: object = None) -> None:
        self.hirer.clear()
        for details in hirers(self._uow):
            self.hirer.addItem(
                f"{details.name} ({kind_text(details.tariff_class)})", str(details.id)
            )
        if select is not None:
            self.hirer.setCurrentIndex(self.hirer.findData(str(select)))

    @Slot()
    def _part_changed(self) -> None:
        custom = chosen_part(self.part) is None
        self.starts.setEnabled(custom)
        self.ends.setEnabled(custom)

    @Slot()
    def _repeat_changed(self) -> None:
        self.until.setEnabled(self.repeat.currentData() is not None)
        self._skip.clear()
        self.book_button.setText(self.tr("Boeken"))

    @Slot()
    def add_hirer(self) -> None:
        """Register a new hirer and choose them."""
        dialog = HirerDialog(self._uow, self._actor, self)
        open_dialog(dialog, lambda: self._hirer_added(dialog))

    def _hirer_added(self, dialog: HirerDialog) -> None:
        if dialog.created is not None:
            self._load_hirers(dialog.created.id)

    def request(self) -> BookingRequest:
        """The request as the form stands."""
        part = chosen_part(self.part)
        return BookingRequest(
            room_id=UUID(self.room.currentData()),
            hirer_id=UUID(self.hirer.currentData()),
            day=from_qdate(self.day.date()),
            day_part=part,
            starts=None if part else _time(self.starts.time()),
            ends=None if part else _time(self.ends.time()),
            people=self.people.value(),
            description=self.description.text(),
            confirmed=self.confirmed.isChecked(),
            extras=self._extras(),
        )

    def _extras(self) -> tuple[ExtraLine, ...]:
        chosen = []
        for box, extra in zip(self.extras, STANDARD_EXTRAS, strict=True):
            if box.isChecked():
                per_person = "per persoon" in extra.description
                quantity = max(1, self.people.value()) if per_person else 1
                chosen.append(
                    ExtraLine(extra.description, quantity, extra.unit_cents, extra.vat_rate)
                )
        return tuple(chosen)

    @Slot()
    def book(self) -> None:
        """Book once, or the whole series; conflicts are listed, and can be skipped."""
        if self.hirer.currentData() is None:
            self.message.show_error(self.tr("Kies een huurder of voeg een nieuwe huurder toe."))
            return
        try:
            self.booked = self._book()
        except SeriesConflicts as conflicts:
            self._skip |= {c.day for c in conflicts.conflicts}
            lines = "\n".join(f"{c.day:%d-%m-%Y}: {text_of(c.why)}" for c in conflicts.conflicts)
            self.message.show_error(f"{error_text(conflicts)}\n{lines}")
            self.book_button.setText(self.tr("Deze data overslaan en de rest boeken"))
            return
        except DeskError as error:
            self.message.show_error(error_text(error))
            return
        self.accept()

    def _book(self) -> list[BookingInfo]:
        request = self.request()
        data = self.repeat.currentData()
        repeat = Repeat(data) if data else None
        if repeat is None:
            return [book_room(self._uow, self._actor, request)]
        series = SeriesRequest(
            request, repeat, from_qdate(self.until.date()), frozenset(self._skip)
        )
        return book_series(self._uow, self._actor, series)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
