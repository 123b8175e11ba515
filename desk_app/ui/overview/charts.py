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
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

BAR_COLOUR = QColor("#0e5a6b")
LABEL_POINTS = (12, 11, 10, 9, 8)  # the largest that fits; sixteen hours in half a screen
LABEL_MARGINS = 10  # px QtCharts keeps around a category's label before it shows "…"
VALUE_TICKS = 3  # 0, the middle and the top: at a large text size more would be cut to "…"


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
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.0f")
        self.y_axis.setTickCount(VALUE_TICKS)
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
        self.y_axis.setTickCount(VALUE_TICKS)  # the nice numbers choose their own count
        self._fit_labels()
        described = "; ".join(
            f"{label}: {value:g}" for label, value in zip(labels, values, strict=True)
        )
        self.setAccessibleDescription(described)
        self.viewport().setAccessibleDescription(described)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: the axes' labels as large as the new width lets them be whole."""
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """The largest label size at which every category's label fits its column."""
        categories = self.x_axis.categories()
        room = self.width() * 0.8 / max(len(categories), 1) - LABEL_MARGINS  # the plot's share
        font = QFont(self.font())
        for points in LABEL_POINTS:
            font.setPointSize(points)
            metrics = QFontMetrics(font)
            if all(metrics.horizontalAdvance(label) <= room for label in categories):
                break
        self.x_axis.setLabelsFont(font)
        self.y_axis.setLabelsFont(font)

    def values(self) -> list[float]:
        """The bars now shown (for tests and the screen reader)."""
        return [self.bars.at(index) for index in range(self.bars.count())]
