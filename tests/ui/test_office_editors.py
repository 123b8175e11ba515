"""The office's price and tariff editors: an amount shown and published unchanged stays the same."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desk_app.kinds import TariffClass
from desk_app.services.office.central_reads import TariffLine
from desk_app.services.office.price_lines import PriceLine, TariffPrice
from desk_app.services.office.releases import PriceBook
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office import prices, tariff_tab
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.prices import PricesPage
from tests.ui.inline_jobs import InlineJobs

NEW_YEAR = date(2027, 1, 1)
HALL = TariffLine("WES", "Grote zaal", TariffClass.COMMERCIAL, 125_000, 12_550, 21)
SHOWN = {"nl": ("1250,00", "125,50"), "en": ("1250.00", "125.50")}


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, english_qm: Path) -> Iterator[str]:
    del english_qm
    installed = install_translators(qapp, request.param) if request.param != "nl" else []
    yield str(request.param)
    remove_translators(qapp, installed)


@pytest.fixture
def published(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What the editors hand to the publishing services, kept here instead of the network."""
    kept: list[object] = []

    def publish(_url: str, rows: list[object], **_whom: Any) -> int:
        kept.extend(rows)
        return 1

    monkeypatch.setattr(tariff_tab, "publish_tariffs", publish)
    monkeypatch.setattr(prices, "publish_prices", publish)
    monkeypatch.setattr(prices, "price_book", lambda *_args: PriceBook((), (), (), ()))
    return kept


def _page(qtbot: QtBot) -> PricesPage:
    jobs = cast(BackgroundJobs, InlineJobs())
    page = PricesPage(OfficeContext("postgresql://kantoor@centraal.invalid/desk", None, jobs))
    qtbot.addWidget(page)
    page.show()
    return page


def _click_first_row(qtbot: QtBot, view: QTableView) -> None:
    first = view.model().index(0, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(first).center()
    )


def test_a_tariff_of_more_than_a_thousand_euros_is_published_as_shown(
    qtbot: QtBot, language: str, published: list[object]
) -> None:
    page = _page(qtbot)
    page.tariffs.set_rows([HALL])
    page.tabs.setCurrentWidget(page.tariff_tab)
    tab = page.tariff_tab
    _click_first_row(qtbot, tab.view)
    assert (tab.part.text(), tab.hour.text()) == SHOWN[language]
    tab.form.start.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(tab.form.publish_button, Qt.MouseButton.LeftButton)
    assert published == [
        TariffPrice("Grote zaal", TariffClass.COMMERCIAL, 125_000, 12_550, 21, NEW_YEAR)
    ], page.message.text()


def test_a_price_is_published_as_shown(
    qtbot: QtBot, language: str, published: list[object]
) -> None:
    page = _page(qtbot)
    page.prices.set_rows([PriceLine("Bier", "Speciaalbier", 4_50, 21, NEW_YEAR)])
    _click_first_row(qtbot, page.price_view)
    assert page.price.text() == {"nl": "4,50", "en": "4.50"}[language]
    page.start.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert published == [PriceLine("Bier", "Speciaalbier", 4_50, 21, NEW_YEAR)]
