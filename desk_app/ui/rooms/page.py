"""The room-hire page: calendar, free rooms, occupancy, invoices, rooms and rates, hirers."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import DayPartKey
from desk_app.services.auth import Actor
from desk_app.services.rooms.booking_changes import get_booking
from desk_app.services.rooms.calendar import week_view
from desk_app.services.rooms.rates import RoomInfo, active_rooms
from desk_app.ui.context import PageContext
from desk_app.ui.empty_hint import EmptyHint
from desk_app.ui.heading import page_heading
from desk_app.ui.modal import open_dialog
from desk_app.ui.page import Page
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.booking_details import BookingDetails
from desk_app.ui.rooms.booking_dialog import BookingDialog
from desk_app.ui.rooms.common import MessageLine
from desk_app.ui.rooms.free_room import FreeRoomFinder
from desk_app.ui.rooms.hirers_view import HirersView
from desk_app.ui.rooms.invoices_view import InvoicesView
from desk_app.ui.rooms.new_booking import next_free_start
from desk_app.ui.rooms.occupancy_view import OccupancyView
from desk_app.ui.rooms.rooms_admin import RoomsAdminView
from desk_app.ui.rooms.week_calendar import WeekCalendar
from desk_app.ui.rooms.week_model import Cell
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.touch import big_button

NEW_BOOKING_KEYS = "Ctrl+N"


class RoomsPage(Page):
    """Zalen: book a room from the calendar or the free-room search; see occupancy and invoices.

    The last two tabs keep the rooms with their rates (the manager's) and the hirers.

    Signals:
        bookings_changed: a booking was made, changed or invoiced here.
    """

    bookings_changed = Signal()
    icon_name = "zalen"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        uow, current_actor = context.uow, context.current_actor
        self._uow, self._current_actor = uow, current_actor
        self.calendar = WeekCalendar(uow, self)
        self.finder = FreeRoomFinder(uow, self)
        self.occupancy = OccupancyView(uow, self)
        self.invoices = InvoicesView(context, self)
        self.rooms_admin = RoomsAdminView(uow, current_actor, self)
        self.hirers = HirersView(uow, current_actor, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.calendar, self.tr("Weekagenda"))
        self.tabs.addTab(self.finder, self.tr("Vrije zaal zoeken"))
        self.tabs.addTab(self.occupancy, self.tr("Bezetting"))
        self.tabs.addTab(self.invoices, self.tr("Facturen"))
        self.tabs.addTab(self.rooms_admin, self.tr("Zalen en tarieven"))
        self.tabs.addTab(self.hirers, self.tr("Huurders"))
        self.tab_buttons = TabButtons(self.tabs, self)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.message = MessageLine(self)
        self.act = PageAction(current_actor, self.message, self.changed.emit)
        self.dialog: QDialog | None = None  # the booking dialog open now, if any
        self.empty = EmptyHint(
            self.tr("Nog geen zalen. Voeg de zalen toe die het buurthuis verhuurt."),
            self.tr("Zaal toevoegen"),
            self,
        )
        self.empty.action_requested.connect(self.add_first_room)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        heading = page_heading(self, self.icon_name, self.title())
        heading.addWidget(self._new_booking_button())
        layout.addLayout(heading)
        layout.addWidget(self.message)
        layout.addWidget(self.tab_buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        self.calendar.free_cell_clicked.connect(self._book_cell)
        self.calendar.booking_clicked.connect(self._open_booking)
        self.finder.room_chosen.connect(self._book_found)
        self.rooms_admin.rooms_changed.connect(self.calendar.refresh)
        self.rooms_admin.rooms_changed.connect(self._show_empty_hint)
        self.hirers.hirers_changed.connect(self.invoices.refresh)
        self._only_open_tab_sizes()
        self.refresh()

    def title(self) -> str:
        """The section's name."""
        return self.tr("Zalen")

    @Slot()
    def refresh(self) -> None:
        """Reload what the open tab shows."""
        self._show_empty_hint()
        widget = self.tabs.currentWidget()
        if widget is self.calendar:
            self.calendar.refresh()
        elif widget is self.occupancy:
            self.occupancy.refresh()
        elif widget is self.invoices:
            self.invoices.refresh()
        elif widget in (self.rooms_admin, self.hirers):
            widget.refresh()

    @Slot()
    def _show_empty_hint(self) -> None:
        """A centre without rooms is told how to add them, above the (empty) agenda."""
        self.empty.setVisible(not active_rooms(self._uow))

    @Slot()
    def add_first_room(self) -> None:
        """Open the rooms tab with a new room's form."""
        self.tabs.setCurrentWidget(self.rooms_admin)
        self.rooms_admin.add_room()

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        self._only_open_tab_sizes()
        self.refresh()

    def _only_open_tab_sizes(self) -> None:
        """The page is as wide as its open tab needs, so a wide hidden tab cannot push the
        Nieuwe boeking button and the agenda off a screen at the largest text."""
        shown = self.tabs.currentWidget()
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            assert tab is not None
            policy = QSizePolicy.Policy.Preferred if tab is shown else QSizePolicy.Policy.Ignored
            tab.setSizePolicy(policy, policy)

    def _actor(self) -> Actor | None:
        """The person at the desk, the login request (if any) gone once someone is."""
        actor = self.act.actor()
        if actor is not None:
            self.message.hide()
        return actor

    def _new_booking_button(self) -> QPushButton:
        keys = QKeySequence(NEW_BOOKING_KEYS)
        native = keys.toString(QKeySequence.SequenceFormat.NativeText)
        self.new_booking = big_button(self.tr("Nieuwe boeking ({keys})").format(keys=native), self)
        self.new_booking.setToolTip(self.tr("Een zaal boeken, vanaf het eerste vrije dagdeel"))
        self.new_booking.clicked.connect(self.start_new_booking)
        QShortcut(keys, self, self.new_booking.click)
        return self.new_booking

    @Slot()
    def start_new_booking(self) -> None:
        """The booking dialog on today's next free part of the day (or tomorrow's first)."""
        today = self._uow.now().astimezone(LOCAL_ZONE)
        start = next_free_start(week_view(self._uow, today.date()), today)
        if start is None:
            self.message.show_error(
                self.tr("Er is nog geen zaal. Voeg eerst een zaal toe bij Zalen en tarieven.")
            )
            return
        room, part, days_later = start
        self.open_booking_dialog(room, today.date() + timedelta(days=days_later), part)

    @Slot(object)
    def _book_cell(self, cell: Cell) -> None:
        self.open_booking_dialog(cell.room, cell.day, cell.part)

    @Slot(object)
    def _book_found(self, chosen: tuple[RoomInfo, date, DayPartKey | None]) -> None:
        self.open_booking_dialog(*chosen)

    def open_booking_dialog(self, room: RoomInfo, day: date, part: DayPartKey | None) -> None:
        """The booking dialog for a room on a day; the calendar shows the result."""
        actor = self._actor()
        if actor is None:
            return
        dialog = BookingDialog(self._uow, actor, active_rooms(self._uow), (room, day, part), self)
        dialog.accepted.connect(lambda: self._booked(dialog))
        self._open(dialog)

    def _booked(self, dialog: BookingDialog) -> None:
        day = dialog.day.day()
        self.tabs.setCurrentWidget(self.calendar)
        if day is not None:
            self.calendar.go_to(day)
        if dialog.summary is not None:
            self.message.show_info(dialog.summary)
        self.bookings_changed.emit()

    def _open(self, dialog: QDialog) -> None:
        """Open a dialog window-modal, without a nested event loop that would block the page."""
        self.dialog = open_dialog(dialog, closed=self._dialog_closed)

    def _dialog_closed(self) -> None:
        self.dialog = None

    @Slot(object)
    def _open_booking(self, cell: Cell) -> None:
        actor = self._actor()
        if actor is None or cell.entry is None:
            return
        booking = get_booking(self._uow, cell.entry.booking_id)
        dialog = BookingDetails(self._uow, actor, booking, self)
        dialog.finished.connect(lambda _result: self._details_closed(dialog))
        self._open(dialog)

    def _details_closed(self, dialog: BookingDetails) -> None:
        if dialog.changed:
            self.calendar.refresh()
            self.bookings_changed.emit()
