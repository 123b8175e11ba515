"""Overzicht organisatie: every centre side by side for a period, a chart per figure.

The figures are read from the central database in the background (``context.jobs``); a
click on a centre's column opens that centre's days and Z-reports.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHeaderView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.facts.office import FIGURES, Overview, organisation_overview
from desk_app.services.office.overview import CentreDetail, PeriodKind, Span, centre_detail
from desk_app.ui.dates import python_date
from desk_app.ui.flow import FlowLayout
from desk_app.ui.heading import page_heading
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.jobs import Pool
from desk_app.ui.modal import open_dialog
from desk_app.ui.office.centre_detail import CentreDetailDialog
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.failure import failure_text
from desk_app.ui.office.figures_model import FiguresModel, chart_value, figure_label
from desk_app.ui.overview.charts import BarChart
from desk_app.ui.touch import touch_sized
from desk_app.ui.widgets import MessagePlace

KINDS = (
    (PeriodKind.DAY, QT_TRANSLATE_NOOP("OfficeOverviewPage", "Dag")),
    (PeriodKind.WEEK, QT_TRANSLATE_NOOP("OfficeOverviewPage", "Week")),
    (PeriodKind.MONTH, QT_TRANSLATE_NOOP("OfficeOverviewPage", "Maand")),
    (PeriodKind.YEAR, QT_TRANSLATE_NOOP("OfficeOverviewPage", "Jaar")),
)
CHART_COLUMNS = 2


class OfficeOverviewPage(QWidget):
    """The period picker, the centres side by side, and a bar chart per figure."""

    title = QT_TRANSLATE_NOOP("OfficePages", "Overzicht organisatie")

    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: Overview | None = None
        self.detail: CentreDetailDialog | None = None
        self.kind = touch_sized(QComboBox(self))
        for kind, text in KINDS:
            self.kind.addItem(self.tr(text), kind)
        self.kind.setCurrentIndex(2)
        self.kind.setAccessibleName(self.tr("Periode"))
        self.day = touch_sized(QDateEdit(QDate.currentDate(), self))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(screen_formatter().numeric_pattern())
        self.day.setAccessibleName(self.tr("Dag in de periode"))
        self.message = MessagePlace(self)
        self.model = FiguresModel(self)
        self.table = self._table()
        self.charts = {key: BarChart(figure_label(key), self) for key in FIGURES}
        self._lay_out()
        self.kind.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Buurthuizen naast elkaar"))
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectColumns)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().sectionResized.connect(self._whole_table_height)
        table.horizontalHeader().sectionClicked.connect(self.open_centre)
        table.clicked.connect(lambda index: self.open_centre(index.column()))
        table.setToolTip(self.tr("Tik op een buurthuis voor zijn dagen en Z-rapporten."))
        return table

    @Slot()
    def _whole_table_height(self) -> None:
        """Every centre's row in view, the page scrolling rather than the table: at a large
        text size the charts below squeezed the table to its header alone."""
        table = self.table
        rows = table.verticalHeader().length() + table.horizontalHeader().height()
        sideways = table.horizontalScrollBar().sizeHint().height()  # when the columns overflow
        table.setMinimumHeight(rows + sideways + 2 * table.frameWidth())

    def _lay_out(self) -> None:
        picker = FlowLayout()
        picker.addWidget(self.kind)
        picker.addWidget(self.day)
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.addWidget(self.table)
        grid = QGridLayout()
        for number, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, *divmod(number, CHART_COLUMNS))
        body.addLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(
            page_heading(self, "overzicht", QCoreApplication.translate("OfficePages", self.title))
        )
        layout.addLayout(picker)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    @Slot()
    def refresh(self) -> None:
        """Read the chosen period's figures in the background."""
        kind: PeriodKind = self.kind.currentData()
        day = python_date(self.day.date())
        self.message.show_info(self.tr("De cijfers worden opgehaald…"))
        work = partial(organisation_overview, self.context.central_url, self.context.ca_file)
        self.context.jobs.run(
            Pool.CENTRAL, partial(work, kind, day), self.show_overview, self.show_failure
        )

    def show_overview(self, overview: Overview) -> None:
        """Fill the table and the charts."""
        self.overview = overview
        self.model.set_centres(list(overview.centres))
        # The charts name a centre by its code: sixteen names never fit under their bars.
        codes = [centre.code for centre in overview.centres]
        for key, chart in self.charts.items():
            chart.show_values(codes, [chart_value(key, c.figure(key)) for c in overview.centres])
        self.message.show_info(
            self.tr(
                "{span}, vergeleken met {previous}; stand van de laatste synchronisatie."
            ).format(span=_span_text(overview.span), previous=_span_text(overview.previous))
        )

    def show_failure(self, error: Exception) -> None:
        """Say in the message place why the figures could not be read."""
        self.message.show_error(failure_text(error))

    @Slot(int)
    def open_centre(self, column: int) -> None:
        """Open one centre's days and Z-reports for the period shown."""
        if self.overview is None or not 0 <= column < len(self.overview.centres):
            return
        code, span = self.overview.centres[column].code, self.overview.span
        work = partial(centre_detail, self.context.central_url, self.context.ca_file, code, span)
        self.context.jobs.run(Pool.CENTRAL, work, self.show_detail, self.show_failure)

    def show_detail(self, detail: CentreDetail) -> None:
        """Open the centre's days (one at a time; a new one replaces an open one)."""
        if self.detail is not None:
            self.detail.close()
        self.detail = open_dialog(CentreDetailDialog(detail, self), closed=self._detail_closed)

    def _detail_closed(self) -> None:
        self.detail = None

    def column_of(self, code: str) -> QModelIndex:
        """The first cell of a centre's column (for tests and the keyboard)."""
        codes = [centre.code for centre in self.model.centres]
        return self.model.index(0, codes.index(code)) if code in codes else QModelIndex()


def _span_text(span: Span) -> str:
    screen = screen_formatter()
    if span.first == span.last:
        return screen.numeric(span.first)
    return f"{screen.numeric(span.first)} – {screen.numeric(span.last)}"
