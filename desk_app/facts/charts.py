"""Charts of the fact sheet, drawn with reportlab.graphics: visits by month per centre."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
PALETTE = (
    colors.HexColor("#2a6f97"),
    colors.HexColor("#e07a5f"),
    colors.HexColor("#81b29a"),
    colors.HexColor("#f2cc8f"),
    colors.HexColor("#6d597a"),
)


def months_chart(by_centre: dict[str, list[int]]) -> Drawing:
    """Stacked bars: visits in each month, one colour per centre, with a legend."""
    drawing = Drawing(170 * mm, 80 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = 120 * mm, 60 * mm
    series = list(by_centre.values()) or [[0] * 12]
    chart.data = [tuple(values) for values in series]
    chart.categoryAxis.categoryNames = list(MONTHS)
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 138 * mm, 70 * mm
    legend.colorNamePairs = [
        (PALETTE[index % len(PALETTE)], code) for index, code in enumerate(by_centre)
    ]
    drawing.add(legend)
    return drawing
