"""The volunteer register for the social manager: add people, certificates, print badges."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents.cards import badge_cards_pdf
from desk_app.documents.volunteers import alcohol_register_pdf
from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import CertificateKind, VolunteerKind
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details
from desk_app.services.rooms.parties import private_parties
from desk_app.services.volunteers import register as volunteers
from desk_app.services.volunteers.register import Task, VolunteerDetails, VolunteerRow
from desk_app.ui.context import PageContext
from desk_app.ui.dates import python_date
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.flow import FlowLayout
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.modal import open_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel
from desk_app.ui.volunteers.availability_dialog import AvailabilityDialog
from desk_app.ui.volunteers.task_text import task_text, tasks_text
from desk_app.ui.widgets import MessageLabel


def _certificate_text(kind: CertificateKind, expires_on: date | None) -> str:
    """A certificate and, when it has one, the day it expires ("VOG tot 02-03-2027")."""
    if expires_on is None:
        return kind_text(kind)
    text = QCoreApplication.translate("RegisterDialog", "{kind} tot {day}")
    return text.format(kind=kind_text(kind), day=screen_formatter().numeric(expires_on))


REGISTER_COLUMNS: list[Column[VolunteerRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda v: v.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Taken"), lambda v: tasks_text(v.tasks)),
    Column(QT_TRANSLATE_NOOP("Columns", "Soort"), lambda v: kind_text(v.kind)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Certificaten"),
        lambda v: ", ".join(_certificate_text(c.kind, c.expires_on) for c in v.certificates),
    ),
]


class RegisterDialog(QDialog):
    """List, add and certify volunteers; badges and the alcohol-law register as PDFs."""

    def __init__(self, context: PageContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.actor = context, actor
        self.setWindowTitle(self.tr("Vrijwilligersregister"))
        self.model = RowTableModel(REGISTER_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers whole
        self.message = MessageLabel(self)
        self.documents = DocumentMaker(context, self)
        self.documents.failed.connect(self.message.show_error)
        self.act = PageAction(lambda: actor, self.message)
        self.availability: AvailabilityDialog | None = None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Naam van de nieuwe vrijwilliger"))
        self.kind = QComboBox(self)
        for kind in VolunteerKind:
            self.kind.addItem(kind_text(kind), kind)
        self.tasks = {task: QCheckBox(task_text(task), self) for task in Task}
        self.certificate = QComboBox(self)
        for certificate in CertificateKind:
            self.certificate.addItem(kind_text(certificate), certificate)
        self.issued = QDateEdit(QDate.currentDate(), self)
        self.expires = QDateEdit(QDate.currentDate().addYears(1), self)
        self.issued.setAccessibleName(self.tr("Certificaat afgegeven op"))
        self.expires.setAccessibleName(self.tr("Certificaat geldig tot"))
        self.no_expiry = QCheckBox(self.tr("Verloopt niet"), self)
        body = QVBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(self._add_row())
        body.addLayout(self._certificate_row())
        self.fitting = fit_dialog(self, body, self._buttons(), self.message)
        self.resize(1100, 720)  # room for the list; fit_dialog keeps it on the screen
        self.refresh()
        self.table.selectionModel().selectionChanged.connect(self._fill_form)

    def _add_row(self) -> QVBoxLayout:
        """Name and kind, the tasks, and the two buttons; each line wraps at large text."""
        who = QHBoxLayout()
        who.addWidget(self.name, 1)
        who.addWidget(self.kind)
        tasks = FlowLayout()
        for box in self.tasks.values():
            tasks.addWidget(box)
        add = QPushButton(self.tr("Vrijwilliger toevoegen"), self)
        add.clicked.connect(self.add_volunteer)
        change = QPushButton(self.tr("Gekozen vrijwilliger wijzigen"), self)
        change.clicked.connect(self.update_volunteer)
        when = QPushButton(self.tr("Beschikbaarheid"), self)
        when.clicked.connect(self.edit_availability)
        actions = FlowLayout()
        actions.addWidget(add)
        actions.addWidget(change)
        actions.addWidget(when)
        column = QVBoxLayout()
        for line in (who, tasks, actions):
            column.addLayout(line)
        return column

    @Slot()
    def _fill_form(self) -> None:
        """The chosen volunteer's name, kind and tasks in the form, ready to change."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        person: VolunteerRow = self.model.data(rows[0], ROW_ROLE)
        self.name.setText(person.name)
        self.kind.setCurrentIndex(max(self.kind.findData(person.kind), 0))
        held = {task.strip() for task in person.tasks.split(",")}
        for task, box in self.tasks.items():
            box.setChecked(task.value in held)

    def _details(self) -> VolunteerDetails:
        return VolunteerDetails(
            self.name.text(),
            tuple(task for task, box in self.tasks.items() if box.isChecked()),
            self.kind.currentData(),
        )

    def _certificate_row(self) -> FlowLayout:
        row = FlowLayout()
        add = QPushButton(self.tr("Certificaat toevoegen aan gekozen vrijwilliger"), self)
        add.clicked.connect(self.add_certificate)
        for widget in (self.certificate, self.issued, self.expires, self.no_expiry, add):
            row.addWidget(widget)
        return row

    def _buttons(self) -> QDialogButtonBox:
        """The documents to print, and Sluiten."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        badge = buttons.addButton(
            self.tr("Badge afdrukken"), QDialogButtonBox.ButtonRole.ActionRole
        )
        badge.clicked.connect(self.print_badge)
        register = buttons.addButton(
            self.tr("Register alcoholwet (IVA/SVH)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        register.clicked.connect(self.print_alcohol_register)
        buttons.rejected.connect(self.reject)
        return buttons

    @Slot()
    def refresh(self) -> None:
        """Re-read the register."""
        self.model.set_rows(volunteers.register(self.context.uow))

    def _selected(self) -> VolunteerRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.show_error(self.tr("Kies eerst een vrijwilliger in de lijst."))
            return None
        row: VolunteerRow = self.model.data(rows[0], ROW_ROLE)
        return row

    @Slot()
    def add_volunteer(self) -> None:
        """Add the volunteer typed in the form."""
        details = self._details()
        self.act.run(
            lambda actor: volunteers.add_volunteer(self.context.uow, actor, details),
            lambda _person_id: self._added(details.name.strip()),
        )

    def _added(self, name: str) -> None:
        self.name.clear()
        self.refresh()
        self.message.show_info(self.tr("Toegevoegd: {name}").format(name=name))

    @Slot()
    def update_volunteer(self) -> None:
        """Store the form's name, kind and tasks for the chosen volunteer."""
        person = self._selected()
        if person is None:
            return
        details = self._details()
        self.act.run(
            lambda actor: volunteers.update_volunteer(
                self.context.uow, actor, person.person_id, details
            ),
            lambda _updated: self._changed(details.name.strip()),
        )

    @Slot()
    def edit_availability(self) -> None:
        """When the chosen volunteer can come, for the roster."""
        person = self._selected()
        if person is not None:
            self.availability = AvailabilityDialog(
                self.context, self.actor, (person.person_id, person.name), self
            )
            open_dialog(self.availability, accepted=self._available)

    def _available(self) -> None:
        self.message.show_info(self.tr("Beschikbaarheid vastgelegd."))

    def _changed(self, name: str) -> None:
        self.refresh()
        self.message.show_info(self.tr("Gewijzigd: {name}").format(name=name))

    @Slot()
    def add_certificate(self) -> None:
        """Record a certificate for the selected volunteer."""
        person = self._selected()
        if person is None:
            return
        expires = None if self.no_expiry.isChecked() else python_date(self.expires.date())
        kind, issued = self.certificate.currentData(), python_date(self.issued.date())
        self.act.run(
            lambda actor: volunteers.add_certificate(
                self.context.uow,
                actor,
                person.person_id,
                kind=kind,
                issued_on=issued,
                expires_on=expires,
            ),
            lambda _added: self._certified(),
        )

    def _certified(self) -> None:
        self.refresh()
        self.message.show_info(self.tr("Certificaat vastgelegd."))

    @Slot()
    def print_badge(self) -> None:
        """The selected volunteer's badge as a card."""
        person = self._selected()
        if person is None or person.badge_code is None:
            return
        name = centre_details(self.context.uow).name
        cards = [(person.name, person.badge_code)]
        self.documents.archive("badge", partial(badge_cards_pdf, cards, name))

    @Slot()
    def print_alcohol_register(self) -> None:
        """The IVA and SVH register with this year's private parties with alcohol, as a PDF."""
        uow = self.context.uow
        name, year = centre_details(uow).name, uow.now().astimezone(LOCAL_ZONE).year
        rows, parties = volunteers.register(uow), private_parties(uow, year)
        self.documents.archive(
            "register-alcoholwet", partial(alcohol_register_pdf, rows, name, parties, year)
        )
