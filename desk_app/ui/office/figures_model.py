"""The overview's table: one row per figure, one column per centre, this period over last year's."""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.facts.office import FIGURES, CentreFigures
from desk_app.facts.registry import Number
from desk_app.ui.i18n import screen_formatter

AnyIndex = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole
CONTEXT = "OfficeFigures"
LABELS = {
    "visits": QT_TRANSLATE_NOOP("OfficeFigures", "Bezoeken"),
    "unique_visitors": QT_TRANSLATE_NOOP("OfficeFigures", "Unieke bezoekers"),
    "activities": QT_TRANSLATE_NOOP("OfficeFigures", "Activiteiten"),
    "bar_turnover_cents": QT_TRANSLATE_NOOP("OfficeFigures", "Baromzet"),
    "rental_income_cents": QT_TRANSLATE_NOOP("OfficeFigures", "Zaalverhuur"),
    "occupancy_pct": QT_TRANSLATE_NOOP("OfficeFigures", "Bezetting (%)"),
    "volunteers_active": QT_TRANSLATE_NOOP("OfficeFigures", "Vrijwilligers"),
    "volunteer_hours": QT_TRANSLATE_NOOP("OfficeFigures", "Vrijwilligersuren"),
    "satisfaction_pct": QT_TRANSLATE_NOOP("OfficeFigures", "Tevredenheid (%)"),
}


def figure_label(key: str) -> str:
    """A figure's name in the screen's language."""
    return QCoreApplication.translate(CONTEXT, LABELS[key])


def figure_text(key: str, value: Number) -> str:
    """A figure's value the screen's way: euros for money, a percentage, or a count."""
    screen = screen_formatter()
    if value is None:
        return "–"
    if key.endswith("_cents"):
        return screen.whole_euros(round(value))
    if key.endswith("_pct"):
        return format_decimal(value, "#,##0.0", locale=screen.locale)
    return screen.number(round(value))


def chart_value(key: str, value: Number) -> float:
    """A figure as a bar: money in euros, nothing as zero."""
    if value is None:
        return 0.0
    return value / 100 if key.endswith("_cents") else float(value)


class FiguresModel(QAbstractTableModel):
    """Figures down, centres across; each cell this period's value over last year's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.centres: list[CentreFigures] = []

    def set_centres(self, centres: list[CentreFigures]) -> None:
        """Replace every column (a model reset)."""
        self.beginResetModel()
        self.centres = list(centres)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Qt override: one row per figure."""
        return 0 if parent.isValid() else len(FIGURES)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Qt override: one column per centre."""
        return 0 if parent.isValid() else len(self.centres)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the cell's two lines, or the centre's code."""
        if not index.isValid():
            return None
        centre, key = self.centres[index.column()], FIGURES[index.row()]
        if role == CODE_ROLE:
            return centre.code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            before = figure_text(key, centre.figure(key, last_year=True))
            last_year = QCoreApplication.translate("OfficeFigures", "vorig jaar {value}")
            return f"{figure_text(key, centre.figure(key))}\n{last_year.format(value=before)}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: centres' names across (with their codes in the tooltip), figures down."""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.centres):
                return None
            centre = self.centres[section]
            # the tooltip gives the code too: the charts below name a centre by it
            tip = role == Qt.ItemDataRole.ToolTipRole
            return f"{centre.name} ({centre.code})" if tip else centre.name
        return figure_label(FIGURES[section]) if 0 <= section < len(FIGURES) else None
