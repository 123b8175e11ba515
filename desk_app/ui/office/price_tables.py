"""The three tables of the office's prices page: price list, releases, room tariffs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.office.central_reads import ReleaseInfo, TariffLine
from desk_app.services.office.price_lines import PriceLine
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.table_model import SORT_ROLE, Column, RowTableModel


def _cents(cents: int) -> str:
    return screen_formatter().cents(cents)


def _percent(rate: int) -> str:
    return f"{rate} %"


def _whom(release: ReleaseInfo) -> str:
    if release.centre_code is None:
        return QCoreApplication.translate("OfficePrices", "alle buurthuizen")
    return release.centre_code


def _codes(codes: tuple[str, ...]) -> str:
    return ", ".join(codes) if codes else "—"


PRICE_COLUMNS: tuple[Column[PriceLine], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Groep"), lambda line: line.category),
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda line: line.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Prijs"),
        lambda line: _cents(line.price_cents),
        lambda line: line.price_cents,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Btw"), lambda line: _percent(line.vat_rate)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Vanaf"),
        lambda line: screen_formatter().numeric(line.valid_from),
        lambda line: line.valid_from,
    ),
)

RELEASE_COLUMNS: tuple[Column[ReleaseInfo], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Nr."), lambda r: str(r.number), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Voor"), _whom),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Ingang"),
        lambda r: screen_formatter().numeric(r.takes_effect) if r.takes_effect else "—",
        lambda r: r.takes_effect.isoformat() if r.takes_effect else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Regels"), lambda r: str(r.items), lambda r: r.items),
    Column(QT_TRANSLATE_NOOP("Columns", "Binnengehaald door"), lambda r: _codes(r.taken_by)),
    Column(QT_TRANSLATE_NOOP("Columns", "Nog niet"), lambda r: _codes(r.waiting)),
    Column(QT_TRANSLATE_NOOP("Columns", "Omschrijving"), lambda r: r.note),
)

TARIFF_COLUMNS: tuple[Column[TariffLine], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Buurthuis"), lambda t: t.centre_code),
    Column(QT_TRANSLATE_NOOP("Columns", "Zaal"), lambda t: t.room),
    Column(QT_TRANSLATE_NOOP("Columns", "Tariefklasse"), lambda t: kind_text(t.tariff_class)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Per dagdeel"),
        lambda t: _cents(t.part_of_day_cents),
        lambda t: t.part_of_day_cents,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Per uur"),
        lambda t: _cents(t.hour_cents),
        lambda t: t.hour_cents,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Btw"), lambda t: _percent(t.vat_rate)),
)


def table_view(model: RowTableModel[Any], name: str, parent: QWidget) -> QTableView:
    """A sortable, read-only table with whole-row selection and a name a screen reader reads."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)  # a column never shrinks: it scrolls
    view.setWordWrap(False)
    return view
