"""A small dialog to register a new hirer, with the IBAN checked when it is entered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.models import TariffClass
from desk_app.services.auth import Actor
from desk_app.services.hire_rules import tariff_label
from desk_app.services.hirers import HirerDetails, create_hirer
from desk_app.services.uow import UnitOfWork
from desk_app.ui.rooms.common import MessageLine, big_button, error_text, touch_sized


class HirerDialog(QDialog):
    """Name, kind, tariff class, contact and invoice address, and an optional IBAN."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe huurder"))
        self._uow, self._actor = uow, actor
        self.created: HirerDetails | None = None
        self.name = touch_sized(QLineEdit(self))
        self.organisation = QCheckBox(self.tr("Organisatie (geen particulier)"), self)
        self.organisation.setChecked(True)
        self.tariff = touch_sized(QComboBox(self))
        for tariff in (TariffClass.SOCIAL, TariffClass.COMMERCIAL):
            self.tariff.addItem(self.tr(tariff_label(tariff)), tariff)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow("", self.organisation)
        form.addRow(self.tr("Tarief"), self.tariff)
        labels: tuple[tuple[str, Callable[[], str]], ...] = (
            ("contact_name", lambda: self.tr("Contactpersoon")),
            ("street", lambda: self.tr("Straat en huisnummer")),
            ("postcode", lambda: self.tr("Postcode")),
            ("city", lambda: self.tr("Plaats")),
            ("email", lambda: self.tr("E-mail")),
            ("phone", lambda: self.tr("Telefoon")),
            ("iban", lambda: self.tr("IBAN (niet verplicht)")),
        )
        for key, label in labels:
            self.fields[key] = touch_sized(QLineEdit(self))
            form.addRow(label(), self.fields[key])
        self.message = MessageLine(self)
        save, cancel = big_button(self.tr("Opslaan"), self), big_button(self.tr("Annuleren"), self)
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    @Slot()
    def save(self) -> None:
        """Store the hirer, or say what is wrong and keep the dialog open."""
        details = HirerDetails(
            name=self.name.text(),
            tariff_class=TariffClass(self.tariff.currentData()),
            is_organisation=self.organisation.isChecked(),
            contact_name=self.fields["contact_name"].text(),
            street=self.fields["street"].text(),
            postcode=self.fields["postcode"].text(),
            city=self.fields["city"].text(),
            email=self.fields["email"].text(),
            phone=self.fields["phone"].text(),
            iban=self.fields["iban"].text(),
        )
        try:
            self.created = create_hirer(self._uow, self._actor, details)
        except DeskError as error:
            self.message.show_error(error_text(error))
            return
        self.accept()
