"""Zalen en tarieven: the rooms with their capacity and facilities, and the chosen room's rates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.rooms.parties import (
    MAX_PARTIES_PER_YEAR,
    party_limit,
    save_parties_per_year,
)
from desk_app.services.rooms.rates import RoomInfo, rates_of_room, set_room_rates
from desk_app.services.rooms.room_admin import all_rooms
from desk_app.services.uow import UnitOfWork
from desk_app.ui.flow import FlowLayout
from desk_app.ui.modal import open_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.admin_common import (
    CurrentActor,
    chosen_row,
    is_manager,
    manager_actor,
    row_table,
    select_where,
    yes_no,
)
from desk_app.ui.rooms.common import MessageLine
from desk_app.ui.rooms.rates_editor import RatesEditor
from desk_app.ui.rooms.room_dialog import RoomDialog
from desk_app.ui.table_model import Column
from desk_app.ui.touch import big_button, touch_sized

ROOM_COLUMNS: list[Column[RoomInfo]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Zaal"), lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Capaciteit"), lambda r: str(r.capacity), lambda r: r.capacity
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "In gebruik"), lambda r: yes_no(r.active)),
    Column(QT_TRANSLATE_NOOP("Columns", "Voorzieningen"), lambda r: r.facilities),
]


class RoomsAdminView(QWidget):
    """Everyone sees the rooms and rates; only the social manager changes them.

    Signals:
        rooms_changed: a room or a rate was added or changed here.
    """

    rooms_changed = Signal()

    def __init__(
        self, uow: UnitOfWork, current_actor: CurrentActor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._uow, self._current_actor = uow, current_actor
        self.dialog: RoomDialog | None = None
        self.table, self.model, self.proxy = row_table(ROOM_COLUMNS, self)
        self.rates = RatesEditor(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.message = MessageLine(self)
        self.act = PageAction(current_actor, self.message)
        self.add_button = big_button(self.tr("Nieuwe zaal…"), self)
        self.edit_button = big_button(self.tr("Zaal wijzigen…"), self)
        self.save_rates_button = big_button(self.tr("Tarieven opslaan"), self)
        self.add_button.clicked.connect(self.add_room)
        self.edit_button.clicked.connect(self.edit_room)
        self.save_rates_button.clicked.connect(self.save_rates)
        self.parties = touch_sized(QSpinBox(self))
        self.parties.setRange(0, MAX_PARTIES_PER_YEAR)
        self.parties.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel leaves it alone
        self.parties.setAccessibleName(self.tr("Besloten feesten met alcohol per jaar"))
        self.save_parties_button = big_button(self.tr("Maximum opslaan"), self)
        self.save_parties_button.clicked.connect(self.save_party_limit)
        self.table.doubleClicked.connect(self.edit_room)
        self.table.selectionModel().currentRowChanged.connect(self._room_chosen)
        self._lay_out()

    def _lay_out(self) -> None:
        buttons = FlowLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        rates = FlowLayout()  # the button goes under the rates when both do not fit a line
        rates.addWidget(self.rates)
        rates.addWidget(self.save_rates_button)
        parties = FlowLayout()
        parties.addWidget(
            QLabel(self.tr("Besloten feesten met alcohol per jaar (gemeente):"), self)
        )
        parties.addWidget(self.parties)
        parties.addWidget(self.save_parties_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(rates)
        layout.addLayout(parties)

    @Slot()
    def refresh(self) -> None:
        """Reload the rooms, keeping the chosen one, and say who may change them."""
        chosen = chosen_row(self.table)
        self.model.set_rows(all_rooms(self._uow))
        self.proxy.sort(0)
        select_where(self.table, lambda r: chosen is None or r.id == chosen.id)
        self._room_chosen()
        manager = is_manager(self._current_actor())
        self.rates.set_editable(manager)
        self.parties.setValue(party_limit(self._uow))
        self.parties.setEnabled(manager)
        self.save_parties_button.setEnabled(manager)
        self.hint.setVisible(not manager)
        self.hint.setText(
            self.tr(
                "Zalen en tarieven wijzigen kan alleen de sociaal beheerder (inloggen met Wissel)."
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Someone else may have logged in since; re-read and re-check."""
        self.refresh()
        super().showEvent(event)

    @Slot()
    def _room_chosen(self, *_indexes: QModelIndex) -> None:
        room: RoomInfo | None = chosen_row(self.table)
        self.rates.show_room(room, rates_of_room(self._uow, room.id) if room else {})

    @Slot()
    def add_room(self) -> None:
        """The manager adds a room; it is chosen, ready for its rates."""
        actor = manager_actor(self._current_actor, self.message)
        if actor is not None:
            self._open(RoomDialog(self._uow, actor, None, self))

    @Slot()
    def edit_room(self) -> None:
        """The manager changes the chosen room."""
        room: RoomInfo | None = chosen_row(self.table)
        actor = manager_actor(self._current_actor, self.message)
        if actor is None:
            return
        if room is None:
            self.message.show_error(self.tr("Kies eerst een zaal in de lijst."))
            return
        self._open(RoomDialog(self._uow, actor, room, self))

    def _open(self, dialog: RoomDialog) -> None:
        self.dialog = open_dialog(
            dialog, lambda: self._room_saved(dialog.saved), self._dialog_closed
        )

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _room_saved(self, saved: RoomInfo | None) -> None:
        if saved is None:
            return
        self.model.set_rows(all_rooms(self._uow))
        select_where(self.table, lambda r: r.id == saved.id)
        self.message.show_info(self.tr("{room} is opgeslagen.").format(room=saved.name))
        self.rooms_changed.emit()

    @Slot()
    def save_rates(self) -> None:
        """Store the chosen room's rates as typed, all or nothing."""
        actor = manager_actor(self._current_actor, self.message)
        room = self.rates.room
        if actor is None or room is None:
            return
        self.act.call(
            lambda: set_room_rates(self._uow, actor, room.id, self.rates.typed()),
            lambda _rates: self._rates_saved(room),
        )

    def _rates_saved(self, room: RoomInfo) -> None:
        self._room_chosen()
        self.message.show_info(
            self.tr("De tarieven van {room} zijn opgeslagen.").format(room=room.name)
        )
        self.rooms_changed.emit()

    @Slot()
    def save_party_limit(self) -> None:
        """The municipality's yearly maximum of private parties with alcohol."""
        actor = manager_actor(self._current_actor, self.message)
        if actor is None:
            return
        limit = self.parties.value()
        self.act.call(
            lambda: save_parties_per_year(self._uow, actor, limit),
            lambda _none: self.message.show_info(
                self.tr("Het maximum aantal besloten feesten is opgeslagen.")
            ),
        )
