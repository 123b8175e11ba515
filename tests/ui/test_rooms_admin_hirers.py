"""The Huurders tab driven by clicks and typing: search, register, edit, (de)activate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desk_app.models import DayPartKey
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.hirers import HirerDetails, all_hirers
from desk_app.services.rooms.rates import active_rooms
from desk_app.services.uow import UnitOfWork
from desk_app.ui.rooms.booking_dialog import BookingDialog
from desk_app.ui.rooms.hirer_dialog import HirerDialog
from desk_app.ui.rooms.page import RoomsPage
from tests.ui.test_rooms_admin import click, click_row, page_for, retype
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

HIRERS_TAB = "Huurders"


def _dialog(qtbot: QtBot, page: RoomsPage) -> HirerDialog:
    qtbot.waitUntil(lambda: page.hirers.dialog is not None)
    dialog = page.hirers.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _stored(uow: UnitOfWork, name: str) -> HirerDetails:
    return next(h for h in all_hirers(uow) if h.name == name)


def _shown(page: RoomsPage) -> list[list[str]]:
    proxy = page.hirers.proxy
    return [
        [str(proxy.index(r, c).data()) for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def _choices(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_desk_finds_and_edits_a_hirer_and_a_wrong_iban_is_caught_at_once(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, receptionist: Actor
) -> None:
    make.hirer(uow, desk_manager)
    make.hirer(uow, desk_manager, "Bakkerij Brood BV")
    page = page_for(qtbot, uow, receptionist, HIRERS_TAB)
    qtbot.keyClicks(page.hirers.search, "KEU")
    qtbot.waitUntil(lambda: len(_shown(page)) == 1)
    assert _shown(page)[0] == [
        "Biljartclub De Keu",
        "organisatie",
        "maatschappelijk",
        "Jan de Boer",
        "Amstelveen",
        "ja",
    ]
    click_row(qtbot, page.hirers.table, "Biljartclub De Keu")
    click(qtbot, page.hirers.edit_button)
    dialog = _dialog(qtbot, page)
    assert dialog.windowTitle() == "Huurder wijzigen"
    assert not dialog.tariff.isEnabled()  # a new tariff class is the manager's decision
    retype(qtbot, dialog.fields["street"], "Keulaan 5")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    retype(qtbot, dialog.fields["iban"], "NL91 ABNA 0417 1643 01")
    qtbot.keyClick(dialog.fields["iban"], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not dialog.fields["iban"].hasFocus())
    qtbot.waitUntil(dialog.message.isVisible)
    assert "klopt niet" in dialog.message.text()
    assert _stored(uow, "Biljartclub De Keu").street == "Keulaan 3"
    retype(qtbot, dialog.fields["iban"], "NL91 ABNA 0417 1643 00")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "opgeslagen" in page.hirers.message.text())
    stored = _stored(uow, "Biljartclub De Keu")
    assert (stored.street, stored.iban) == ("Keulaan 5", "NL91ABNA0417164300")


def test_a_new_hirer_is_registered_from_the_tab(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, receptionist: Actor
) -> None:
    page = page_for(qtbot, uow, receptionist, HIRERS_TAB)
    click(qtbot, page.hirers.add_button)
    dialog = _dialog(qtbot, page)
    qtbot.keyClicks(dialog.name, "Koor Zanglust")
    qtbot.keyClicks(dialog.fields["city"], "Amstelveen")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: any(row[0] == "Koor Zanglust" for row in _shown(page)))
    assert page.hirers.table.currentIndex().data() == "Koor Zanglust"
    assert _stored(uow, "Koor Zanglust").city == "Amstelveen"


def test_an_inactive_hirer_is_no_longer_offered_for_booking(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, receptionist: Actor
) -> None:
    make.room(uow, desk_manager)
    make.hirer(uow, desk_manager)
    make.hirer(uow, desk_manager, "Bakkerij Brood BV")
    page = page_for(qtbot, uow, receptionist, HIRERS_TAB)
    click_row(qtbot, page.hirers.table, "Biljartclub De Keu")
    click(qtbot, page.hirers.active_button)
    qtbot.waitUntil(lambda: "inactief" in page.hirers.message.text())
    assert page.hirers.active_button.text() == "Weer actief maken"
    assert not _stored(uow, "Biljartclub De Keu").active
    row = next(r for r in _shown(page) if r[0] == "Biljartclub De Keu")
    assert row[-1] == "nee"

    room = active_rooms(uow)[0]
    page.open_booking_dialog(room, MONDAY, DayPartKey.EVENING)
    booking = page.dialog
    assert isinstance(booking, BookingDialog)
    assert _choices(booking.hirer) == ["Bakkerij Brood BV (maatschappelijk)"]
    booking.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    click(qtbot, page.hirers.active_button)
    qtbot.waitUntil(lambda: _stored(uow, "Biljartclub De Keu").active)
    assert page.hirers.active_button.text() == "Op inactief zetten"


def test_a_hirer_with_a_booking_to_come_stays_active_and_the_tab_says_why(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, receptionist: Actor
) -> None:
    room_id, hirer_id = make.room(uow, desk_manager), make.hirer(uow, desk_manager)
    book_room(uow, desk_manager, make.request(room_id, hirer_id))
    page = page_for(qtbot, uow, receptionist, HIRERS_TAB)
    click_row(qtbot, page.hirers.table, "Biljartclub De Keu")
    click(qtbot, page.hirers.active_button)
    qtbot.waitUntil(page.hirers.message.isVisible)
    assert "nog 1 boeking(en) die nog moeten komen" in page.hirers.message.text()
    assert _stored(uow, "Biljartclub De Keu").active


def test_the_manager_moves_a_hirer_to_the_commercial_tariff(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    make.hirer(uow, desk_manager)
    page = page_for(qtbot, uow, desk_manager, HIRERS_TAB)
    click_row(qtbot, page.hirers.table, "Biljartclub De Keu")
    qtbot.mouseDClick(
        page.hirers.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.hirers.table.visualRect(page.hirers.table.currentIndex()).center(),
    )
    dialog = _dialog(qtbot, page)
    assert dialog.tariff.isEnabled()
    dialog.tariff.setFocus()
    qtbot.keyClick(dialog.tariff, Qt.Key.Key_Down)
    assert dialog.tariff.currentText() == "commercieel"
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: _shown(page)[0][2] == "commercieel")
