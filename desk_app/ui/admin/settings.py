"""Instellingen: the social manager sets the central database, backups and the sync time."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.paths import DataFolder
from desk_app.services import operations, schedule
from desk_app.services.auth import Actor
from desk_app.services.operations import OperationsSettings
from desk_app.services.uow import UnitOfWork
from desk_app.ui.admin.sync_panel import SyncPanel
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.forms.times import time_edit
from desk_app.ui.placeholders import CENTRAL_EXAMPLE, FittingPlaceholder
from desk_app.ui.sync_control import SyncController
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.widgets import MessageLabel, add_row, form_layout

# Touch-friendly choices rather than a spin box with tiny arrows; the service allows 1-365.
RETENTION_CHOICES = (3, 7, 14, 30, 60, 90, 180, 365)


class SettingsDialog(QDialog):
    """The operations settings in three tabs; saving goes through ``operations.save_operations``.

    The Synchronisatie tab also shows the sync log and, on request, the central errors.

    Signals:
        centre_details_requested: the manager wants the centre's details, hours and day parts.
    """

    centre_details_requested = Signal()

    def __init__(
        self,
        uow: UnitOfWork,
        actor: Actor,
        folder: DataFolder,
        parent: QWidget | None = None,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__(parent)
        self.sync_panel = SyncPanel(uow, sync)
        self.uow = uow
        self.actor = actor
        self.folder = folder
        self.setWindowTitle(self.tr("Instellingen"))
        self.tabs = tabs = QTabWidget(self)
        tabs.addTab(self._central_tab(), self.tr("Centrale database"))
        tabs.addTab(self._backup_tab(), self.tr("Reservekopieën"))
        tabs.addTab(self._sync_tab(), self.tr("Synchronisatie"))
        self.centre_button = QPushButton(
            self.tr("Buurthuisgegevens, openingstijden en dagdelen…"), self
        )
        self.centre_button.clicked.connect(self.centre_details_requested)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(TabButtons(tabs, self))
        body.addWidget(tabs, 1)
        body.addWidget(self.centre_button)
        self.fitting = fit_dialog(self, body, buttons, self.message)
        self._show(operations.load_operations(uow))

    def _central_tab(self) -> QWidget:
        tab = QWidget(self)
        form = form_layout(tab)
        self.url = QLineEdit(tab)
        FittingPlaceholder(self.url, (CENTRAL_EXAMPLE, "postgresql://…"))
        add_row(form, self.tr("Adres"), self.url)
        self.password = QLineEdit(tab)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(form, self.tr("Wachtwoord"), self.password)
        add_row(form, self.tr("CA-certificaat"), self._ca_row(tab))
        note = QLabel(
            self.tr(
                "Het wachtwoord wordt veilig in Windows of de sleutelbos bewaard. Een server "
                "buiten deze pc wordt alleen versleuteld bereikt, gecontroleerd met het "
                "CA-certificaat van de organisatie."
            ),
            tab,
        )
        note.setWordWrap(True)
        form.addRow(note)
        return tab

    def _ca_row(self, tab: QWidget) -> QWidget:
        self.ca_file: Path | None = None
        self.ca_label = QLabel(tab)
        self.ca_label.setWordWrap(True)
        self.ca_button = QPushButton(self.tr("Kiezen…"), tab)
        self.ca_button.clicked.connect(self.choose_ca)
        row = QHBoxLayout()
        row.addWidget(self.ca_label, 1)
        row.addWidget(self.ca_button)
        row.setContentsMargins(0, 0, 0, 0)
        holder = QWidget(tab)
        holder.setLayout(row)
        return holder

    def _backup_tab(self) -> QWidget:
        tab = QWidget(self)
        form = form_layout(tab)
        self.backup_folder = QLineEdit(tab)
        self.backup_folder.setPlaceholderText(str(self.folder.backups))
        self.choose_button = QPushButton(self.tr("Kiezen…"), tab)
        self.choose_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(self.choose_button)
        holder = QWidget(tab)
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("Map"), holder)
        self.retention = QComboBox(tab)
        for days in RETENTION_CHOICES:
            self.retention.addItem(self.tr("{days} dagen").format(days=days), days)
        add_row(form, self.tr("Bewaren"), self.retention)
        note = QLabel(self.tr("Elke dag één kopie; een USB-stick of netwerkmap kan ook."), tab)
        note.setWordWrap(True)
        form.addRow(note)
        return tab

    def _sync_tab(self) -> QWidget:
        tab = QWidget(self)
        form = form_layout(tab)
        self.sync_time = time_edit(tab, OperationsSettings().sync_time)
        add_row(form, self.tr("Tijd"), self.sync_time)
        note = QLabel(
            self.tr("Elke nacht worden de gegevens dan naar de centrale database gestuurd.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.sync_panel)
        return tab

    def show_sync_tab(self) -> None:
        """Open on the sync log (from the status bar or the Beheer menu)."""
        self.tabs.setCurrentIndex(self.tabs.count() - 1)

    def _show(self, settings: OperationsSettings) -> None:
        self.url.setText(settings.central_url)
        self.ca_file = None
        self.ca_label.setText(
            settings.central_ca or self.tr("nog niet gekozen; nodig voor een server buiten deze pc")
        )
        self.password.clear()
        stored = operations.central_password(settings) is not None
        self.password.setPlaceholderText(
            self.tr("bewaard; leeg laten om niet te wijzigen")
            if stored
            else self.tr("nog niet ingesteld")
        )
        self.backup_folder.setText(settings.backup_folder)
        self.set_retention(settings.retention_days)
        self.sync_time.setTime(QTime(settings.sync_time.hour, settings.sync_time.minute))

    def set_retention(self, days: int) -> None:
        """Select ``days`` in the retention list, adding it if it is not one of the choices."""
        if self.retention.findData(days) < 0:
            self.retention.addItem(self.tr("{days} dagen").format(days=days), days)
        self.retention.setCurrentIndex(self.retention.findData(days))

    def settings(self) -> OperationsSettings:
        """The settings as the form shows them now."""
        chosen = self.sync_time.time()
        return OperationsSettings(
            central_url=self.url.text(),
            backup_folder=self.backup_folder.text(),
            retention_days=int(self.retention.currentData()),
            sync_time=time(chosen.hour(), chosen.minute()),
        )

    @Slot()
    def choose_folder(self) -> None:
        """Pick the backup folder with the system's folder dialog."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor reservekopieën"))
        if chosen:
            self.backup_folder.setText(chosen)

    @Slot()
    def choose_ca(self) -> None:
        """Pick the organisation's CA certificate; it is copied into the data folder on saving."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CA-certificaat van de organisatie"),
            "",
            self.tr("Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)"),
        )
        if chosen:
            self.ca_file = Path(chosen)
            self.ca_label.setText(self.tr("{file} (wordt bewaard bij Opslaan)").format(file=chosen))

    @Slot()
    def save(self) -> bool:
        """Store the changes (moving the nightly tasks to a new time), or show the refusal."""
        before = operations.load_operations(self.uow).sync_time
        try:
            stored = operations.save_operations(
                self.uow,
                self.actor,
                self.settings(),
                self.password.text() or None,
                folder=self.folder,
                ca_file=self.ca_file,
            )
        except DeskError as error:
            self.message.show_desk_error(error)
            return False
        self._show(stored)
        self.sync_panel.reload()
        if stored.sync_time == before:
            self.message.show_info(self.tr("De instellingen zijn opgeslagen."))
        else:
            self._report_move(schedule.move_nightly_tasks(stored.sync_time), stored.sync_time)
        return True

    def _report_move(self, moved: bool | None, at: time) -> None:
        """Say whether the installed nightly tasks moved with the new sync time."""
        if moved is False:
            self.message.show_error(
                self.tr(
                    "De instellingen zijn opgeslagen, maar de nachtelijke taak kon niet worden "
                    "verzet. Installeer de app opnieuw en kies daarbij de nieuwe tijd."
                )
            )
        elif moved:
            text = self.tr(
                "De instellingen zijn opgeslagen; de nachtelijke taak is verzet naar {time}."
            )
            self.message.show_info(text.format(time=f"{at:%H:%M}"))
        else:
            self.message.show_info(self.tr("De instellingen zijn opgeslagen."))
