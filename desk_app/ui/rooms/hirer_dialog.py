"""The dialog to register a hirer or change one, with the IBAN checked as soon as it is typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import TariffClass
from desk_app.services.auth import Actor
from desk_app.services.rooms.hirer_changes import update_hirer
from desk_app.services.rooms.hirers import HirerDetails, clean_iban, create_hirer
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.messages import error_text, kind_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.admin_common import is_manager
from desk_app.ui.rooms.common import MessageLine
from desk_app.ui.rooms.mandate_fields import MandateFields
from desk_app.ui.touch import big_button, touch_sized

TEXT_FIELDS = (
    "contact_name",
    "street",
    "postcode",
    "city",
    "email",
    "phone",
    "iban",
    "registration_number",
    "peppol_id",
)


class HirerDialog(QDialog):
    """Name, kind, tariff class, contact and address, an optional IBAN and mandate, e-invoicing.

    With ``hirer`` it changes that hirer; only the manager may change the tariff class.
    """

    def __init__(
        self,
        uow: UnitOfWork,
        actor: Actor,
        parent: QWidget | None = None,
        hirer: HirerDetails | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Nieuwe huurder") if hirer is None else self.tr("Huurder wijzigen")
        )
        self._uow, self._actor, self._hirer = uow, actor, hirer
        self.created: HirerDetails | None = None
        self.saved: HirerDetails | None = None
        self.name = touch_sized(QLineEdit(self))
        self.organisation = QCheckBox(self.tr("Organisatie (geen particulier)"), self)
        self.organisation.setChecked(True)
        self.organisation.setStyleSheet("QCheckBox { min-height: 44px; }")
        self.tariff = self._tariff_choice(hirer)
        self.e_invoicing = QCheckBox(self.tr("Ontvangt e-facturen (UBL)"), self)
        self.e_invoicing.setStyleSheet("QCheckBox { min-height: 44px; }")
        self.fields = {key: touch_sized(QLineEdit(self)) for key in TEXT_FIELDS}
        self.fields["iban"].editingFinished.connect(self.check_iban)
        self.mandate = MandateFields(uow.now().astimezone(LOCAL_ZONE).date(), self)
        self.message = MessageLine(self)
        self.act = PageAction(lambda: actor, self.message)
        self.save_button = big_button(self.tr("Opslaan"), self)
        self.save_button.clicked.connect(self.save)
        self._lay_out()
        if hirer is not None:
            self._fill(hirer)

    def _tariff_choice(self, hirer: HirerDetails | None) -> QComboBox:
        combo = touch_sized(QComboBox(self))
        choices = [TariffClass.SOCIAL, TariffClass.COMMERCIAL]
        if is_manager(self._actor) or (hirer and hirer.tariff_class is TariffClass.INTERNAL):
            choices.append(TariffClass.INTERNAL)
        for tariff in choices:
            combo.addItem(kind_text(tariff), tariff.value)
        if hirer is not None and not is_manager(self._actor):
            combo.setEnabled(False)
            combo.setToolTip(self.tr("Alleen de sociaal beheerder wijzigt het tarief."))
        return combo

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow("", self.organisation)
        form.addRow(self.tr("Tarief"), self.tariff)
        labels: dict[str, Callable[[], str]] = {
            "contact_name": lambda: self.tr("Contactpersoon"),
            "street": lambda: self.tr("Straat en huisnummer"),
            "postcode": lambda: self.tr("Postcode"),
            "city": lambda: self.tr("Plaats"),
            "email": lambda: self.tr("E-mail"),
            "phone": lambda: self.tr("Telefoon"),
            "iban": lambda: self.tr("IBAN (niet verplicht)"),
            "registration_number": lambda: self.tr("KvK-nummer of OIN"),
            "peppol_id": lambda: self.tr("Peppol-id (anders uit KvK/OIN)"),
        }
        for key, label in labels.items():
            if key == "registration_number":
                form.addRow("", self.e_invoicing)
            form.addRow(label(), self.fields[key])
        # The mandate's own labels and fields take the whole width under its heading, as a
        # label beside them would make the form wider than the screen at a large text size.
        form.addRow(QLabel(self.tr("SEPA-machtiging"), self))
        form.addRow(self.mandate)
        cancel = big_button(self.tr("Annuleren"), self)
        cancel.clicked.connect(self.reject)
        self.fitting = fit_dialog(self, form, [self.save_button, cancel], self.message)
        self.setMinimumWidth(520)

    def _fill(self, hirer: HirerDetails) -> None:
        self.name.setText(hirer.name)
        self.organisation.setChecked(hirer.is_organisation)
        self.e_invoicing.setChecked(hirer.e_invoicing)
        self.tariff.setCurrentIndex(self.tariff.findData(hirer.tariff_class.value))
        for key, field in self.fields.items():
            field.setText(str(getattr(hirer, key)))
        self.mandate.fill(hirer.mandate_reference, hirer.mandate_signed_on, hirer.mandate_first)

    def details(self) -> HirerDetails:
        """The hirer as the form stands."""
        text = {key: field.text() for key, field in self.fields.items()}
        reference, signed_on, first = self.mandate.values()
        details = HirerDetails(
            name=self.name.text(),
            tariff_class=TariffClass(self.tariff.currentData()),
            is_organisation=self.organisation.isChecked(),
            contact_name=text["contact_name"],
            street=text["street"],
            postcode=text["postcode"],
            city=text["city"],
            email=text["email"],
            phone=text["phone"],
            iban=text["iban"],
            e_invoicing=self.e_invoicing.isChecked(),
            registration_number=text["registration_number"],
            peppol_id=text["peppol_id"],
            mandate_reference=reference,
            mandate_signed_on=signed_on,
            mandate_first=first,
        )
        if self._hirer is None:
            return details
        return replace(details, id=self._hirer.id, active=self._hirer.active)

    @Slot()
    def check_iban(self) -> bool:
        """Say straight away when the IBAN's check digits are wrong."""
        try:
            clean_iban(self.fields["iban"].text())
        except DeskError as error:
            self.message.show_error(error_text(error))
            self.fitting.fit()
            return False
        self.message.hide()
        return True

    @Slot()
    def save(self) -> None:
        """Store the hirer, or say what is wrong and keep the dialog open."""
        self.act.run(self._store, self._stored, failed=lambda _error: self.fitting.fit())

    def _store(self, actor: Actor) -> HirerDetails:
        if self._hirer is None:
            return create_hirer(self._uow, actor, self.details())
        return update_hirer(self._uow, actor, self.details())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fitting.fit()

    def _stored(self, hirer: HirerDetails) -> None:
        if self._hirer is None:
            self.created = hirer
        self.saved = hirer
        self.accept()
