"""A refresh updates what a page shows in place: a desk that runs all week does not grow."""

from __future__ import annotations

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.ui.main_window import MainWindow
from desk_app.ui.overview.charts import BarChart
from desk_app.ui.page import Change


def test_a_chart_keeps_its_chart_series_and_axes_across_refreshes(qtbot: QtBot) -> None:
    view = BarChart("Bezoeken per uur")
    qtbot.addWidget(view)
    view.show_values(["9", "10"], [1, 2])
    chart = view.chart()
    for round_ in range(3):
        view.show_values(["9", "10", "11"], [round_, 4, 5])
    assert view.chart() is chart
    assert len(chart.series()) == 1
    assert len(chart.axes()) == 2
    assert view.values() == [2, 4, 5]


def test_refreshing_every_page_leaves_the_live_objects_unchanged(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    window.show()

    def refresh_all() -> None:
        for change in Change:
            for page in window.pages:
                page.refresh_for(change)

    refresh_all()
    before = len(window.findChildren(QObject))
    for _ in range(3):
        refresh_all()
    assert len(window.findChildren(QObject)) == before
