"""Export the till journal of a period to a CSV file for the 7-year archive (manager only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services.auth import Actor
from desk_app.services.till.journal import journal_csv
from desk_app.services.till.reports import day_bounds
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.widgets import MessageLabel


class JournalExportDialog(QDialog):
    """Pick the first and last day; the file is written where the manager chooses."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.actor = uow, actor
        self.setWindowTitle(self.tr("Journaal exporteren"))
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(1 - today.day()))
        self.last = QDateEdit(today)
        self.message = MessageLabel(self)
        form = QFormLayout()
        for label, edit in ((self.tr("Van"), self.first), (self.tr("Tot en met"), self.last)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(screen_formatter().numeric_pattern())
            edit.setMinimumHeight(44)
            form.addRow(label, edit)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self._export)
        box.rejected.connect(self.reject)
        fit_dialog(self, form, box, self.message)

    def export_to(self, path: Path) -> None:
        """Write the journal of the chosen days to ``path``."""
        first: date = self.first.date().toPython()  # type: ignore[assignment]
        last: date = self.last.date().toPython()  # type: ignore[assignment]
        text = journal_csv(self.uow, self.actor, day_bounds(first)[0], day_bounds(last)[1])
        path.write_text(text, encoding="utf-8")

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Journaal opslaan"), "kassajournaal.csv", "CSV (*.csv)"
        )
        if not name:
            return
        try:
            self.export_to(Path(name))
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        except OSError:
            self.message.show_error(self.tr("Het bestand kon niet worden opgeslagen."))
            return
        self.accept()
