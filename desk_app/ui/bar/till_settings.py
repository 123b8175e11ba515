"""Kassa-instellingen: the municipality's serving hours, its rule on occasions, the age check,
the volunteers' daily allowance and the receipt printer; saved by the social manager, audited."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.amounts import parse_euros
from desk_app.errors import DeskError
from desk_app.services.auth import Actor
from desk_app.services.till.settings import TillSettings, load_settings, save_settings
from desk_app.ui.context import PageContext
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.forms.printer import PrinterForm
from desk_app.ui.forms.times import HoursEditor
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.rates_editor import amount_text
from desk_app.ui.touch import TOUCH_HEIGHT
from desk_app.ui.widgets import MessageLabel, add_row, form_layout


class TillSettingsDialog(QDialog):
    """The till's rules as the centre's bylaw sets them, and where its receipts print."""

    def __init__(self, context: PageContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow = context.uow
        self.setWindowTitle(self.tr("Kassa-instellingen"))
        self.hours = HoursEditor(self)
        self.hours.setAccessibleName(self.tr("Schenktijden"))
        self.around = QCheckBox(
            self.tr("Alleen rond eigen activiteiten en besloten feesten"),
            self,
        )
        self.confirm_age = QCheckBox(self.tr("Bij alcohol eerst 18+ laten bevestigen"), self)
        self.allowance = QLineEdit(self)
        self.allowance.setMinimumHeight(TOUCH_HEIGHT)
        self.printer = PrinterForm(context.jobs, context.open_printer, self)
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in buttons.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        fit_dialog(self, self._body(), buttons, self.message)
        self._show(load_settings(uow))

    def _body(self) -> QVBoxLayout:
        serving = QGroupBox(self.tr("Schenktijden voor alcohol"), self)
        note = QLabel(
            self.tr(
                "Zoals de gemeente ze toestaat. Een eindtijd vóór de begintijd loopt door "
                "tot na middernacht (16:00 tot 01:00). Een dag zonder vinkje: geen alcohol. "
                "Rond een activiteit: van 1 uur ervoor tot 2 uur erna."
            ),
            serving,
        )
        note.setWordWrap(True)
        inside = QVBoxLayout(serving)
        inside.addWidget(note)
        inside.addWidget(self.hours)
        inside.addWidget(self.around)
        form = form_layout()
        add_row(form, self.tr("Eigen consumptie per vrijwilliger per dag (€)"), self.allowance)
        printing = QGroupBox(self.tr("Bonprinter"), self)
        QVBoxLayout(printing).addWidget(self.printer)
        body = QVBoxLayout()
        body.addWidget(serving)
        body.addWidget(self.confirm_age)
        body.addLayout(form)
        body.addWidget(printing)
        return body

    def _show(self, settings: TillSettings) -> None:
        self.hours.set_value(settings.alcohol_hours)
        self.around.setChecked(settings.only_around_activities)
        self.confirm_age.setChecked(settings.confirm_age)
        self.allowance.setText(amount_text(settings.volunteer_allowance_cents))
        self.printer.set_value(settings.printer)

    @Slot()
    def save(self) -> None:
        """Save through the service, which checks the hours and the amount and audits it."""
        cents = parse_euros(self.allowance.text())
        if cents is None:
            self.message.show_error(self.tr("Vul de eigen consumptie in als bedrag, zoals 5,00."))
            return
        try:
            printer = self.printer.printer()
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        chosen = TillSettings(
            alcohol_hours=self.hours.value(),
            only_around_activities=self.around.isChecked(),
            confirm_age=self.confirm_age.isChecked(),
            volunteer_allowance_cents=cents,
            printer=printer,
        )
        self.act.run(lambda actor: save_settings(self.uow, actor, chosen), self._saved)

    def _saved(self, _settings: TillSettings) -> None:
        self.accept()
