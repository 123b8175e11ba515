"""Office page "Rapport gemeente": a year's municipal report on screen, saved as PDF and CSV.

The report is read from the central database in the background (``Pool.CENTRAL``); the files
are written in the background too (``Pool.DOCUMENTS``), as a PDF takes a moment to lay out.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.services.office.municipality import (
    FIRST_YEAR,
    MunicipalReport,
    municipal_report,
    municipalities,
)
from desk_app.ui.flow import FlowLayout
from desk_app.ui.heading import page_heading
from desk_app.ui.jobs import Pool
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.municipal_model import report_model, shown_rows
from desk_app.ui.touch import big_button, touch_sized
from desk_app.ui.widgets import MessagePlace


class MunicipalPage(QWidget):
    """Pick a year and a municipality, see the totals, save the report for the municipality."""

    title = QT_TRANSLATE_NOOP("OfficePages", "Rapport gemeente")
    icon_name = "dagafsluiting"

    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: MunicipalReport | None = None
        self.year = touch_sized(QSpinBox(self))
        this_year = QDate.currentDate().year()
        self.year.setRange(FIRST_YEAR, this_year)
        self.year.setValue(this_year - 1)  # the report is made after the year ends
        self.place = touch_sized(QComboBox(self))
        self.place.addItem(self.tr("Alle gemeenten"), "")
        for control in (self.year, self.place):
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_button = big_button(self.tr("Toon rapport"), self)
        self.pdf_button = big_button(self.tr("PDF opslaan"), self)
        self.csv_button = big_button(self.tr("CSV opslaan"), self)
        self.show_button.clicked.connect(self.load_report)
        self.pdf_button.clicked.connect(partial(self._ask_and_save, "pdf"))
        self.csv_button.clicked.connect(partial(self._ask_and_save, "csv"))
        self.centres = QLabel(self)
        self.centres.setWordWrap(True)
        self.model = report_model()
        self.model.setParent(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The label takes what room is left (a cut label reads whole in its tooltip).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.message = MessagePlace(self)
        self._lay_out()
        self._set_saving(enabled=False)

    def _lay_out(self) -> None:
        choices = FlowLayout()
        for text, control in ((self.tr("Jaar"), self.year), (self.tr("Gemeente"), self.place)):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(text, pair)
            caption.setBuddy(control)
            row.addWidget(caption)
            row.addWidget(control)
            choices.addWidget(pair)
        for button in (self.show_button, self.pdf_button, self.csv_button):
            choices.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(page_heading(self, "overzicht", self.tr("Rapport gemeente")))
        layout.addLayout(choices)
        layout.addWidget(self.centres)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        """Read the municipalities the centres report to, then the report for the year."""
        self.context.jobs.run(
            Pool.CENTRAL,
            partial(municipalities, self.context.central_url, self.context.ca_file),
            self._show_places,
            self._failed,
        )
        self.load_report()

    @Slot()
    def load_report(self) -> None:
        """Read the report for the chosen year and municipality, off the GUI thread."""
        self.show_button.setEnabled(False)
        self.message.show_info(self.tr("Het rapport wordt gemaakt…"))
        work = partial(
            municipal_report,
            self.context.central_url,
            self.year.value(),
            self.place.currentData() or None,
            self.context.ca_file,
        )
        self.context.jobs.run(Pool.CENTRAL, work, self._show_report, self._failed)

    def save_to(self, path: Path) -> None:
        """Write the report shown to ``path``: a PDF or, for a ``.csv`` name, the figures."""
        report = self.report
        if report is None:
            return
        self._set_saving(enabled=False)
        self.message.show_info(self.tr("Bezig met opslaan…"))
        work = partial(_write, report, path)
        self.context.jobs.run(Pool.DOCUMENTS, work, self._saved, self._failed)

    def _ask_and_save(self, kind: str) -> None:
        if self.report is None:
            return
        place = self.report.municipality or "alle-gemeenten"
        suggested = f"rapport-gemeente-{place.lower().replace(' ', '-')}-{self.report.year}.{kind}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Rapport opslaan"), suggested, f"{kind.upper()} (*.{kind})"
        )
        if name:
            self.save_to(Path(name))

    def _show_places(self, names: list[str]) -> None:
        chosen = self.place.currentData()
        self.place.clear()
        self.place.addItem(self.tr("Alle gemeenten"), "")
        for name in names:
            self.place.addItem(name, name)
        self.place.setCurrentIndex(max(0, self.place.findData(chosen)))

    def _show_report(self, report: MunicipalReport) -> None:
        self.report = report
        self.model.set_rows(shown_rows(report.lines))
        names = ", ".join(report.centres.values()) or "–"
        self.centres.setText(self.tr("Buurthuizen: {names}").format(names=names))
        self.message.clear_message()
        self.show_button.setEnabled(True)
        self._set_saving(enabled=True)

    def _saved(self, path: Path) -> None:
        self.message.show_info(self.tr("Opgeslagen: {path}").format(path=path))
        self._set_saving(enabled=True)

    def _failed(self, error: Exception) -> None:
        self.show_button.setEnabled(True)
        self._set_saving(enabled=self.report is not None)
        if isinstance(error, DeskError):
            self.message.show_desk_error(error)
        elif isinstance(error, OSError):
            self.message.show_error(self.tr("Het bestand kon niet worden opgeslagen."))
        else:
            self.message.show_error(self.tr("De centrale database gaf geen antwoord."))

    def _set_saving(self, *, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)


def _write(report: MunicipalReport, path: Path) -> Path:
    """Lay the report out and write it (in a background job)."""
    # reportlab loads when a report is saved, not when the office opens
    from desk_app.documents.municipal_report import (  # noqa: PLC0415
        municipal_report_csv,
        municipal_report_pdf,
    )

    make = municipal_report_csv if path.suffix.lower() == ".csv" else municipal_report_pdf
    path.write_bytes(make(report))
    return path
