"""Bar charts for the Overzicht page, built with QtCharts from plain lists of numbers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLegend,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BAR_COLOUR = QColor("#0e5a6b")
LABEL_POINTS = 8  # sixteen hours side by side must fit under half a screen


class BarChart(QChartView):
    """One titled bar chart, built once; :meth:`show_values` replaces its bars in place.

    QChartView.setChart releases the previous chart without deleting it, so a chart made
    anew on every refresh would stay in memory for the life of the desk.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(title)
        self.viewport().setAccessibleName(title)
        chart = QChart()
        chart.setTitle(title)
        legend: QLegend = chart.legend()  # named here, not first inside an app-wide filter
        legend.hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.bars = QBarSet(title)
        self.bars.setColor(BAR_COLOUR)
        self.series = QBarSeries()
        self.series.append(self.bars)
        chart.addSeries(self.series)
        self.x_axis = QBarCategoryAxis()
        font = self.x_axis.labelsFont()
        font.setPointSize(LABEL_POINTS)
        self.x_axis.setLabelsFont(font)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        self.setChart(chart)

    def show_values(self, labels: Sequence[str], values: Sequence[float]) -> None:
        """Draw ``values`` above ``labels``, reusing the chart's bars and axes."""
        self.bars.remove(0, self.bars.count())
        self.bars.append(list(values))
        self.x_axis.clear()
        self.x_axis.append(list(labels))
        self.y_axis.setRange(0, max([*values, 1]) * 1.1)
        self.y_axis.applyNiceNumbers()
        described = "; ".join(
            f"{label}: {value:g}" for label, value in zip(labels, values, strict=True)
        )
        self.setAccessibleDescription(described)
        self.viewport().setAccessibleDescription(described)

    def values(self) -> list[float]:
        """The bars now shown (for tests and the screen reader)."""
        return [self.bars.at(index) for index in range(self.bars.count())]
