"""The first-run wizard: centre, numbers, hours, parts of the day, what it starts with, manager.

On a new PC for a centre that already exists, its first page offers the recovery from the
central database instead (``recover.py``); on the organisation's own PC it offers office mode
("Kantoor van de organisatie"), which asks the central address instead of setting up a centre.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Slot
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget, QWizard

from desk_app.documents.receipt_printer import PrinterOpener, open_printer
from desk_app.errors import InvalidInput
from desk_app.paths import DataFolder
from desk_app.services import centre, starter
from desk_app.services.auth import Actor
from desk_app.services.centre import CentreDetails
from desk_app.services.office.address import OfficeAddress
from desk_app.services.starter import StartingPoint
from desk_app.services.uow import UnitOfWork
from desk_app.ui.forms.collect import collect_details
from desk_app.ui.forms.details import IdentityForm, NumbersForm
from desk_app.ui.forms.times import DayPartsEditor, HoursEditor
from desk_app.ui.jobs import Jobs
from desk_app.ui.office.sign_in import OfficeSignInDialog
from desk_app.ui.wizard.pages import CheckedPage, ManagerForm
from desk_app.ui.wizard.recover import RecoverDialog
from desk_app.ui.wizard.starter_lists import StarterProductsEditor, StarterRoomsEditor
from desk_app.ui.wizard.till_start import TillStartForm


class FirstRunWizard(QWizard):
    """Asks everything the centre needs once; nothing is stored until the last page is done."""

    def __init__(
        self,
        uow: UnitOfWork,
        jobs: Jobs,
        parent: QWidget | None = None,
        *,
        printer_opener: PrinterOpener = open_printer,
        folder: DataFolder | None = None,
    ) -> None:
        super().__init__(parent)
        self.uow = uow
        self.folder, self.jobs = folder, jobs
        self.actor: Actor | None = None
        self.office_address: OfficeAddress | None = None
        self.setWindowTitle(self.tr("Buurthuis instellen"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self._name_buttons()
        self.identity = IdentityForm()
        self.numbers = NumbersForm()
        self.hours = HoursEditor()
        self.parts = DayPartsEditor()
        self.products = StarterProductsEditor()
        self.rooms = StarterRoomsEditor()
        self.till = TillStartForm(jobs, printer_opener)
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
                self._first_body(),
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
                self.tr("Prijslijst van de bar"),
                self.tr(
                    "Gewone prijzen om mee te beginnen; later te wijzigen in Bar → Prijslijst."
                ),
                self.products,
                self.check_start,
                grows=True,
            ),
            CheckedPage(
                self.tr("Zalen"),
                self.tr("De zalen die u verhuurt, met de prijs per dagdeel voor verenigingen."),
                self.rooms,
                self.check_start,
                grows=True,
            ),
            CheckedPage(
                self.tr("Kassa en bonprinter"),
                self.tr("Het wisselgeld bij de start, en een bonprinter als u die heeft."),
                self.till,
                self.check_start,
            ),
            CheckedPage(
                self.tr("De eerste sociaal beheerder"),
                self.tr("Met deze naam en pincode beheert u straks de accounts."),
                self.manager,
                self.set_up,
            ),
        ]

    def _first_body(self) -> QWidget:
        """The centre's identity, and (with a data folder) the way to recover one."""
        if self.folder is None:
            return self.identity
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.identity)
        self.recover_button = QPushButton(self.tr("Herstel vanuit de centrale database…"), body)
        self.recover_button.clicked.connect(self.open_recovery)
        layout.addWidget(self.recover_button)
        self.office_button = QPushButton(self.tr("Kantoor van de organisatie…"), body)
        self.office_button.setToolTip(
            self.tr("Deze pc is van het kantoor: prijzen en overzichten van alle buurthuizen.")
        )
        self.office_button.clicked.connect(self.open_office)
        layout.addWidget(self.office_button)
        return body

    @Slot()
    def open_recovery(self) -> None:
        """A lost PC: rebuild this centre from the central database instead of setting it up."""
        assert self.folder is not None
        self.recovery = RecoverDialog(self.uow, self.folder, self.jobs, self)
        self.recovery.accepted.connect(self.recovered)
        self.recovery.open()

    @Slot()
    def open_office(self) -> None:
        """The organisation's office: ask the central address; no centre is set up here."""
        assert self.folder is not None
        self.office = OfficeSignInDialog(self.uow, self.folder, self.jobs, self)
        self.office.accepted.connect(self.office_chosen)
        self.office.open()

    @Slot()
    def office_chosen(self) -> None:
        """The office's address answered: the wizard closes and office mode opens."""
        self.office_address = self.office.address
        QDialog.done(self, QDialog.DialogCode.Accepted)

    @Slot()
    def recovered(self) -> None:
        """The centre came back: its first social manager is at the desk, the wizard is done."""
        self.actor = self.recovery.actor
        # QWizard's own accept would check the first page, which nobody filled in.
        QDialog.done(self, QDialog.DialogCode.Accepted)

    def details(self) -> CentreDetails:
        """What has been typed so far."""
        return collect_details(self.identity, self.numbers, self.hours, self.parts)

    def starting_point(self) -> StartingPoint:
        """The price list, rooms, float and printer as chosen so far."""
        return StartingPoint(
            self.products.products(),
            self.rooms.rooms(),
            self.till.float_cents(),
            self.till.printer(),
        )

    def check_start(self) -> None:
        """Let the core check what the centre starts with (it stores nothing yet)."""
        self.till.centre_name = self.identity.name.currentText().strip()
        starter.validated(self.starting_point())

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
            start=self.starting_point(),
        )
