"""Bar charts for the Overzicht page, built with QtCharts from plain lists of numbers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BAR_COLOUR = QColor("#0e5a6b")
LABEL_POINTS = 8  # sixteen hours side by side must fit under half a screen


class BarChart(QChartView):
    """One titled bar chart; :meth:`show_values` replaces its bars."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_title = title
        self.bars = QBarSet(title)
        self.bars.setColor(BAR_COLOUR)
        self.setChart(QChart())

    def show_values(self, labels: Sequence[str], values: Sequence[float]) -> None:
        """Draw ``values`` above ``labels`` on a fresh chart."""
        chart = QChart()
        chart.setTitle(self.chart_title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.bars = QBarSet(self.chart_title)
        self.bars.setColor(BAR_COLOUR)
        self.bars.append(list(values))
        series = QBarSeries()
        series.append(self.bars)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(labels))
        font = x_axis.labelsFont()
        font.setPointSize(LABEL_POINTS)
        x_axis.setLabelsFont(font)
        y_axis = QValueAxis()
        y_axis.setRange(0, max([*values, 1]) * 1.1)
        y_axis.setLabelFormat("%.0f")
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.setChart(chart)

    def values(self) -> list[float]:
        """The bars now shown (for tests and the screen reader)."""
        return [self.bars.at(index) for index in range(self.bars.count())]
