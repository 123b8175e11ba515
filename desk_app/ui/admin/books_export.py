"""Beheer › Boekhouding exporteren: the year's XML Auditfile Financieel for the accountant."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk_app.documents.xaf import xaf_bytes
from desk_app.services.auth import Actor
from desk_app.services.exports import export_year_books
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.widgets import MessageLabel


def _audit_file(uow: UnitOfWork, actor: Actor, year: int, to: Path) -> bytes:
    """Read the year's books (a manager's export, audited) and write them as XAF; runs in the
    documents pool."""
    return xaf_bytes(export_year_books(uow, actor, year, to), uow.now().date())


class BooksExportDialog(QDialog):
    """Pick a year; the audit file is made off the GUI thread and saved where chosen."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.documents = DocumentMaker(context, self)
        self.documents.saved.connect(self._saved)
        self.documents.failed.connect(self._failed)
        self.setWindowTitle(self.tr("Boekhouding exporteren"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.year.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.year.setMinimumHeight(44)
        self.message = MessageLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Boekjaar"), self.year)
        form.addRow(QLabel(self.tr("XML Auditfile Financieel 3.2, voor het boekhoudpakket.")))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Opslaan…"))
        self.save_button.setMinimumHeight(44)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._choose)
        box.rejected.connect(self.reject)
        fit_dialog(self, form, box, self.message)

    def save_to(self, path: Path) -> None:
        """Make the chosen year's audit file in the background and write it to ``path``."""
        actor = self.context.current_actor()
        if actor is None:
            self.message.show_error(self.tr("Laat de sociaal beheerder eerst inloggen."))
            return
        self.save_button.setEnabled(False)
        self.message.show_info(self.tr("Bezig met de auditfile…"))
        build = partial(_audit_file, self.context.uow, actor, self.year.value(), path)
        self.documents.save(path, build, open_it=False)

    @Slot()
    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Auditfile opslaan"),
            f"boekhouding-{self.year.value()}.xaf",
            "XML Auditfile (*.xaf *.xml)",
        )
        if name:
            self.save_to(Path(name))

    @Slot(object)
    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.message.show_info(self.tr("Opgeslagen in {file}.").format(file=path.name))

    @Slot(str)
    def _failed(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(text)
