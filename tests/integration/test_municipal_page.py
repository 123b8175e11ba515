"""Office page "Rapport gemeente": shows a municipality's totals and saves the PDF and CSV."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.central.logins import add_centre, add_office
from desk_app.sync.service import run_sync
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.municipality import MunicipalPage
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


@pytest.fixture
def jobs() -> Iterator[BackgroundJobs]:
    """Real background pools; every job has ended when the test ends."""
    background = BackgroundJobs()
    yield background
    assert background.wait(20_000)


def test_the_page_shows_a_municipality_and_makes_its_pdf(
    qtbot: QtBot,
    *,
    qtmodeltester: ModelTester,
    central_url: str,
    make_centre: MakeCentre,
    jobs: BackgroundJobs,
    tmp_path: Path,
) -> None:
    for name, seed in (("Alleman", 5), ("Westend", 6)):
        run_sync(make_centre(name, days=10, seed=seed).uow, central_url)
    add_centre(central_url, "ALM", "Alleman", municipality="Amstelveen")
    add_centre(central_url, "WES", "Westend", municipality="Amsterdam")
    page = MunicipalPage(OfficeContext(add_office(central_url, "kantoor"), None, jobs))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.place.count() == 3 and page.report is not None, timeout=20_000)
    assert page.report is not None
    assert list(page.report.centres) == ["ALM", "WES"]
    page.place.setCurrentIndex(page.place.findData("Amstelveen"))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None and page.report.municipality == "Amstelveen")
    assert list(page.report.centres) == ["ALM"]
    sections = sum(1 for line in page.report.lines if line.section)
    assert page.model.rowCount() == len(page.report.lines) + sections
    assert page.model.index(1, 0).data().strip() == "Bezoeken"
    assert page.model.index(1, 1).data()  # the year's visits are shown
    qtmodeltester.check(page.model)
    pdf, csv = tmp_path / "rapport.pdf", tmp_path / "rapport.csv"
    page.save_to(pdf)
    qtbot.waitUntil(lambda: pdf.exists() and page.pdf_button.isEnabled(), timeout=20_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    page.save_to(csv)
    qtbot.waitUntil(lambda: csv.exists() and page.csv_button.isEnabled(), timeout=20_000)
    assert ";WES;" not in csv.read_text(encoding="utf-8-sig")
    assert ";ALM;visits;" in csv.read_text(encoding="utf-8-sig")
    assert str(pdf) in page.message.text() or str(csv) in page.message.text()
