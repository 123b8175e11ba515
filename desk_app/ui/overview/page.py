"""Overzicht: the day at a glance, visits and sales per hour and the week's turnover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from desk_app.formatting import to_local
from desk_app.services.living_room.day_charts import day_pictures
from desk_app.ui.context import PageContext
from desk_app.ui.heading import page_heading
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.overview.charts import BarChart
from desk_app.ui.page import Change, Page

SIDE_BY_SIDE_MAX_POINTS = 18  # above this the hourly charts stand one under the other


class OverviewPage(Page):
    """Three charts of today, re-read when shown and when another page records something."""

    icon_name = "overzicht"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.visits = BarChart(self.tr("Bezoeken per uur"), self)
        self.sales = BarChart(self.tr("Baromzet per uur (euro)"), self)
        self.week = BarChart(self.tr("Baromzet per dag, afgelopen week (euro)"), self)
        self.grid = QGridLayout()
        self._arrange()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(page_heading(self, self.icon_name, self.title()))
        layout.addLayout(self.grid, 1)
        self.refresh()

    def _arrange(self) -> None:
        """The two hourly charts side by side, or one under the other at the largest text.

        Side by side at 22 pt each has too little room for its sixteen hours, and QtCharts
        then shows "…" for the hours instead of their numbers.
        """
        stacked = self.font().pointSize() > SIDE_BY_SIDE_MAX_POINTS
        for chart in (self.visits, self.sales, self.week):
            self.grid.removeWidget(chart)
        self.grid.addWidget(self.visits, 0, 0)
        self.grid.addWidget(self.sales, 1 if stacked else 0, 0 if stacked else 1)
        self.grid.addWidget(self.week, 2 if stacked else 1, 0, 1, 1 if stacked else 2)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: another text size may call for the other arrangement."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def title(self) -> str:
        """The section's name."""
        return self.tr("Overzicht")

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh charts each time the page is opened."""
        super().showEvent(event)
        self.refresh()

    def refresh_for(self, change: Change) -> None:
        """Visits and closes change the pictures."""
        del change
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read today's pictures."""
        pictures = day_pictures(self.context.uow, to_local(self.context.uow.now()).date())
        hours = [f"{hour}" for hour in pictures.hours]
        self.visits.show_values(hours, pictures.visits_per_hour)
        self.sales.show_values(hours, [cents / 100 for cents in pictures.sales_cents_per_hour])
        screen = screen_formatter()
        days = [
            f"{screen.day(day, 'EEEEEE')} {screen.numeric(day, year=False)}"
            for day, _ in pictures.week
        ]
        self.week.show_values(days, [cents / 100 for _, cents in pictures.week])
