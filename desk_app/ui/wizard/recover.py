"""Herstel vanuit de centrale database: the first-run wizard's way to rebuild a lost PC."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.forms.ca_file import CaFileChoice
from desk_app.ui.jobs import Jobs, Pool
from desk_app.ui.placeholders import CENTRAL_EXAMPLE, FittingPlaceholder
from desk_app.ui.widgets import MessageLabel, PinEdit, add_row, form_layout

log = logging.getLogger(__name__)
TITLE_BAR = 32  # what a window manager adds above a dialog


class RecoverDialog(QDialog):
    """Address, password and CA as in the settings, and the managers' new PIN; then recover.

    The recovery runs in the ``CENTRAL`` pool; the dialog shows it is busy, and on success
    closes with the first social manager at the desk (``actor``).
    """

    def __init__(
        self, uow: UnitOfWork, folder: DataFolder, jobs: Jobs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.uow, self.folder, self.jobs = uow, folder, jobs
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Herstel vanuit de centrale database"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._scrolled_body(), 1)  # long at the largest text: it scrolls
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the rows' number is known only at the end
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = MessageLabel(self)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.recover_button = self.buttons.addButton(
            self.tr("Herstellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.recover)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fit()

    def _scrolled_body(self) -> QScrollArea:
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self._wrapped(self._intro()))
        column.addWidget(self._form())
        self.lost_note = self._wrapped(self._lost_text())
        column.addWidget(self.lost_note)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.body = body
        return scroll

    def _fit(self) -> None:
        """As large as the content asks, never past the screen's free room (a taskbar too)."""
        wanted = self.body.sizeHint() + QSize(48, 160)
        screen = self.screen().availableGeometry().size() - QSize(0, TITLE_BAR)
        self.resize(wanted.boundedTo(screen).expandedTo(QSize(640, 420)))

    def _intro(self) -> str:
        return self.tr(
            "Is de pc van dit buurthuis kwijt of kapot? Dan haalt de app alles terug wat de "
            "centrale database van dit buurthuis heeft. Vul het adres en wachtwoord in die het "
            "kantoor gaf, en een nieuwe pincode voor de sociaal beheerders."
        )

    def _lost_text(self) -> str:
        return self.tr(
            "Niet terug komen: namen en telefoonnummers van bezoekers (die gaan om hun privacy "
            "nooit naar de centrale database), IBAN's van huurders, de pincodes van de anderen "
            "en wat na de laatste synchronisatie is ingevoerd."
        )

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _form(self) -> QWidget:
        holder = QWidget(self)
        form = form_layout(holder)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        self.url = QLineEdit(holder)
        FittingPlaceholder(self.url, (CENTRAL_EXAMPLE, "postgresql://…"))
        add_row(form, self.tr("Adres"), self.url)
        self.password = QLineEdit(holder)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(form, self.tr("Wachtwoord"), self.password)
        self.ca = CaFileChoice(None, holder)
        add_row(form, self.tr("CA-certificaat"), self.ca)
        self.pin = PinEdit(holder)
        self.pin_again = PinEdit(holder)
        add_row(form, self.tr("Nieuwe pincode"), self.pin)
        add_row(form, self.tr("Pincode nog een keer"), self.pin_again)
        return holder

    @Slot()
    def recover(self) -> None:
        """Start the recovery off the GUI thread; the two PINs must match first."""
        if self.pin.text() != self.pin_again.text():
            self.message.show_error(self.tr("De twee pincodes zijn niet gelijk."))
            return
        self._busy(True)
        self.message.show_info(self.tr("Bezig met herstellen…"))
        uow, folder, ca_file = self.uow, self.folder, self.ca.ca_file
        url, password, pin = self.url.text(), self.password.text(), self.pin.text()

        def work() -> Actor:
            # The central adapters (psycopg) load only when a recovery runs.
            from desk_app.sync.rebuild import rebuild_here  # noqa: PLC0415

            return rebuild_here(
                uow, folder, url=url, password=password, ca_file=ca_file, manager_pin=pin
            )

        self.jobs.run(Pool.CENTRAL, work, self.recovered, self.failed)

    @Slot(object)
    def recovered(self, actor: Actor) -> None:
        """Done: the first social manager is at the desk."""
        self.actor = actor
        self.accept()

    @Slot(object)
    def failed(self, error: Exception) -> None:
        """Say why in the dialog; nothing was written, so the person may try again."""
        self._busy(False)
        if isinstance(error, DeskError):
            self.message.show_desk_error(error)
            return
        log.error("recovery failed", exc_info=error)
        self.message.show_error(
            self.tr("Het herstel ging onverwacht mis. De details staan in het logbestand.")
        )

    def reject(self) -> None:
        """Qt override: a recovery under way is not left half-way by Escape or closing."""
        if not self.progress.isVisible():
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        for widget in (self.url, self.password, self.ca.button, self.pin, self.pin_again):
            widget.setEnabled(not busy)
        self.recover_button.setEnabled(not busy)
