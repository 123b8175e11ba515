"""Office mode against the real PostgreSQL: opened by the wizard's choice, a price published."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desk_app.bootstrap import Desk
from desk_app.central.connect import without_password
from desk_app.central.logins import add_centre, add_office
from desk_app.cli import main
from desk_app.paths import DataFolder
from desk_app.services.office.address import load_office_address
from desk_app.services.till.pricing import grid_products
from desk_app.sync.service import run_sync
from desk_app.ui import app as ui_app
from desk_app.ui.app import application
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office.app import OfficeMode
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.overview import OfficeOverviewPage
from desk_app.ui.office.prices import PricesPage
from desk_app.ui.office.window import OfficeWindow
from desk_app.ui.wizard.first_run import FirstRunWizard
from tests.integration.conftest import MakeCentre, central_url, make_centre
from tests.keyrings import MemoryKeyring

pytestmark = pytest.mark.central
__all__ = ["central_url", "make_centre"]  # the central tests' fixtures, used here too
NEW_YEAR = date(2027, 1, 1)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("app_look")
def test_the_wizards_office_choice_opens_the_office_window(
    qtbot: QtBot,
    empty_desk: Desk,
    jobs: BackgroundJobs,
    central_url: str,
    memory_keyring: MemoryKeyring,
) -> None:
    login = add_office(central_url, "kantoor")
    wizard = FirstRunWizard(empty_desk.uow, folder=empty_desk.folder, jobs=jobs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.office_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(wizard, "office", None) is not None)
    dialog = wizard.office
    qtbot.keyClicks(dialog.url, without_password(login))
    qtbot.keyClicks(dialog.password, str(make_url(login).password))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20_000)
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted, dialog.message.text()
    assert wizard.actor is None
    stored = load_office_address(empty_desk.uow)
    assert stored is not None
    assert stored == wizard.office_address
    assert stored.url == without_password(login)
    assert str(make_url(login).password) in memory_keyring.passwords.values()

    office = OfficeMode(application(), empty_desk, jobs)
    window = office.show(stored)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert isinstance(window.stack.currentWidget(), OfficeOverviewPage)
    assert window.navigation.item(0).text() == "Overzicht organisatie"


def test_a_price_change_is_published_from_the_screen(
    qtbot: QtBot,
    jobs: BackgroundJobs,
    central_url: str,
    make_centre: MakeCentre,
) -> None:
    centre = make_centre("Westend", days=2, seed=6)
    westend = add_centre(central_url, "WES")
    run_sync(centre.uow, westend)
    office = add_office(central_url, "kantoor")
    window = OfficeWindow(OfficeContext(office, None, jobs))
    qtbot.addWidget(window)
    window.show()
    page = window.open_page(PricesPage)
    assert isinstance(page, PricesPage)
    qtbot.waitUntil(lambda: page.prices.rowCount() > 0, timeout=20_000)
    view = page.price_view
    rows = view.model().rowCount()
    coffee = next(
        view.model().index(row, 0)
        for row in range(rows)
        if view.model().index(row, 1).data() == "Koffie"
    )
    view.scrollTo(coffee)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(coffee).center()
    )
    assert page.name.text() == "Koffie"
    assert [page.vat.itemText(i) for i in range(page.vat.count())] == ["0", "9", "21"]
    page.price.clear()
    qtbot.keyClicks(page.price, "1,75")
    page.start.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "1" in page.message.text() and page.releases.rowCount() == 1, timeout=20_000
    )
    assert page.releases.row(0).waiting == ("WES",)

    run_sync(centre.uow, westend)
    moment = datetime(2027, 1, 1, 9, tzinfo=UTC)
    prices = {
        row.name: row.price_cents for row in grid_products(centre.uow.on_clock(lambda: moment))
    }
    assert prices["Koffie"] == 175
    page.refresh()
    qtbot.waitUntil(lambda: page.releases.row(0).taken_by == ("WES",), timeout=20_000)


def test_a_room_tariff_is_published_from_the_screen(
    qtbot: QtBot, jobs: BackgroundJobs, central_url: str, make_centre: MakeCentre
) -> None:
    centre = make_centre("Westend", days=2, seed=6)
    run_sync(centre.uow, add_centre(central_url, "WES"))
    window = OfficeWindow(OfficeContext(add_office(central_url, "kantoor"), None, jobs))
    qtbot.addWidget(window)
    window.show()
    page = window.open_page(PricesPage)
    assert isinstance(page, PricesPage)
    qtbot.waitUntil(lambda: page.tariffs.rowCount() > 0, timeout=20_000)
    page.tabs.setCurrentWidget(page.tariff_tab)
    tab = page.tariff_tab
    first = tab.view.model().index(0, 0)
    qtbot.mouseClick(
        tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(first).center()
    )
    assert tab.room.text()
    tab.part.clear()
    qtbot.keyClicks(tab.part, "99,50")
    qtbot.mouseClick(tab.form.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.releases.rowCount() == 1, timeout=20_000)
    assert page.releases.row(0).items == 1
    assert "1" in page.message.text()


@pytest.mark.usefixtures("app_look")
def test_desk_app_office_opens_with_the_address_given_then_with_the_one_stored(
    qapp: QApplication,
    central_url: str,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    office = add_office(central_url, "kantoor")
    shown: list[str] = []

    def main_loop() -> int:
        """Stands in for the event loop: note the office window, close it."""
        window = next(
            w for w in qapp.topLevelWidgets() if isinstance(w, OfficeWindow) and w.isVisible()
        )
        shown.append(window.windowTitle())
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(qapp, "exec", main_loop)
    folder = tmp_path / "kantoor"
    assert main(["--data-dir", str(folder), "office", "--central", office]) == 0
    assert memory_keyring.passwords  # the password went into the keyring, not the database
    assert main(["--data-dir", str(folder), "office"]) == 0
    assert ui_app.run_gui(DataFolder(folder)) == 0  # the desk on the office's PC: office mode
    assert shown == ["Kantoor van de organisatie"] * 3
