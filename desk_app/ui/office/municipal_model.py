"""The municipal report as a table: figure, this year, last year, change; parts as headings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.office.municipal_figures import Number
from desk_app.services.office.municipality import Line
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "Municipal"  # the service's labels are marked in this context


def label(line: Line) -> str:
    """The line's label in the screen's language, its own group filled in."""
    return QCoreApplication.translate(CONTEXT, line.label).format(group=line.group)


def figure(key: str, value: Number) -> str:
    """A figure as the screen's language writes it; a dash for nothing recorded."""
    if value is None:
        return "–"
    if key.endswith("_cents"):
        return screen_formatter().cents(int(value))
    if key.endswith("_pct"):
        return f"{_one_decimal(float(value))} %"
    return screen_formatter().number(int(value))


def change(line: Line) -> str:
    """The change against last year in percent."""
    if line.total is None or not line.previous_total:
        return "–"
    percent = 100 * (line.total - line.previous_total) / line.previous_total
    sign = "+" if percent >= 0 else ""
    return f"{sign}{_one_decimal(percent)} %"


def _one_decimal(value: float) -> str:
    """One decimal, as the screen's language writes it (``8,9`` in Dutch, ``8.9`` in English)."""
    return format_decimal(round(value, 1), format="#,##0.0", locale=screen_formatter().locale)


@dataclass(frozen=True)
class ShownRow:
    """A row on screen: a part's heading (no figures) or one figure of the report."""

    text: str
    line: Line | None = None


def shown_rows(lines: Sequence[Line]) -> list[ShownRow]:
    """The report's lines with a heading row before each part."""
    rows: list[ShownRow] = []
    for line in lines:
        if line.section:
            rows.append(ShownRow(QCoreApplication.translate(CONTEXT, line.section)))
        rows.append(ShownRow("    " + label(line), line))
    return rows


def _this_year(row: ShownRow) -> str:
    return figure(row.line.key, row.line.total) if row.line else ""


def _last_year(row: ShownRow) -> str:
    return figure(row.line.key, row.line.previous_total) if row.line else ""


def _change(row: ShownRow) -> str:
    return change(row.line) if row.line else ""


COLUMNS: tuple[Column[ShownRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Cijfer"), lambda row: row.text),
    Column(QT_TRANSLATE_NOOP("Columns", "Dit jaar"), _this_year),
    Column(QT_TRANSLATE_NOOP("Columns", "Jaar ervoor"), _last_year),
    Column(QT_TRANSLATE_NOOP("Columns", "Verschil"), _change),
)


def report_model() -> RowTableModel[ShownRow]:
    """An empty model with the report's columns."""
    return RowTableModel(COLUMNS)
