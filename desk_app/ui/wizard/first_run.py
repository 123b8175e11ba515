"""The first-run wizard: centre, numbers, opening hours, parts of the day, first manager."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QWidget, QWizard

from desk_app.errors import InvalidInput
from desk_app.services import centre
from desk_app.services.auth import Actor
from desk_app.services.centre import CentreDetails
from desk_app.services.uow import UnitOfWork
from desk_app.ui.forms.collect import collect_details
from desk_app.ui.forms.details import IdentityForm, NumbersForm
from desk_app.ui.forms.times import DayPartsEditor, HoursEditor
from desk_app.ui.wizard.pages import CheckedPage, ManagerForm


class FirstRunWizard(QWizard):
    """Asks everything the centre needs once; nothing is stored until the last page is done."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Buurthuis instellen"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self._name_buttons()
        self.identity = IdentityForm()
        self.numbers = NumbersForm()
        self.hours = HoursEditor()
        self.parts = DayPartsEditor()
        self.manager = ManagerForm()
        for page in self._pages():
            self.addPage(page)
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:
        """Qt override: room for the forms beside Qt's header, within a 1366×768 desk.

        Its pages scroll, so Qt's own hint would be a narrow wizard that scrolls sideways.
        """
        return QSize(900, 640)

    def _name_buttons(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Klaar"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))

    def _pages(self) -> list[CheckedPage]:
        return [
            CheckedPage(
                self.tr("Welkom! Welk buurthuis is dit?"),
                self.tr(
                    "De balie-app start hier voor het eerst. Kies het buurthuis uit de lijst, "
                    "of typ een andere naam met een code."
                ),
                self.identity,
                self.check_details,
            ),
            CheckedPage(
                self.tr("Nummers voor facturen"),
                self.tr("Deze nummers komen op facturen. U kunt ze ook later invullen."),
                self.numbers,
                self.check_details,
            ),
            CheckedPage(
                self.tr("Openingstijden"),
                self.tr("Zet een vinkje bij de dagen dat het buurthuis open is."),
                self.hours,
                self.check_details,
            ),
            CheckedPage(
                self.tr("Dagdelen"),
                self.tr("Bezoek en bezetting worden per dagdeel geteld."),
                self.parts,
                self.check_details,
            ),
            CheckedPage(
                self.tr("De eerste sociaal beheerder"),
                self.tr("Met deze naam en pincode beheert u straks de accounts."),
                self.manager,
                self.set_up,
            ),
        ]

    def details(self) -> CentreDetails:
        """What has been typed so far."""
        return collect_details(self.identity, self.numbers, self.hours, self.parts)

    def check_details(self) -> None:
        """Let the core check the details before going on (it stores nothing)."""
        centre.validated(self.details())

    def set_up(self) -> None:
        """Store the centre and its manager in one go; on a refusal nothing is written."""
        if self.manager.pin.text() != self.manager.pin_again.text():
            raise InvalidInput(
                QCoreApplication.translate("FirstRunWizard", "De twee pincodes zijn niet gelijk.")
            )
        self.actor = centre.set_up_centre(
            self.uow,
            self.details(),
            manager_name=self.manager.name.text(),
            manager_pin=self.manager.pin.text(),
        )
