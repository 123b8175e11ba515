"""One centre's days in the office overview's period: visits, turnover and its Z-reports."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.office.overview import CentreDay, CentreDetail
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.table_model import Column, RowTableModel


def _cents(cents: int) -> str:
    return screen_formatter().cents(cents)


def _z(day: CentreDay, cents: int) -> str:
    return _cents(cents) if day.z_number is not None else ""


DAY_COLUMNS: list[Column[CentreDay]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Datum"), lambda d: screen_formatter().numeric(d.day)),
    Column(QT_TRANSLATE_NOOP("Columns", "Bezoeken"), lambda d: screen_formatter().number(d.visits)),
    Column(QT_TRANSLATE_NOOP("Columns", "Baromzet"), lambda d: _cents(d.turnover_cents)),
    Column(QT_TRANSLATE_NOOP("Columns", "Z-nr"), lambda d: str(d.z_number or "")),
    Column(QT_TRANSLATE_NOOP("Columns", "Contant"), lambda d: _z(d, d.cash_takings_cents)),
    Column(QT_TRANSLATE_NOOP("Columns", "Pin"), lambda d: _z(d, d.card_cents)),
    Column(QT_TRANSLATE_NOOP("Columns", "Uitbetaald"), lambda d: _z(d, d.paid_out_cents)),
    Column(QT_TRANSLATE_NOOP("Columns", "Kasverschil"), lambda d: _z(d, d.cash_difference_cents)),
    Column(QT_TRANSLATE_NOOP("Columns", "Afgesloten door"), lambda d: d.closed_by),
]


class CentreDetailDialog(QDialog):
    """A centre's days, newest first, with the totals of its Z-reports above them."""

    def __init__(self, detail: CentreDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(detail.name)
        self.totals = QLabel(self._totals(detail), self)
        self.totals.setWordWrap(True)
        self.model: RowTableModel[CentreDay] = RowTableModel(DAY_COLUMNS, self)
        self.model.set_rows(detail.days)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dagen van {name}").format(name=detail.name))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(self.totals)
        body.addWidget(self.table, 1)
        self.fitting = fit_dialog(self, body, buttons)

    def sizeHint(self) -> QSize:
        """Qt override: room for every column of the days, as the office opens it."""
        return QSize(1100, 560).expandedTo(super().sizeHint())

    def _totals(self, detail: CentreDetail) -> str:
        return self.tr(
            "{count} Z-rapport(en): contant {cash}, pin {card}, uitbetaald {paid}, "
            "kasverschil {difference}."
        ).format(
            count=len(detail.closed),
            cash=_cents(detail.z_total("cash_takings_cents")),
            card=_cents(detail.z_total("card_cents")),
            paid=_cents(detail.z_total("paid_out_cents")),
            difference=_cents(detail.z_total("cash_difference_cents")),
        )
