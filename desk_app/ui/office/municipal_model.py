"""The municipal report's lines as a table: part, figure, this year, last year, change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.office.municipal_figures import Number
from desk_app.services.office.municipality import Line
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.table_model import Column, RowTableModel

CONTEXT = "Municipal"  # the service's labels are marked in this context


def label(line: Line) -> str:
    """The line's label in the screen's language, its own group filled in."""
    return QCoreApplication.translate(CONTEXT, line.label).format(group=line.group).strip()


def figure(key: str, value: Number) -> str:
    """A figure as the screen's language writes it; a dash for nothing recorded."""
    if value is None:
        return "–"
    if key.endswith("_cents"):
        return screen_formatter().cents(int(value))
    if key.endswith("_pct"):
        return f"{QLocale().toString(float(value), 'f', 1)} %"
    return screen_formatter().number(int(value))


def change(line: Line) -> str:
    """The change against last year in percent."""
    if line.total is None or not line.previous_total:
        return "–"
    percent = 100 * (line.total - line.previous_total) / line.previous_total
    sign = "+" if percent >= 0 else ""
    return f"{sign}{QLocale().toString(percent, 'f', 1)} %"


def _section(line: Line) -> str:
    return QCoreApplication.translate(CONTEXT, line.section) if line.section else ""


COLUMNS: tuple[Column[Line], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Onderdeel"), _section),
    Column(QT_TRANSLATE_NOOP("Columns", "Cijfer"), label),
    Column(QT_TRANSLATE_NOOP("Columns", "Dit jaar"), lambda line: figure(line.key, line.total)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Jaar ervoor"),
        lambda line: figure(line.key, line.previous_total),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Verschil"), change),
)


def report_model() -> RowTableModel[Line]:
    """An empty model with the report's columns."""
    return RowTableModel(COLUMNS)
