"""Office mode in the gallery: its window, each page filled as a central read would fill it,
and its dialogs (a centre's days, the sign-in), without a central database.

``make screenshots`` renders them per text size and language (``gallery.py``); the office's
fit tests walk the same screens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import cast

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP, Text
from desk_app.facts.office import FIGURES, CentreFigures, Overview
from desk_app.kinds import TariffClass
from desk_app.paths import DataFolder
from desk_app.services.office import signal_texts
from desk_app.services.office.central_reads import ReleaseInfo, TariffLine
from desk_app.services.office.municipality import FIXED_LINES, Line, MunicipalReport
from desk_app.services.office.overview import (
    CentreDay,
    CentreDetail,
    PeriodKind,
    span_of,
    year_before,
)
from desk_app.services.office.price_lines import PriceLine
from desk_app.services.office.releases import PriceBook
from desk_app.services.office.signals import CentreSync, OfficeSignals
from desk_app.services.preferences import Preferences
from desk_app.services.uow import UnitOfWork
from desk_app.sync import outcome
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.office.centre_detail import CentreDetailDialog
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.municipality import MunicipalPage
from desk_app.ui.office.overview import OfficeOverviewPage
from desk_app.ui.office.prices import PricesPage
from desk_app.ui.office.sign_in import OfficeSignInDialog
from desk_app.ui.office.signals import SignalsPage
from desk_app.ui.office.window import OfficeWindow

CENTRES = {
    "ALM": "Alleman",
    "BOL": "De Bolder",
    "MEE": "De Meent",
    "OPH": "Open Hof",
    "WES": "Westend",
}
NAMES = tuple(CENTRES.values())
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
URL = "postgresql://kantoor@server/buurthuizen"
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
# A desk's failure in its own words, as it tells the central database (an error's text).
AHEAD = Text(
    "Errors",
    QT_TRANSLATE_NOOP(
        "Errors",
        "De centrale database zegt dat ze van deze balie al tot nummer {central} heeft, maar "
        "deze balie schreef er maar {written}. Er is niets verzonden. Meld dit aan het kantoor: "
        "de centrale stand van dit buurthuis klopt niet.",
    ),
    {"central": 123456, "written": 120000},
)


class NoJobs:
    """Jobs that never run: the screens are filled here, not by a central database."""

    def run(self, *_args: object) -> None:
        """Do nothing."""


def no_jobs() -> BackgroundJobs:
    """:class:`NoJobs` where the office's pages take their jobs."""
    return cast(BackgroundJobs, NoJobs())


def overview() -> Overview:
    """Five centres with large figures, this February and last."""
    span = span_of(PeriodKind.MONTH, date(2026, 2, 20))
    values: dict[str, int | float | None] = dict.fromkeys(FIGURES, 123456)
    values["occupancy_pct"] = 68.4
    centres = tuple(
        CentreFigures(code, name, NOW, dict(values), dict(values)) for code, name in CENTRES.items()
    )
    return Overview(PeriodKind.MONTH, span, year_before(PeriodKind.MONTH, span), centres)


def signals() -> OfficeSignals:
    """Five centres, some silent, one failing, with a late and a refused table."""
    went_well = outcome.finished(12345, 0, 3, conflicts=2)
    centres = tuple(
        CentreSync(
            code,
            name,
            NOW - timedelta(days=2 * n),
            123456,
            AHEAD if n == 1 else went_well,
            NOW - timedelta(days=n),
            n != 1,
        )
        for n, (code, name) in enumerate(CENTRES.items())
    )
    found = [signal_texts.stale(centre) for centre in centres if centre.stale(NOW)]
    found += [signal_texts.failed(centre) for centre in centres if centre.failing]
    found += [signal_texts.late("WES", "booking_extra", 3, NOW)]
    return OfficeSignals(NOW, centres, tuple(found))


def municipal_report() -> MunicipalReport:
    """Every line of the report for five centres, with large numbers."""
    lines = tuple(
        Line(section, key, label, "", 123456, 98765, dict.fromkeys(CENTRES, 12345), {})
        for section, key, label in FIXED_LINES
    )
    return MunicipalReport(2025, "Amstelveen", dict(CENTRES), lines)


def centre_detail() -> CentreDetail:
    """Twenty closed days of one centre."""
    day = CentreDay(date(2026, 2, 20), 123, 123456, 42, 98765, 87654, 1234, -15, "Annemiek")
    return CentreDetail("WES", "Westend", overview().span, (day,) * 20)


def _fill_overview(page: QWidget) -> None:
    cast(OfficeOverviewPage, page).show_overview(overview())


def _fill_signals(page: QWidget) -> None:
    cast(SignalsPage, page).show_signals(signals())


def _fill_prices(page: QWidget) -> None:
    cast(PricesPage, page)._shown(BOOK)


def _fill_municipal(page: QWidget) -> None:
    municipal = cast(MunicipalPage, page)
    municipal._show_places(["Amstelveen", "Ouder-Amstel"])
    municipal._show_report(municipal_report())


# Each page of the window, in the window's order, and how the gallery fills it.
FILLS: dict[str, tuple[type[QWidget], Callable[[QWidget], None]]] = {
    "overview": (OfficeOverviewPage, _fill_overview),
    "signals": (SignalsPage, _fill_signals),
    "prices": (PricesPage, _fill_prices),
    "municipality": (MunicipalPage, _fill_municipal),
}


def show_office_page(window: OfficeWindow, name: str) -> QWidget:
    """Open the page ``name`` in the window and fill it."""
    kind, fill = FILLS[name]
    page = window.open_page(kind)
    fill(page)
    return page


OfficeDialog = Callable[[OfficeWindow, UnitOfWork, DataFolder], QWidget]
DIALOGS: dict[str, OfficeDialog] = {
    "centre-detail": lambda window, _uow, _folder: CentreDetailDialog(centre_detail(), window),
    "sign-in": lambda window, uow, folder: OfficeSignInDialog(
        uow, folder, no_jobs(), window, url=URL
    ),
}


@contextmanager
def office_window(
    size: QSize, style_sheet: str = "", preferences: Preferences | None = None
) -> Iterator[OfficeWindow]:
    """The office window at ``size``, styled like the app (or by ``style_sheet``), then closed."""
    window = OfficeWindow(OfficeContext(URL, None, no_jobs()), preferences)
    if style_sheet:
        window.setStyleSheet(style_sheet)
    window.resize(size)
    window.show()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
