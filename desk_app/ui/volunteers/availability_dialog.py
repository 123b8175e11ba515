"""When a volunteer can come: a tick per weekday and part of the day, for the roster's picker."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QWidget

from desk_app.errors import DeskError
from desk_app.kinds import DayPartKey
from desk_app.services.auth import Actor
from desk_app.services.volunteers.roster_pick import availability, set_availability
from desk_app.ui.context import PageContext
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_heading, kind_text
from desk_app.ui.widgets import MessageLabel

A_MONDAY = date(2026, 1, 5)  # any Monday: only its weekday names are shown


class AvailabilityDialog(QDialog):
    """Seven days across, the parts of the day down; ticked is when the volunteer can come."""

    def __init__(
        self,
        context: PageContext,
        actor: Actor,
        person: tuple[UUID, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.actor = context, actor
        self.person_id, name = person
        self.setWindowTitle(self.tr("Beschikbaarheid van {name}").format(name=name))
        held = availability(context.uow, self.person_id)
        formatter = screen_formatter()
        grid = QGridLayout()
        self.boxes: dict[tuple[int, DayPartKey], QCheckBox] = {}
        for weekday in range(7):
            day = A_MONDAY + timedelta(days=weekday)
            grid.addWidget(QLabel(formatter.day(day, "EEE"), self), 0, weekday + 1)
            for row, part in enumerate(DayPartKey, start=1):
                box = QCheckBox(self)
                box.setChecked((weekday, part) in held)
                box.setAccessibleName(f"{formatter.day(day, 'EEEE')} {kind_text(part)}")
                grid.addWidget(box, row, weekday + 1)
                self.boxes[(weekday, part)] = box
        for row, part in enumerate(DayPartKey, start=1):
            grid.addWidget(QLabel(kind_heading(part), self), row, 0)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.fitting = fit_dialog(self, grid, buttons, self.message)

    def chosen(self) -> frozenset[tuple[int, DayPartKey]]:
        """The ticked weekdays' parts."""
        return frozenset(slot for slot, box in self.boxes.items() if box.isChecked())

    @Slot()
    def save(self) -> None:
        """Keep the ticks; a refusal stays in the dialog."""
        try:
            set_availability(self.context.uow, self.actor, self.person_id, self.chosen())
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.accept()
