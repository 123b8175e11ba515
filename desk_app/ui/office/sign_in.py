"""The office's address, password and CA certificate, checked against the central database.

Opened by the first-run wizard's "Kantoor van de organisatie", and by ``desk-app office`` when
no address is known or the known one does not answer. The check and the storing run in the
``CENTRAL`` pool; on success the dialog closes with the stored ``address``.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.paths import DataFolder
from desk_app.services.office.address import OfficeAddress, sign_in
from desk_app.services.uow import UnitOfWork
from desk_app.ui.accessible import prepare
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.forms.ca_file import CaFileChoice
from desk_app.ui.jobs import Jobs, Pool
from desk_app.ui.touch import touch_sized
from desk_app.ui.widgets import MessageLabel, add_row, form_layout

log = logging.getLogger(__name__)
EXAMPLE = "postgresql://kantoor@server.example.nl/buurthuizen"


class OfficeSignInDialog(QDialog):
    """Where the office reaches the central database; ``address`` is set once it answered."""

    def __init__(
        self,
        uow: UnitOfWork,
        folder: DataFolder,
        jobs: Jobs,
        parent: QWidget | None = None,
        *,
        url: str = "",
        ca_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.uow, self.folder, self.jobs = uow, folder, jobs
        self.address: OfficeAddress | None = None
        self._given_ca = ca_file
        self.setWindowTitle(self.tr("Kantoor van de organisatie"))
        body = QVBoxLayout()
        intro = QLabel(
            self.tr(
                "Het kantoor werkt met de centrale database van alle buurthuizen. Vul het adres "
                "en het wachtwoord van de kantoorlogin in (desk-app central add-office)."
            ),
            self,
        )
        intro.setWordWrap(True)
        body.addWidget(intro)
        body.addWidget(self._form(url))
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(
            self.tr("Openen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.try_address)
        self.buttons.rejected.connect(self.reject)
        fit_dialog(self, body, self.buttons, self.message)
        prepare(self)

    def _form(self, url: str) -> QWidget:
        holder = QWidget(self)
        form = form_layout(holder)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.url = touch_sized(QLineEdit(url, holder))
        self.url.setPlaceholderText(EXAMPLE)
        add_row(form, self.tr("Adres"), self.url)
        self.password = touch_sized(QLineEdit(holder))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(form, self.tr("Wachtwoord"), self.password)
        self.ca = CaFileChoice(self._given_ca, holder)
        add_row(form, self.tr("CA-certificaat"), self.ca)
        return holder

    @Slot()
    def try_address(self) -> None:
        """Check the address off the GUI thread; only an office login that answers is kept."""
        self._busy(True)
        self.message.show_info(self.tr("Verbinden met de centrale database…"))
        work = partial(
            sign_in, self.uow, self.folder, self.url.text(), self.password.text(), self.ca.ca_file
        )
        self.jobs.run(Pool.CENTRAL, work, self.signed_in, self.failed)

    @Slot(object)
    def signed_in(self, address: OfficeAddress) -> None:
        """The central database answered to an office login: open the office."""
        self.address = address
        self.accept()

    @Slot(object)
    def failed(self, error: Exception) -> None:
        """Say why; nothing was stored, so the person may correct it and try again."""
        self._busy(False)
        if isinstance(error, DeskError):
            self.message.show_desk_error(error)
            return
        log.error("office sign-in failed", exc_info=error)
        self.message.show_error(
            self.tr("Verbinden ging onverwacht mis. De details staan in het logbestand.")
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.url, self.password, self.ca.button, self.open_button):
            widget.setEnabled(not busy)
