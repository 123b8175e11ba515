"""The first-run wizard, driven as a person would: typing, Next, Finish."""

from __future__ import annotations

import socket
import threading
from datetime import date, time
from functools import partial

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QTableWidget, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.documents.receipt_printer import open_printer
from desk_app.models import DayPartKey, TariffClass
from desk_app.services import centre, people
from desk_app.services.day_close.overview import opening_float
from desk_app.services.rooms import rates, room_admin
from desk_app.services.till import pricing
from desk_app.services.till.settings import load_settings
from desk_app.services.uow import UnitOfWork
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.wizard.first_run import FirstRunWizard
from desk_app.ui.wizard.pages import CheckedPage

PAGES_BEFORE_MANAGER = 7


@pytest.fixture
def wizard(qtbot: QtBot, desk_uow: UnitOfWork, jobs: BackgroundJobs) -> FirstRunWizard:
    return open_wizard(qtbot, desk_uow, jobs)


def open_wizard(qtbot: QtBot, uow: UnitOfWork, jobs: BackgroundJobs) -> FirstRunWizard:
    wizard = FirstRunWizard(uow, jobs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    before = wizard.currentId()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == before + 1)


def page_message(wizard: FirstRunWizard) -> str:
    page = wizard.currentPage()
    assert isinstance(page, CheckedPage)
    assert page.message.isVisible()
    return page.message.text()


def test_wizard_to_the_end_stores_the_centre(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    qtbot.keyClicks(wizard.identity.name.lineEdit(), "Buurthuis Oost")
    qtbot.keyClicks(wizard.identity.code, "OOS")
    qtbot.keyClicks(wizard.identity.street, "Dorpsstraat 1")
    qtbot.keyClicks(wizard.identity.postcode, "1181 AB")
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.numbers.coc, "12345678")
    qtbot.keyClicks(wizard.numbers.iban, "NL91ABNA0417164300")
    next_page(qtbot, wizard)
    sunday, _opens, _closes = wizard.hours.rows[6]
    qtbot.keyClick(sunday, Qt.Key.Key_Space)
    next_page(qtbot, wizard)
    wizard.parts.edits[DayPartKey.EVENING][1].setTime(QTime(23, 0))
    for _ in range(4):  # on past the suggested price list, rooms, float and no printer
        next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.manager.name, "Sanne de Vries")
    qtbot.keyClicks(wizard.manager.pin, "246813")
    qtbot.keyClicks(wizard.manager.pin_again, "246813")
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    stored = centre.centre_details(desk_uow)
    assert (stored.name, stored.code, stored.postcode) == ("Buurthuis Oost", "OOS", "1181 AB")
    assert stored.coc_number == "12345678"
    assert stored.opening_hours[6] is None
    assert stored.day_parts[DayPartKey.EVENING][1] == time(23, 0)
    assert wizard.actor is not None
    assert wizard.actor.name == "Sanne de Vries"
    assert [a.name for a in people.desk_accounts(desk_uow)] == ["Sanne de Vries"]


def test_choosing_a_known_centre_fills_its_code(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    wizard.identity.name.setCurrentText("Westend")
    assert wizard.identity.code.text() == "WES"
    wizard.identity.name.setCurrentText("Ons Huis")
    assert wizard.identity.code.text() == ""


def test_empty_name_is_refused_in_dutch(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    qtbot.keyClicks(wizard.identity.code, "OOS")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0
    assert page_message(wizard) == "Vul een naam in."
    assert not centre.is_set_up(desk_uow)


def go_to_manager_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.identity.name.setCurrentText("Alleman")
    for _ in range(PAGES_BEFORE_MANAGER):
        next_page(qtbot, wizard)


def test_letters_pin_is_refused_and_nothing_written(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    go_to_manager_page(qtbot, wizard)
    qtbot.keyClicks(wizard.manager.name, "Sanne de Vries")
    qtbot.keyClicks(wizard.manager.pin, "abcd")
    qtbot.keyClicks(wizard.manager.pin_again, "abcd")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert page_message(wizard) == "Een pincode bestaat uit 4 tot 6 cijfers."
    assert wizard.actor is None
    assert not centre.is_set_up(desk_uow)
    assert pricing.price_list(desk_uow) == []


def test_different_pins_are_refused(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    go_to_manager_page(qtbot, wizard)
    qtbot.keyClicks(wizard.manager.name, "Sanne de Vries")
    qtbot.keyClicks(wizard.manager.pin, "123456")
    qtbot.keyClicks(wizard.manager.pin_again, "123457")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page_message(wizard) == "De twee pincodes zijn niet gelijk."
    assert not centre.is_set_up(desk_uow)


def test_a_wrong_postcode_keeps_the_first_page(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    wizard.identity.name.setCurrentText("De Bolder")
    qtbot.keyClicks(wizard.identity.postcode, "nergens")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0
    assert page_message(wizard) == "De postcode klopt niet, bijvoorbeeld 1181 AB."


def go_to_page(qtbot: QtBot, wizard: FirstRunWizard, body: QWidget) -> None:
    wizard.identity.name.setCurrentText("Alleman")
    while wizard.currentPage().body is not body:  # type: ignore[attr-defined]
        next_page(qtbot, wizard)


def open_editor(viewport: QWidget) -> QLineEdit | None:
    """The cell editor now open (a closed one lingers hidden until it is deleted)."""
    return next((e for e in viewport.findChildren(QLineEdit) if e.isVisible()), None)


def edit_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-tap a cell, type over it and press Enter, as a person changes a price."""
    item = table.item(row, column)
    assert item is not None
    viewport = table.viewport()
    centre_of_cell = table.visualItemRect(item).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre_of_cell)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre_of_cell)
    qtbot.waitUntil(lambda: open_editor(viewport) is not None)
    editor = open_editor(viewport)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text() == text)


def untick(qtbot: QtBot, table: QTableWidget, name: str) -> None:
    [item] = table.findItems(name, Qt.MatchFlag.MatchExactly)
    table.setCurrentItem(item)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Unchecked


def finish_with_manager(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    while wizard.currentPage().body is not wizard.manager:  # type: ignore[attr-defined]
        next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.manager.name, "Sanne de Vries")
    qtbot.keyClicks(wizard.manager.pin, "246813")
    qtbot.keyClicks(wizard.manager.pin_again, "246813")
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def test_the_edited_starter_lists_and_float_are_stored(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    go_to_page(qtbot, wizard, wizard.products)
    products = wizard.products.table
    untick(qtbot, products, "Pils")
    edit_cell(qtbot, products, 0, 1, "1,30")
    next_page(qtbot, wizard)
    rooms = wizard.rooms.table
    untick(qtbot, rooms, "Keuken")
    edit_cell(qtbot, rooms, 0, 0, "Theaterzaal")
    edit_cell(qtbot, rooms, 0, 2, "65,00")
    next_page(qtbot, wizard)
    assert wizard.till.float.text() == "100,00"
    wizard.till.float.selectAll()
    qtbot.keyClicks(wizard.till.float, "150,00")
    finish_with_manager(qtbot, wizard)

    stored = {p.name: p for p in pricing.price_list(desk_uow)}
    assert "Pils" not in stored
    assert stored["Koffie"].price_cents == 130
    assert (stored["Rode wijn"].vat_rate, stored["Rode wijn"].is_alcohol) == (21, True)
    assert (stored["Cola"].vat_rate, stored["Cola"].is_alcohol) == (9, False)
    names = {room.name for room in room_admin.all_rooms(desk_uow)}
    assert names == {"Theaterzaal", "Vergaderkamer", "Activiteitenruimte"}
    theatre = next(r for r in room_admin.all_rooms(desk_uow) if r.name == "Theaterzaal")
    social = rates.rates_of_room(desk_uow, theatre.id)[TariffClass.SOCIAL]
    assert (social.part_of_day_cents, social.vat_rate) == (6500, 0)
    with desk_uow.read() as tx:
        assert opening_float(tx.session, date(2026, 3, 2)) == 15_000
    assert load_settings(desk_uow).printer.kind == "none"


def test_a_float_in_odd_cents_keeps_the_page(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    go_to_page(qtbot, wizard, wizard.till)
    wizard.till.float.selectAll()
    qtbot.keyClicks(wizard.till.float, "100,02")
    page = wizard.currentId()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == page
    assert "veelvoud van 5 cent" in page_message(wizard)


def test_a_price_that_is_no_amount_is_refused_by_name(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    go_to_page(qtbot, wizard, wizard.products)
    edit_cell(qtbot, wizard.products.table, 1, 1, "gratis")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage().body is wizard.products  # type: ignore[attr-defined]
    assert page_message(wizard) == "De prijs van Thee is geen bedrag, bijvoorbeeld 1,20."


class PrinterOnTheNetwork:
    """A real TCP listener on this PC that takes what a network receipt printer would."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.closed = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        with self.server:
            connection, _address = self.server.accept()
        with connection:
            while chunk := connection.recv(4096):
                self.received.extend(chunk)
        self.closed.set()


def choose_network_printer(qtbot: QtBot, wizard: FirstRunWizard, port: int) -> None:
    go_to_page(qtbot, wizard, wizard.till)
    # a tap on its round mark: the row is wider than its text
    network = wizard.till.printer_form.network
    qtbot.mouseClick(network, Qt.MouseButton.LeftButton, pos=QPoint(10, network.height() // 2))
    qtbot.keyClicks(wizard.till.printer_form.host, "127.0.0.1")
    wizard.till.printer_form.port.selectAll()
    qtbot.keyClicks(wizard.till.printer_form.port, str(port))


def test_test_print_reaches_a_network_printer_in_the_background(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    printer = PrinterOnTheNetwork()
    choose_network_printer(qtbot, wizard, printer.port)
    with qtbot.waitSignal(wizard.till.printer_form.test_finished, timeout=10_000) as finished:
        qtbot.mouseClick(wizard.till.printer_form.test, Qt.MouseButton.LeftButton)
        # the click returned at once
        assert wizard.till.printer_form.result.text() == "Bezig met afdrukken…"
    assert "afgedrukt" in str(finished.args)
    assert printer.closed.wait(5)
    assert b"Proefbon" in printer.received
    assert b"Alleman" in printer.received
    finish_with_manager(qtbot, wizard)
    stored = load_settings(desk_uow).printer
    assert (stored.kind, stored.host, stored.port) == ("network", "127.0.0.1", printer.port)


def test_a_printer_that_is_off_is_said_in_words(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    with socket.create_server(("127.0.0.1", 0)) as nobody:
        port = nobody.getsockname()[1]
    choose_network_printer(qtbot, wizard, port)
    with qtbot.waitSignal(wizard.till.printer_form.test_finished, timeout=10_000) as finished:
        qtbot.mouseClick(wizard.till.printer_form.test, Qt.MouseButton.LeftButton)
    assert "antwoordt niet" in str(finished.args)
    assert wizard.till.printer_form.result.isVisible()
    assert wizard.till.printer_form.test.isEnabled()  # the person may try again


def test_a_printer_that_never_answers_gets_a_message_within_the_wait(
    qtbot: QtBot, empty_desk: Desk, jobs: BackgroundJobs
) -> None:
    wizard = FirstRunWizard(empty_desk.uow, jobs, printer_opener=partial(open_printer, timeout=2.0))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.till.printer_form.wait_ms = 300
    with socket.create_server(("127.0.0.1", 0), backlog=0) as full:
        port = full.getsockname()[1]
        waiting = [socket.socket() for _ in range(3)]
        for connection in waiting:  # the queue fills: the next connection waits unanswered
            connection.setblocking(False)
            connection.connect_ex(("127.0.0.1", port))
        choose_network_printer(qtbot, wizard, port)
        with qtbot.waitSignal(wizard.till.printer_form.test_finished, timeout=1_500) as finished:
            qtbot.mouseClick(wizard.till.printer_form.test, Qt.MouseButton.LeftButton)
        assert "geen antwoord" in str(finished.args)
        for connection in waiting:
            connection.close()


def test_a_four_digit_manager_pin_is_refused(
    qtbot: QtBot, desk_uow: UnitOfWork, wizard: FirstRunWizard
) -> None:
    go_to_manager_page(qtbot, wizard)
    qtbot.keyClicks(wizard.manager.name, "Sanne de Vries")
    qtbot.keyClicks(wizard.manager.pin, "2468")
    qtbot.keyClicks(wizard.manager.pin_again, "2468")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page_message(wizard) == "De pincode van een sociaal beheerder heeft minstens 6 cijfers."
    assert wizard.actor is None
    assert not centre.is_set_up(desk_uow)
