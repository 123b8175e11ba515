"""The booking dialog: a room once or repeating, by part of the day or between two times."""

from __future__ import annotations

from datetime import date, time
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, QTime, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import DayPartKey, Recurrence
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import (
    STANDARD_EXTRAS,
    BookingInfo,
    BookingRequest,
    ExtraLine,
    book_room,
)
from desk_app.services.rooms.calendar import day_part_times
from desk_app.services.rooms.hirers import hirers
from desk_app.services.rooms.rates import RoomInfo
from desk_app.services.rooms.series import (
    MAX_SERIES_TIMES,
    Repeat,
    SeriesConflicts,
    SeriesRequest,
    book_series,
    skipped_days,
)
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import FittingLayout
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import error_text, kind_text, text_of
from desk_app.ui.modal import open_dialog
from desk_app.ui.rooms.common import MessageLine, chosen_part
from desk_app.ui.rooms.date_field import DateField
from desk_app.ui.rooms.hirer_dialog import HirerDialog
from desk_app.ui.touch import big_button, touch_sized


class BookingDialog(QDialog):
    """Asks who, how many, which extras and how often; the service decides whether it fits.

    After a series ``summary`` says how many dates were booked and which were skipped.
    """

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
        self._part_times = day_part_times(uow)
        self.booked: list[BookingInfo] = []
        self.summary: str | None = None
        room, day, part = start
        self.room = touch_sized(QComboBox(self))
        for option in rooms:
            self.room.addItem(f"{option.name} ({option.capacity})", str(option.id))
        self.room.setCurrentIndex(max(0, self.room.findData(str(room.id))))
        self.day = DateField(day, self._today, self)
        self.part = touch_sized(QComboBox(self))
        for key in DayPartKey:
            self.part.addItem(kind_text(key), key)
        self.part.addItem(self.tr("eigen tijden"), None)
        self.part.setCurrentIndex(self.part.findData(part) if part else len(DayPartKey))
        self.starts = touch_sized(QTimeEdit(QTime(9, 0), self))
        self.ends = touch_sized(QTimeEdit(QTime(12, 0), self))
        self.starts.setAccessibleName(self.tr("Begintijd"))
        self.ends.setAccessibleName(self.tr("Eindtijd"))
        self.part.currentIndexChanged.connect(self._part_changed)
        self.hirer = touch_sized(QComboBox(self))
        self.hirer.setPlaceholderText(self.tr("Kies een huurder"))
        self.people = touch_sized(QSpinBox(self))
        self.people.setRange(0, 999)
        self.people.setValue(min(10, room.capacity))
        self.description = touch_sized(QLineEdit(self))
        self.extras = [
            QCheckBox(QCoreApplication.translate("Extras", extra.description), self)
            for extra in STANDARD_EXTRAS
        ]
        self.confirmed = QCheckBox(self.tr("Bevestigd (anders een optie)"), self)
        self.private_party = QCheckBox(self.tr("Besloten feest met alcohol"), self)
        self.private_party.setToolTip(
            self.tr("Telt mee voor het maximum aantal feesten per jaar van de gemeente")
        )
        self.for_outsiders = QCheckBox(self.tr("Voor publiek van buiten (geen alcohol)"), self)
        self._repeat_fields(day)
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

    def _repeat_fields(self, day: date) -> None:
        self.repeat = touch_sized(QComboBox(self))
        self.repeat.addItem(kind_text(Recurrence.ONCE), None)
        for repeat in Repeat:  # a series repeats as an activity recurs, and reads the same
            self.repeat.addItem(kind_text(Recurrence(repeat.value)), repeat)
        self.ends_by = touch_sized(QComboBox(self))
        self.ends_by.addItem(self.tr("tot en met een datum"), "until")
        self.ends_by.addItem(self.tr("een aantal keer"), "times")
        self.until = DateField(_months_later(day, 3), self._today, self)
        self.times = touch_sized(QSpinBox(self))
        self.times.setRange(1, MAX_SERIES_TIMES)
        self.times.setValue(10)
        self.times.setSuffix(self.tr(" keer"))
        for combo in (self.room, self.part, self.hirer, self.repeat, self.ends_by):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel leaves it alone
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self.ends_by.currentIndexChanged.connect(self._repeat_changed)

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
        form.addRow("", self.private_party)
        form.addRow("", self.for_outsiders)
        form.addRow(self.tr("Herhalen"), self.repeat)
        form.addRow(self.tr("Eindigt na"), self.ends_by)
        form.addRow(self.tr("Tot en met"), self.until)
        form.addRow(self.tr("Aantal keer"), self.times)
        self._form = form
        cancel = big_button(self.tr("Annuleren"), self)
        cancel.clicked.connect(self.reject)
        self.fitting = FittingLayout(self, form, self.message, (self.book_button, cancel))

    def _today(self) -> date:
        return self._uow.now().astimezone(LOCAL_ZONE).date()

    def _load_hirers(self, select: object = None) -> None:
        self.hirer.clear()
        for details in hirers(self._uow):
            self.hirer.addItem(
                f"{details.name} ({kind_text(details.tariff_class)})", str(details.id)
            )
        self.hirer.setCurrentIndex(-1 if select is None else self.hirer.findData(str(select)))

    @Slot()
    def _part_changed(self) -> None:
        part = chosen_part(self.part)
        self.starts.setEnabled(part is None)
        self.ends.setEnabled(part is None)
        if part is not None and part in self._part_times:
            starts, ends = self._part_times[part]
            self.starts.setTime(QTime(starts.hour, starts.minute))
            self.ends.setTime(QTime(ends.hour, ends.minute))

    @Slot()
    def _repeat_changed(self) -> None:
        series = self.repeat.currentData() is not None
        by_times = self.ends_by.currentData() == "times"
        self._form.setRowVisible(self.ends_by, series)
        self._form.setRowVisible(self.until, series and not by_times)
        self._form.setRowVisible(self.times, series and by_times)
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

    def request(self, day: date) -> BookingRequest:
        """The request as the form stands, on ``day``."""
        part = chosen_part(self.part)
        return BookingRequest(
            room_id=UUID(self.room.currentData()),
            hirer_id=UUID(self.hirer.currentData()),
            day=day,
            day_part=part,
            starts=None if part else _time(self.starts.time()),
            ends=None if part else _time(self.ends.time()),
            people=self.people.value(),
            description=self.description.text(),
            confirmed=self.confirmed.isChecked(),
            extras=self._extras(),
            private_party=self.private_party.isChecked(),
            for_outsiders=self.for_outsiders.isChecked(),
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

    def _refusal(self) -> str | None:
        """What the form lacks before the service can be asked, in the desk's words."""
        if self.hirer.currentData() is None:
            return self.tr("Kies eerst een huurder, of voeg een nieuwe huurder toe.")
        problem = self.day.problem()
        if problem is None and self._series() is not None and not self._by_times():
            problem = self.until.problem()
        return problem

    @Slot()
    def book(self) -> None:
        """Book once, or the whole series; conflicts are listed, and can be skipped."""
        refusal = self._refusal()
        if refusal is not None:
            self._show(refusal)
            return
        try:
            self.booked = self._book()
        except SeriesConflicts as conflicts:
            self._skip |= {c.day for c in conflicts.conflicts}
            screen = screen_formatter()
            lines = "\n".join(
                f"{screen.numeric(c.day)}: {text_of(c.why)}" for c in conflicts.conflicts
            )
            self.book_button.setText(self.tr("Deze data overslaan en de rest boeken"))
            self._show(f"{error_text(conflicts)}\n{lines}")
            return
        except DeskError as error:
            self._show(error_text(error))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.message.show_error(text)
        self.fitting.fit()

    def _series(self) -> Repeat | None:
        data = self.repeat.currentData()
        return Repeat(data) if data else None

    def _by_times(self) -> bool:
        return bool(self.ends_by.currentData() == "times")

    def _book(self) -> list[BookingInfo]:
        day = self.day.day()
        assert day is not None  # _refusal checked it
        request, repeat = self.request(day), self._series()
        if repeat is None:
            return [book_room(self._uow, self._actor, request)]
        series = SeriesRequest(
            request,
            repeat,
            None if self._by_times() else self.until.day(),
            frozenset(self._skip),
            times=self.times.value() if self._by_times() else None,
        )
        booked = book_series(self._uow, self._actor, series)
        self.summary = self._summary(len(booked), skipped_days(series))
        return booked

    def _summary(self, booked: int, skipped: list[date]) -> str:
        if not skipped:
            return self.tr("{booked} geboekt.").format(booked=booked)
        return self.tr("{booked} geboekt, {skipped} overgeslagen: {days}").format(
            booked=booked,
            skipped=len(skipped),
            days=", ".join(screen_formatter().numeric(day, year=False) for day in skipped),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fitting.fit()


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    return day


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
