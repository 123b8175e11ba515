"""Buurthuisgegevens: the social manager changes the centre's details, hours and day parts."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from desk_app.errors import DeskError
from desk_app.services import centre
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.forms.collect import collect_details
from desk_app.ui.forms.details import IdentityForm, NumbersForm
from desk_app.ui.forms.times import DayPartsEditor, HoursEditor
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.widgets import MessageLabel


class CentreDialog(QDialog):
    """The stored details in four tabs; saving goes through ``centre.update_centre``."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.actor = actor
        self.setWindowTitle(self.tr("Buurthuisgegevens"))
        self.identity = IdentityForm(self)
        self.identity.code.setReadOnly(True)  # the code is on every record; the core refuses it
        self.numbers = NumbersForm(self)
        self.hours = HoursEditor(self)
        self.parts = DayPartsEditor(self)
        tabs = QTabWidget(self)
        tabs.addTab(self.identity, self.tr("Buurthuis"))
        tabs.addTab(self.numbers, self.tr("Nummers"))
        tabs.addTab(self.hours, self.tr("Openingstijden"))
        tabs.addTab(self.parts, self.tr("Dagdelen"))
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(TabButtons(tabs, self))
        body.addWidget(tabs, 1)
        self.fitting = fit_dialog(self, body, buttons, self.message)
        self._show(centre.centre_details(uow))

    def _show(self, details: centre.CentreDetails) -> None:
        self.identity.fill(details)
        self.numbers.fill(details)
        self.hours.set_value(details.opening_hours)
        self.parts.set_value(details.day_parts)

    @Slot()
    def save(self) -> bool:
        """Store the changes, or show why the core refuses them."""
        details = collect_details(self.identity, self.numbers, self.hours, self.parts)
        try:
            stored = centre.update_centre(self.uow, self.actor, details)
        except DeskError as error:
            self.message.show_desk_error(error)
            return False
        self._show(stored)
        self.message.show_info(self.tr("De gegevens zijn opgeslagen."))
        return True
