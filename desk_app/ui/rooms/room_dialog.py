"""A small dialog to add a room or change one: name, capacity, facilities, in use or not."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desk_app.services.auth import Actor
from desk_app.services.rooms.rates import RoomInfo
from desk_app.services.rooms.room_admin import RoomDraft, add_room, update_room
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.rooms.common import MessageLine
from desk_app.ui.touch import big_button, touch_sized

SPIN_LIMIT = 99_999  # wider than the service allows, so the service says why a number is wrong


class RoomDialog(QDialog):
    """The manager types the room; the service checks it and keeps the dialog open when wrong."""

    def __init__(
        self,
        uow: UnitOfWork,
        actor: Actor,
        room: RoomInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow, self._actor, self._room = uow, actor, room
        self.saved: RoomInfo | None = None
        self.setWindowTitle(self.tr("Nieuwe zaal") if room is None else self.tr("Zaal wijzigen"))
        self.name = touch_sized(QLineEdit(self))
        self.capacity = touch_sized(QSpinBox(self))
        self.capacity.setRange(0, SPIN_LIMIT)
        self.capacity.setSuffix(self.tr(" personen"))
        self.facilities = touch_sized(QLineEdit(self))
        example = (self.tr("bijv. beamer, keuken, piano"), self.tr("bijv. beamer, keuken"), "")
        FittingPlaceholder(self.facilities, example)
        self.active = QCheckBox(self.tr("In gebruik (te boeken)"), self)
        self.active.setStyleSheet("QCheckBox { min-height: 44px; }")
        self._fill(room)
        self.message = MessageLine(self)
        self.act = PageAction(lambda: actor, self.message)
        self.save_button = big_button(self.tr("Opslaan"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self._lay_out()

    def _fill(self, room: RoomInfo | None) -> None:
        self.name.setText(room.name if room else "")
        self.capacity.setValue(room.capacity if room else 10)
        self.facilities.setText(room.facilities if room else "")
        self.active.setChecked(room.active if room else True)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Capaciteit"), self.capacity)
        form.addRow(self.tr("Voorzieningen"), self.facilities)
        form.addRow("", self.active)
        cancel = big_button(self.tr("Annuleren"), self)
        cancel.clicked.connect(self.reject)
        self.fitting = fit_dialog(self, form, [self.save_button, cancel], self.message)
        self.setMinimumWidth(480)

    def draft(self) -> RoomDraft:
        """The room as the form stands."""
        return RoomDraft(
            self.name.text(), self.capacity.value(), self.facilities.text(), self.active.isChecked()
        )

    @Slot()
    def save(self) -> None:
        """Store the room, or say what is wrong and keep the dialog open."""
        self.act.run(self._store, self._stored)

    def _store(self, actor: Actor) -> RoomInfo:
        if self._room is None:
            return add_room(self._uow, actor, self.draft())
        return update_room(self._uow, actor, self._room.id, self.draft())

    def _stored(self, room: RoomInfo) -> None:
        self.saved = room
        self.accept()
