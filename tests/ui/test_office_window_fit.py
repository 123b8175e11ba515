"""Office mode fits 1366x768 beside a taskbar at every text size, in Dutch and English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.kinds import TariffClass
from desk_app.paths import DataFolder
from desk_app.services.office.address import OfficeAddress
from desk_app.services.office.central_reads import ReleaseInfo, TariffLine
from desk_app.services.office.price_lines import PriceLine
from desk_app.services.office.releases import PriceBook
from desk_app.services.preferences import load_preferences
from desk_app.services.uow import UnitOfWork
from desk_app.ui.app import application
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office.app import OfficeMode
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.prices import PricesPage
from desk_app.ui.office.sign_in import OfficeSignInDialog
from desk_app.ui.office.window import OfficeWindow
from desk_app.ui.resources import style_sheet
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.theme import FONT_FAMILIES
from tests.screens.gallery import TITLE_BAR, WINDOW, show_dialog
from tests.ui.fit import (
    button_box_problems,
    frame_problems,
    sideways_problems,
    text_problems,
    touch_problems,
)
from tests.ui.test_english_complete import TS, dutch_calendar_words
from tests.ui.test_fit import AVAILABLE
from tests.ui.test_keyboard_and_names import nameless
from tests.ui.visible_texts import DutchTexts, visible_texts

SIZES = (13, 18, 22)
BOOK = PriceBook(
    lines=(
        PriceLine("Koffie en thee", "Warme chocolademelk met slagroom", 260, 9, date(2027, 1, 1)),
        PriceLine("Bier", "Pils van de tap", 250, 21, date(2026, 1, 1)),
    ),
    releases=(
        ReleaseInfo(
            2,
            None,
            "koffie 2027",
            datetime(2026, 11, 30, tzinfo=UTC),
            date(2027, 1, 1),
            1,
            ("ALM", "BOL"),
            ("ALM", "BOL", "MEE", "OPH", "WES"),
        ),
    ),
    centres=("ALM", "BOL", "MEE", "OPH", "WES"),
    tariffs=(TariffLine("ALM", "Grote zaal", TariffClass.COMMERCIAL, 9500, 3200, 21),),
)


class NoJobs:
    """Jobs that never run: the page is filled by the test, not by a central database."""

    def run(self, *_args: object) -> None:
        """Do nothing."""


@pytest.fixture(params=[(language, size) for language in ("nl", "en") for size in SIZES])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[str, int]]:
    """The app in a language at a text size, put back afterwards."""
    language, size = request.param
    font = qapp.font()
    themed = QFont()
    themed.setFamilies(FONT_FAMILIES)
    themed.setPointSize(size)
    qapp.setFont(themed)
    translators = install_translators(qapp, language)
    yield language, size
    remove_translators(qapp, translators)
    qapp.setFont(font)


def _settle() -> None:
    for _round in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _in_every_tab(screen: QWidget, measure: Callable[[], list[str]]) -> list[str]:
    found = measure()
    for tabs in screen.findChildren(TabButtons):
        for button in tabs.buttons[1:] + tabs.buttons[:1]:
            button.click()
            _settle()
            found += [f"tab {button.text()!r}: {problem}" for problem in measure()]
    return list(dict.fromkeys(found))


def test_the_office_window_fits(look: tuple[str, int]) -> None:
    _language, size = look
    jobs = cast(BackgroundJobs, NoJobs())
    window = OfficeWindow(OfficeContext("postgresql://kantoor@server/buurthuizen", None, jobs))
    window.setStyleSheet(style_sheet(size))
    window.resize(WINDOW)
    window.show()
    page = window.open_page(PricesPage)
    assert isinstance(page, PricesPage)
    page._shown(BOOK)
    _settle()
    try:
        found = _in_every_tab(
            window,
            lambda: (
                frame_problems(window, TITLE_BAR, AVAILABLE)
                + sideways_problems(window)
                + text_problems(window)
                + touch_problems(window)
            ),
        )
    finally:
        window.close()
        window.deleteLater()
    assert not found, f"{look}:\n  " + "\n  ".join(found)


def test_the_office_window_reads_in_english_and_names_every_control(
    qapp: QApplication, english_qm: Path
) -> None:
    translators = install_translators(qapp, "en")
    window = OfficeWindow(
        OfficeContext(
            "postgresql://kantoor@server/buurthuizen", None, cast(BackgroundJobs, NoJobs())
        )
    )
    window.resize(WINDOW)
    window.show()
    page = window.open_page(PricesPage)
    assert isinstance(page, PricesPage)
    page._shown(BOOK)
    _settle()
    dutch = DutchTexts(TS, dutch_calendar_words())
    data = sorted(
        {*(line.category for line in BOOK.lines), *(line.name for line in BOOK.lines)}
        | {"koffie 2027", "Grote zaal", "Pils van de tap", "MEE, OPH, WES", *BOOK.centres},
        key=len,
        reverse=True,
    )
    found: list[str] = []
    try:
        for button in page.findChildren(TabButtons)[0].buttons:
            button.click()
            _settle()
            found += [
                f"{seen.where}: {seen.text!r}"
                for seen in visible_texts(window)
                if dutch.why_dutch(seen.text, data)
            ]
            found += [f"nameless {name}" for name in nameless(window)]
    finally:
        window.close()
        window.deleteLater()
        remove_translators(qapp, translators)
    assert not found, "\n".join(sorted(set(found)))


def test_the_sign_in_fits(look: tuple[str, int], tmp_path: Path) -> None:
    _language, size = look
    uow = cast(UnitOfWork, Any)
    dialog = OfficeSignInDialog(uow, DataFolder(tmp_path), cast(BackgroundJobs, NoJobs()))
    dialog.setStyleSheet(style_sheet(size))
    show_dialog(dialog)
    _settle()
    try:
        found = (
            frame_problems(dialog, TITLE_BAR, AVAILABLE)
            + button_box_problems(dialog)
            + sideways_problems(dialog)
            + text_problems(dialog)
            + touch_problems(dialog)
        )
    finally:
        dialog.close()
        dialog.deleteLater()
    assert not found, f"{look}:\n  " + "\n  ".join(found)


@pytest.mark.usefixtures("app_look", "english_qm")
def test_another_language_builds_the_window_anew_and_is_kept(
    qtbot: QtBot, empty_desk: Desk, jobs: BackgroundJobs
) -> None:
    office = OfficeMode(application(), empty_desk, jobs)
    window = office.show(OfficeAddress("postgresql://kantoor@127.0.0.1:1/buurthuizen"))
    qtbot.addWidget(window)
    try:
        window.language.setCurrentIndex(window.language.findData("en"))
        window.language.activated.emit(window.language.currentIndex())
        assert office.window is not None
        assert office.window is not window
        qtbot.addWidget(office.window)
        assert office.window.windowTitle() == "The organisation's office"
        assert office.window.navigation.item(2).text() == "Prices and tariffs"
        assert load_preferences(empty_desk.uow).language == "en"
        page = office.window.open_page(PricesPage)
        assert isinstance(page, PricesPage)
        qtbot.waitUntil(lambda: bool(page.message.text()))  # the address does not answer
    finally:
        remove_translators(application(), office.translators)
