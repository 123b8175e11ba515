"""*Incasso maken*: the month's open invoices of hirers with a mandate as a pain.008 file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from desk_app.documents.direct_debit_xml import pain008_xml
from desk_app.errors import DeskError
from desk_app.services.auth import Actor
from desk_app.services.rooms.direct_debit import DebitBatch, make_direct_debit
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.jobs import Jobs, Pool
from desk_app.ui.messages import error_text
from desk_app.ui.rooms.common import MessageLine, from_qdate, to_qdate
from desk_app.ui.touch import big_button, touch_sized


class DirectDebitDialog(QDialog):
    """Month, collection day (the first possible one unless another is chosen) and the file.

    The file is made and the collections recorded off the GUI thread, in one transaction;
    ``saved`` holds the batch once the file is written.
    """

    def __init__(
        self, uow: UnitOfWork, actor: Actor, jobs: Jobs, month: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._uow, self._actor, self._jobs = uow, actor, jobs
        self.saved: DebitBatch | None = None
        self.setWindowTitle(self.tr("Incasso maken"))
        self.month = self._date_field(month, "MM-yyyy")
        self.first_day = QCheckBox(self.tr("Op de eerst mogelijke werkdag"), self)
        self.first_day.setChecked(True)
        self.collect_on = self._date_field(month, screen_formatter().numeric_pattern())
        self.collect_on.setEnabled(False)
        self.collect_on.setAccessibleName(self.tr("Incassodatum"))
        self.first_day.toggled.connect(lambda on: self.collect_on.setEnabled(not on))
        self.file = touch_sized(QLineEdit(f"incasso-{month:%Y-%m}.xml", self))
        self.file.setAccessibleName(self.tr("Bestand"))
        self.message = MessageLine(self)
        self.make_button = big_button(self.tr("Incassobestand maken"), self)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self._lay_out()

    def _date_field(self, day: date, pattern: str) -> QDateEdit:
        field = touch_sized(QDateEdit(to_qdate(day), self))
        field.setDisplayFormat(pattern)
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return field

    def _lay_out(self) -> None:
        browse = big_button(self.tr("Bladeren…"), self)
        browse.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Facturen van de maand"), self.month)
        form.addRow(self.tr("Incassodatum"), self.first_day)
        form.addRow("", self.collect_on)
        form.addRow(self.tr("Bestand"), where)
        cancel = big_button(self.tr("Annuleren"), self)
        cancel.clicked.connect(self.reject)
        self.fitting = fit_dialog(self, form, [self.make_button, cancel], self.message)
        self.setMinimumWidth(520)

    @Slot()
    def choose_file(self) -> None:
        """Pick where the file goes."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Incassobestand opslaan"), self.file.text(), "XML (*.xml)"
        )
        if name:
            self.file.setText(name)

    @Slot()
    def make(self) -> None:
        """Record the collections and write the file, off the GUI thread."""
        month = from_qdate(self.month.date()).replace(day=1)
        day = None if self.first_day.isChecked() else from_qdate(self.collect_on.date())
        path = Path(self.file.text().strip()).expanduser()
        self.make_button.setEnabled(False)

        def work() -> DebitBatch:
            return make_direct_debit(
                self._uow, self._actor, month, lambda batch: _write(path, batch), day
            )

        self._jobs.run(Pool.DOCUMENTS, work, self._made, self._failed)

    def _made(self, batch: DebitBatch) -> None:
        self.saved = batch
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.make_button.setEnabled(True)
        if isinstance(error, DeskError):
            self.message.show_error(error_text(error))
        else:
            self.message.show_error(
                self.tr("Het bestand kon niet worden gemaakt of bewaard: {error}").format(
                    error=str(error)
                )
            )


def _write(path: Path, batch: DebitBatch) -> None:
    """The file, written whole or not at all."""
    partial = path.with_name(f".{path.name}.deel")
    partial.write_bytes(pain008_xml(batch))
    partial.replace(path)
