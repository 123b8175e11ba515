"""The first-run wizard, driven as a person would: typing, Next, Finish."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desk_app.models import DayPartKey
from desk_app.services import centre, people
from desk_app.services.uow import UnitOfWork
from desk_app.ui.wizard.first_run import FirstRunWizard
from desk_app.ui.wizard.pages import CheckedPage


def open_wizard(qtbot: QtBot, uow: UnitOfWork) -> FirstRunWizard:
    wizard = FirstRunWizard(uow)
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


def test_wizard_to_the_end_stores_the_centre(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    wizard = open_wizard(qtbot, desk_uow)
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


def test_choosing_a_known_centre_fills_its_code(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    wizard = open_wizard(qtbot, desk_uow)
    wizard.identity.name.setCurrentText("Westend")
    assert wizard.identity.code.text() == "WES"
    wizard.identity.name.setCurrentText("Ons Huis")
    assert wizard.identity.code.text() == ""


def test_empty_name_is_refused_in_dutch(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    wizard = open_wizard(qtbot, desk_uow)
    qtbot.keyClicks(wizard.identity.code, "OOS")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0
    assert page_message(wizard) == "Vul een naam in."
    assert not centre.is_set_up(desk_uow)


def go_to_manager_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.identity.name.setCurrentText("Alleman")
    for _ in range(4):
        next_page(qtbot, wizard)


def test_letters_pin_is_refused_and_nothing_written(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    wizard = open_wizard(qtbot, desk_uow)
    go_to_manager_page(qtbot, wizard)
    qtbot.keyClicks(wizard.manager.name, "Sanne de Vries")
    qtbot.keyClicks(wizard.manager.pin, "abcd")
    qtbot.keyClicks(wizard.manager.pin_again, "abcd")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert page_message(wizard) == "Een pincode bestaat uit 4 tot 6 cijfers."
    assert wizard.actor is None
    assert not centre.is_set_up(desk_uow)


def test_different_pins_are_refused(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    wizard = open_wizard(qtbot, desk_uow)
    go_to_manager_page(qtbot, wizard)
    qtbot.keyClicks(wizard.manager.name, "Sanne de Vries")
    qtbot.keyClicks(wizard.manager.pin, "123456")
    qtbot.keyClicks(wizard.manager.pin_again, "123457")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page_message(wizard) == "De twee pincodes zijn niet gelijk."
    assert not centre.is_set_up(desk_uow)


def test_a_wrong_postcode_keeps_the_first_page(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    wizard = open_wizard(qtbot, desk_uow)
    wizard.identity.name.setCurrentText("De Bolder")
    qtbot.keyClicks(wizard.identity.postcode, "nergens")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0
    assert page_message(wizard) == "De postcode klopt niet, bijvoorbeeld 1181 AB."


def test_a_four_digit_manager_pin_is_refused(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    wizard = open_wizard(qtbot, desk_uow)
    go_to_manager_page(qtbot, wizard)
    qtbot.keyClicks(wizard.manager.name, "Sanne de Vries")
    qtbot.keyClicks(wizard.manager.pin, "2468")
    qtbot.keyClicks(wizard.manager.pin_again, "2468")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page_message(wizard) == "De pincode van een sociaal beheerder heeft minstens 6 cijfers."
    assert wizard.actor is None
    assert not centre.is_set_up(desk_uow)
