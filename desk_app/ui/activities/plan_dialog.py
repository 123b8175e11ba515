"""The form for a new activity in the programme (the social manager's)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.kinds import Recurrence, TargetGroup
from desk_app.services.activities import programme as activities
from desk_app.services.activities.programme import ActivityPlan
from desk_app.services.uow import UnitOfWork
from desk_app.ui.dates import python_date, python_time
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.messages import kind_text
from desk_app.ui.widgets import add_row, form_layout


class PlanDialog(QDialog):
    """Fill in an activity; :meth:`plan` gives it to the service."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe activiteit"))
        self.name = QLineEdit(self)
        self.group = self._combo({g: kind_text(g) for g in TargetGroup})
        self.own_group = self._combo(
            {None: self.tr("(geen eigen doelgroep)")} | dict(activities.own_group_choices(uow))
        )
        self.recurrence = self._combo({r: kind_text(r) for r in Recurrence})
        self.first_day = QDateEdit(QDate.currentDate(), self)
        self.last_day = QDateEdit(QDate.currentDate().addMonths(3), self)
        self.starts = QTimeEdit(QTime(10, 0), self)
        self.ends = QTimeEdit(QTime(12, 0), self)
        self.organiser = QLineEdit(self)
        self.leader = self._combo({None: self.tr("(geen)")} | dict(activities.leader_choices(uow)))
        self.room = self._combo({None: self.tr("(geen zaal)")} | dict(activities.room_choices(uow)))
        self.vulnerable = QCheckBox(self.tr("Voor een kwetsbare groep (bijv. dementie)"), self)
        self.large_event = QCheckBox(self.tr("Groot evenement"), self)
        self.for_outsiders = QCheckBox(self.tr("Voor publiek van buiten (geen alcohol)"), self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, activities.MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("geen maximum"))  # 0: no sign-up limit
        form = form_layout()
        for text, field in (
            (self.tr("Naam"), self.name),
            (self.tr("Doelgroep"), self.group),
            (self.tr("Eigen doelgroep"), self.own_group),
            (self.tr("Hoe vaak"), self.recurrence),
            (self.tr("Eerste dag"), self.first_day),
            (self.tr("Laatste dag"), self.last_day),
            (self.tr("Van"), self.starts),
            (self.tr("Tot"), self.ends),
            (self.tr("Organisator"), self.organiser),
            (self.tr("Leiding"), self.leader),
            (self.tr("Zaal"), self.room),
            (self.tr("Plaatsen per bijeenkomst"), self.capacity),
        ):
            add_row(form, text, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addLayout(form)
        body.addWidget(self.vulnerable)
        body.addWidget(self.large_event)
        body.addWidget(self.for_outsiders)
        self.fitting = fit_dialog(self, body, buttons)

    def _combo(self, choices: dict[object, str]) -> QComboBox:
        combo = QComboBox(self)
        for value, label in choices.items():
            combo.addItem(label, value)
        return combo

    def plan(self) -> ActivityPlan:
        """The activity as filled in."""
        return ActivityPlan(
            name=self.name.text(),
            target_group=self.group.currentData(),
            recurrence=self.recurrence.currentData(),
            first_day=python_date(self.first_day.date()),
            last_day=python_date(self.last_day.date()),
            starts=python_time(self.starts.time()),
            ends=python_time(self.ends.time()),
            organiser=self.organiser.text().strip()[:120],
            leader_id=self.leader.currentData(),
            room_id=self.room.currentData(),
            vulnerable_group=self.vulnerable.isChecked(),
            large_event=self.large_event.isChecked(),
            for_outsiders=self.for_outsiders.isChecked(),
            own_group_id=self.own_group.currentData(),
            capacity=self.capacity.value() or None,
        )
