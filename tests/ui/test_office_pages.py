"""The office's Overzicht organisatie and Signalen pages over a real central database."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.central.logins import add_office
from desk_app.sync.service import run_sync
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.overview import OfficeOverviewPage
from desk_app.ui.office.signals import SignalsPage
from tests.integration.conftest import (  # noqa: F401 - the fixtures
    MakeCentre,
    central_url,
    make_centre,
)

pytestmark = pytest.mark.central


def _three_synced(url: str, make: MakeCentre) -> None:
    for name, seed in (("Alleman", 5), ("Westend", 6), ("De Bolder", 7)):
        run_sync(make(name, days=8, seed=seed).uow, url)


def test_the_overview_shows_three_synced_centres_and_opens_one(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    jobs: BackgroundJobs,
    central_url: str,  # noqa: F811 - the imported fixture
    make_centre: MakeCentre,  # noqa: F811 - the imported fixture
) -> None:
    _three_synced(central_url, make_centre)
    context = OfficeContext(add_office(central_url, "kantoor"), None, jobs)
    page = OfficeOverviewPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    page.kind.setCurrentIndex(3)  # the year
    page.day.setDate(QDate(2026, 2, 20))
    qtbot.waitUntil(lambda: page.model.columnCount() == 3, timeout=20_000)
    qtmodeltester.check(page.model)
    names = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert names == ["Alleman", "De Bolder", "Westend"]
    visits = page.model.index(0, 0).data()
    assert visits.split("\n")[1].startswith("vorig jaar")
    assert int(visits.split("\n")[0].replace(".", "")) > 0
    assert page.charts["visits"].values()[0] > 0
    assert "stand van de laatste synchronisatie" in page.message.text()
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.table.visualRect(page.model.index(0, 2)).center(),
    )
    qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
    assert page.detail is not None
    assert page.detail.windowTitle() == "Westend"
    assert page.detail.model.rowCount() > 0
    assert "Z-rapport" in page.detail.totals.text()
    page.detail.reject()
    assert page.detail is None


def test_the_signals_page_lists_a_stale_centre_with_its_advice(
    qtbot: QtBot,
    jobs: BackgroundJobs,
    central_url: str,  # noqa: F811 - the imported fixture
    make_centre: MakeCentre,  # noqa: F811 - the imported fixture
) -> None:
    _three_synced(central_url, make_centre)
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute(
            "UPDATE sync_progress SET updated_at = now() - interval '3 days' "
            "WHERE centre_code = 'ALM'"
        )
        admin.execute(
            "UPDATE sync_contact SET contacted_at = now() - interval '3 days', "
            "last_ok_at = now() - interval '3 days' WHERE centre_code = 'ALM'"
        )
    page = SignalsPage(OfficeContext(add_office(central_url, "kantoor"), None, jobs))
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.centre_model.rowCount() == 3, timeout=20_000)
    rows = [page.signal_model.row(n) for n in range(page.signal_model.rowCount())]
    assert [(s.centre_code, s.kind.name) for s in rows] == [("ALM", "STALE")]
    cells = [page.signal_model.index(0, c).data() for c in range(3)]
    assert cells[0].startswith("Niet gesynchroniseerd\nALM · ")
    assert cells[1] == "Alleman synchroniseert niet meer."
    assert cells[2].startswith("Bel het buurthuis")
    open_counts = [page.centre_model.index(n, 2).data() for n in range(3)]
    assert open_counts == ["1", "0", "0"]
    _when, said = page.centre_model.index(1, 3).data().split("\n")
    assert said.startswith("Balie ")  # the desk's own word on its last sync
    assert ": gelukt. " in said
    assert "verzonden, 0 geweigerd" in said
    assert page.message.text().startswith("1 open signaal")
    assert page.reload.isEnabled()


def test_an_unreachable_central_database_is_said_in_the_message_place(
    qtbot: QtBot, jobs: BackgroundJobs
) -> None:
    context = OfficeContext("postgresql://kantoor@127.0.0.1:1/centraal", None, jobs)
    overview, signals = OfficeOverviewPage(context), SignalsPage(context)
    for page in (overview, signals):
        qtbot.addWidget(page)
        page.refresh()
    qtbot.waitUntil(lambda: "niet bereikbaar" in signals.message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: "niet bereikbaar" in overview.message.text(), timeout=20_000)
    assert overview.model.columnCount() == 0
    assert signals.reload.isEnabled()
