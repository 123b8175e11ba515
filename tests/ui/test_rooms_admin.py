"""The Zalen page's rooms-and-rates tab driven by clicks and typing: add, rate, book, refuse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.models import Booking, DayPartKey, Room, RoomRate, TariffClass
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.rooms.parties import party_limit
from desk_app.services.rooms.rates import rates_of_room
from desk_app.services.rooms.room_admin import all_rooms
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.rooms.booking_dialog import BookingDialog
from desk_app.ui.rooms.page import RoomsPage
from desk_app.ui.rooms.room_dialog import RoomDialog
from tests.ui.inline_jobs import InlineJobs
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

ROOMS_TAB = "Zalen en tarieven"


def page_for(qtbot: QtBot, uow: UnitOfWork, actor: Actor | None, title: str) -> RoomsPage:
    """The Zalen page with the tab called ``title`` opened by a click on it."""
    page = RoomsPage(
        PageContext(uow, DataFolder(uow.database.path.parent), lambda: actor, jobs=InlineJobs())
    )
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == title)
    qtbot.mouseClick(page.tab_buttons.buttons[index], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == index)
    return page


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A left click in the middle of ``widget``."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, table: QTableView, text: str) -> None:
    """Click the line whose first cell reads ``text``."""
    model = table.model()
    index = next(
        model.index(row, 0) for row in range(model.rowCount()) if model.index(row, 0).data() == text
    )
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.currentIndex().row() == index.row())


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what is in a field and type ``text`` over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _room_dialog(qtbot: QtBot, page: RoomsPage) -> RoomDialog:
    qtbot.waitUntil(lambda: page.rooms_admin.dialog is not None)
    dialog = page.rooms_admin.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _count(uow: UnitOfWork, model: type[Room | RoomRate | Booking]) -> int:
    with uow.read() as tx:
        return tx.session.scalar(select(func.count()).select_from(model)) or 0


def _calendar_rooms(page: RoomsPage) -> set[str]:
    model = page.calendar.model
    headers = (model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount()))
    return {str(h).split("\n")[0] for h in headers}


def test_the_manager_adds_a_room_rates_it_and_a_booking_uses_the_rate(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.hirer(uow, desk_manager)
    page = page_for(qtbot, uow, desk_manager, ROOMS_TAB)
    admin = page.rooms_admin
    click(qtbot, admin.add_button)
    dialog = _room_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name, "Muziekzaal")
    retype(qtbot, dialog.capacity, "25")
    qtbot.keyClicks(dialog.facilities, "piano, beamer")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: admin.rates.room is not None and admin.rates.room.name == "Muziekzaal")
    (room,) = all_rooms(uow)
    assert (room.capacity, room.facilities) == (25, "piano, beamer")
    assert "Muziekzaal" in _calendar_rooms(page)

    social = admin.rates.fields[TariffClass.SOCIAL]
    retype(qtbot, social.part, "45,50")
    retype(qtbot, social.hour, "12")
    click(qtbot, admin.save_rates_button)
    qtbot.waitUntil(lambda: "opgeslagen" in admin.message.text())
    rate = rates_of_room(uow, room.id)[TariffClass.SOCIAL]
    assert (rate.part_of_day_cents, rate.hour_cents, rate.vat_rate) == (4550, 1200, 0)
    assert TariffClass.COMMERCIAL not in rates_of_room(uow, room.id)

    page.open_booking_dialog(room, MONDAY, DayPartKey.EVENING)
    booking = page.dialog
    assert isinstance(booking, BookingDialog)
    qtbot.waitUntil(booking.isVisible)
    booking.hirer.setCurrentIndex(0)  # no hirer is chosen for the desk
    click(qtbot, booking.book_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    with uow.read() as tx:
        assert tx.session.scalars(select(Booking.price_cents)).one() == 4550


def test_a_room_with_capacity_zero_stays_in_the_dialog_with_the_reason(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    page = page_for(qtbot, uow, desk_manager, ROOMS_TAB)
    click(qtbot, page.rooms_admin.add_button)
    dialog = _room_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name, "Atelier")
    retype(qtbot, dialog.capacity, "0")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.message.isVisible)
    assert "capaciteit" in dialog.message.text()
    assert dialog.isVisible()
    assert _count(uow, Room) == 0


def test_a_changed_room_is_shown_and_leaves_the_calendar_when_out_of_use(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    make.room(uow, desk_manager, "Atelier", 12)
    page = page_for(qtbot, uow, desk_manager, ROOMS_TAB)
    admin = page.rooms_admin
    click_row(qtbot, admin.table, "Atelier")
    click(qtbot, admin.edit_button)
    dialog = _room_dialog(qtbot, page)
    retype(qtbot, dialog.name, "Schilderatelier")
    qtbot.keyClick(dialog.active, Qt.Key.Key_Space)
    assert not dialog.active.isChecked()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "Schilderatelier is opgeslagen." in admin.message.text())
    names = {admin.proxy.index(r, 0).data() for r in range(admin.proxy.rowCount())}
    assert names == {"Grote zaal", "Schilderatelier"}
    assert _calendar_rooms(page) == {"Grote zaal"}


def test_a_wrongly_typed_rate_writes_nothing(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    room_id = make.room(uow, desk_manager)
    page = page_for(qtbot, uow, desk_manager, ROOMS_TAB)
    admin = page.rooms_admin
    commercial = admin.rates.fields[TariffClass.COMMERCIAL]
    retype(qtbot, commercial.part, "12,5x")
    retype(qtbot, admin.rates.fields[TariffClass.SOCIAL].part, "60")
    click(qtbot, admin.save_rates_button)
    qtbot.waitUntil(admin.message.isVisible)
    assert "12,5x is geen bedrag" in admin.message.text()
    retype(qtbot, commercial.part, "-5")
    click(qtbot, admin.save_rates_button)
    qtbot.waitUntil(lambda: "negatief" in admin.message.text())
    assert rates_of_room(uow, room_id)[TariffClass.SOCIAL].part_of_day_cents == 5000


def test_a_volunteer_sees_rooms_and_rates_but_the_manager_must_change_them(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, receptionist: Actor
) -> None:
    room_id = make.room(uow, desk_manager)
    page = page_for(qtbot, uow, receptionist, ROOMS_TAB)
    admin = page.rooms_admin
    assert admin.hint.isVisible()
    social = admin.rates.fields[TariffClass.SOCIAL]
    assert (social.part.text(), social.part.isReadOnly()) == ("50,00", True)
    for button in (admin.add_button, admin.edit_button, admin.save_rates_button):
        admin.message.hide()
        click(qtbot, button)
        qtbot.waitUntil(admin.message.isVisible)
        assert "Laat de sociaal beheerder inloggen" in admin.message.text()
    assert admin.dialog is None
    assert _count(uow, Room) == 1
    assert rates_of_room(uow, room_id)[TariffClass.SOCIAL].part_of_day_cents == 5000


def test_the_manager_sets_the_municipalitys_maximum_of_private_parties(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.room(uow, desk_manager)
    page = page_for(qtbot, uow, desk_manager, ROOMS_TAB)
    admin = page.rooms_admin
    assert admin.parties.value() == 4  # the usual bylaw's number until the manager sets it
    retype(qtbot, admin.parties, "2")
    click(qtbot, admin.save_parties_button)
    assert admin.message.text() == "Het maximum aantal besloten feesten is opgeslagen."
    assert party_limit(uow) == 2
