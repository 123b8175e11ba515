"""The office's overview, its centre detail and the signals page fit the desk's screen.

In Dutch and English at every text size of Weergave, filled with five centres and their
signals (no database: the pages are given what a read would bring).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.errors import Text
from desk_app.facts.office import FIGURES, CentreFigures, Overview
from desk_app.services.office import signal_texts
from desk_app.services.office.overview import (
    CentreDay,
    CentreDetail,
    PeriodKind,
    span_of,
    year_before,
)
from desk_app.services.office.signals import CentreSync, OfficeSignals
from desk_app.services.preferences import FONT_SIZES, LANGUAGES
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office.centre_detail import CentreDetailDialog
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.overview import OfficeOverviewPage
from desk_app.ui.office.signals import SignalsPage
from desk_app.ui.resources import style_sheet
from desk_app.ui.theme import FONT_FAMILIES
from tests.screens.gallery import show_dialog
from tests.ui.fit import frame_problems, sideways_problems, text_problems, touch_problems

# The office window keeps a column for its navigation beside the page.
PAGE = QSize(1366 - 260, 728 - 32)
NAMES = ("Alleman", "De Bolder", "De Meent", "Open Hof", "Westend")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(params=[(lang, size) for lang in LANGUAGES for size in FONT_SIZES])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[str, int]]:
    """The language and the text size, as Weergave sets them; the app's own font after."""
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


def _overview() -> Overview:
    span = span_of(PeriodKind.MONTH, date(2026, 2, 20))
    values: dict[str, int | float | None] = dict.fromkeys(FIGURES, 123456)
    values["occupancy_pct"] = 68.4
    centres = tuple(
        CentreFigures(name[:3].upper(), name, NOW, dict(values), dict(values)) for name in NAMES
    )
    return Overview(PeriodKind.MONTH, span, year_before(PeriodKind.MONTH, span), centres)


def _signals() -> OfficeSignals:
    centres = tuple(
        CentreSync(name[:3].upper(), name, NOW - timedelta(days=2 * n), 123456)
        for n, name in enumerate(NAMES)
    )
    found = [signal_texts.stale(centre) for centre in centres if centre.stale(NOW)]
    found += [signal_texts.late("WES", "visit", 3, NOW)]
    return OfficeSignals(NOW, centres, tuple(found))


def _problems(widget: QWidget) -> list[str]:
    return text_problems(widget) + touch_problems(widget) + sideways_problems(widget)


def _page(qtbot: QtBot, page: QWidget, size: int) -> QWidget:
    qtbot.addWidget(page)
    page.setStyleSheet(style_sheet(size))
    page.resize(PAGE)
    page.show()
    QApplication.processEvents()
    return page


def test_the_overview_and_a_centres_days_fit(qtbot: QtBot, look: tuple[str, int]) -> None:
    jobs = BackgroundJobs()
    page = OfficeOverviewPage(OfficeContext("postgresql://kantoor@nergens/centraal", None, jobs))
    _page(qtbot, page, look[1])
    page.show_overview(_overview())
    QApplication.processEvents()
    assert page.minimumSizeHint().width() <= PAGE.width()
    assert not _problems(page), look
    day = CentreDay(date(2026, 2, 20), 123, 123456, 42, 98765, 87654, 1234, -15, "Annemiek")
    detail = CentreDetail("WES", "Westend", _overview().span, (day,) * 20)
    dialog = CentreDetailDialog(detail, page)
    show_dialog(dialog)
    QApplication.processEvents()
    assert not frame_problems(dialog, 32, QSize(1366, 728)) + _problems(dialog), look
    dialog.close()


def test_the_signals_page_fits(qtbot: QtBot, look: tuple[str, int]) -> None:
    page = SignalsPage(
        OfficeContext("postgresql://kantoor@nergens/centraal", None, BackgroundJobs())
    )
    _page(qtbot, page, look[1])
    page.show_signals(_signals())
    QApplication.processEvents()
    assert page.minimumSizeHint().width() <= PAGE.width()
    assert not _problems(page), look
    assert page.signal_model.rowCount() == 5
    assert isinstance(page.signal_model.row(0).what, Text)
