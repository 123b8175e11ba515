"""Huurders: every hirer with a search field; register, change, and take out of use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.rooms.hirer_changes import set_hirer_active
from desk_app.services.rooms.hirers import HirerDetails, all_hirers
from desk_app.services.uow import UnitOfWork
from desk_app.ui.messages import kind_text
from desk_app.ui.modal import open_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.rooms.admin_common import (
    CurrentActor,
    chosen_row,
    row_table,
    select_where,
    yes_no,
)
from desk_app.ui.rooms.common import MessageLine
from desk_app.ui.rooms.hirer_dialog import HirerDialog
from desk_app.ui.table_model import Column
from desk_app.ui.touch import big_button, touch_sized


def _kind(hirer: HirerDetails) -> str:
    kind = QT_TRANSLATE_NOOP("RoomsAdmin", "organisatie")
    if not hirer.is_organisation:
        kind = QT_TRANSLATE_NOOP("RoomsAdmin", "particulier")
    return QCoreApplication.translate("RoomsAdmin", kind)


CONTACT_COLUMN, CONTACT_WIDTH = 3, 150  # a long contact name is cut off before the hirer's name
HIRER_COLUMNS: list[Column[HirerDetails]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda h: h.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Soort"), _kind),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Tarief"),
        lambda h: kind_text(h.tariff_class),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Contactpersoon"), lambda h: h.contact_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Plaats"), lambda h: h.city),
    Column(QT_TRANSLATE_NOOP("Columns", "Actief"), lambda h: yes_no(h.active)),
]


class HirersView(QWidget):
    """The desk registers and corrects hirers; an inactive one is no longer offered for booking.

    Signals:
        hirers_changed: a hirer was added, changed, or taken out of or back into use.
    """

    hirers_changed = Signal()

    def __init__(
        self, uow: UnitOfWork, current_actor: CurrentActor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._uow, self._current_actor = uow, current_actor
        self.dialog: HirerDialog | None = None
        self.table, self.model, self.proxy = row_table(HIRER_COLUMNS, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CONTACT_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            CONTACT_COLUMN, max(CONTACT_WIDTH, header.sectionSizeHint(CONTACT_COLUMN))
        )
        self.search = touch_sized(QLineEdit(self))
        FittingPlaceholder(self.search, (self.tr("Zoek een huurder"), self.tr("Zoeken")))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.message = MessageLine(self)
        self.act = PageAction(current_actor, self.message)
        self.add_button = big_button(self.tr("Nieuwe huurder…"), self)
        self.edit_button = big_button(self.tr("Wijzigen…"), self)
        self.active_button = big_button(self.tr("Op inactief zetten"), self)
        self.add_button.clicked.connect(self.add_hirer)
        self.edit_button.clicked.connect(self.edit_hirer)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(self.edit_hirer)
        self.table.selectionModel().currentRowChanged.connect(self._hirer_chosen)
        self._lay_out()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.active_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    @Slot()
    def refresh(self) -> None:
        """Reload the hirers, keeping the chosen one."""
        chosen = chosen_row(self.table)
        self.model.set_rows(all_hirers(self._uow))
        self.proxy.sort(0)
        if chosen is not None:
            select_where(self.table, lambda h: h.id == chosen.id)
        self._hirer_chosen()

    def showEvent(self, event: QShowEvent) -> None:
        """Hirers registered from the booking dialog since show up."""
        self.refresh()
        super().showEvent(event)

    @Slot()
    def _hirer_chosen(self, *_indexes: QModelIndex) -> None:
        hirer: HirerDetails | None = chosen_row(self.table)
        self.edit_button.setEnabled(hirer is not None)
        self.active_button.setEnabled(hirer is not None)
        if hirer is not None and not hirer.active:
            self.active_button.setText(self.tr("Weer actief maken"))
        else:
            self.active_button.setText(self.tr("Op inactief zetten"))

    @Slot()
    def add_hirer(self) -> None:
        """Register a new hirer."""
        if (actor := self.act.actor()) is not None:
            self._open(HirerDialog(self._uow, actor, self))

    @Slot()
    def edit_hirer(self) -> None:
        """Change the chosen hirer in the same dialog."""
        hirer: HirerDetails | None = chosen_row(self.table)
        actor = self.act.actor()
        if actor is not None and hirer is not None:
            self._open(HirerDialog(self._uow, actor, self, hirer=hirer))

    def _open(self, dialog: HirerDialog) -> None:
        self.dialog = open_dialog(dialog, lambda: self._saved(dialog.saved), self._dialog_closed)

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _saved(self, hirer: HirerDetails | None) -> None:
        if hirer is None:
            return
        self._show_changed(hirer, self.tr("{name} is opgeslagen.").format(name=hirer.name))

    @Slot()
    def toggle_active(self) -> None:
        """Take the chosen hirer out of the booking lists, or put them back."""
        hirer: HirerDetails | None = chosen_row(self.table)
        actor = self.act.actor()
        if actor is None or hirer is None or hirer.id is None:
            return
        hirer_id, active = hirer.id, not hirer.active
        self.act.call(lambda: set_hirer_active(self._uow, actor, hirer_id, active), self._toggled)

    def _toggled(self, changed: HirerDetails) -> None:
        if changed.active:
            text = self.tr("{name} kan weer worden gekozen bij het boeken.")
        else:
            text = self.tr("{name} staat op inactief: oude boekingen en facturen blijven.")
        self._show_changed(changed, text.format(name=changed.name))

    def _show_changed(self, hirer: HirerDetails, text: str) -> None:
        self.model.set_rows(all_hirers(self._uow))
        select_where(self.table, lambda h: h.id == hirer.id)
        self._hirer_chosen()
        self.message.show_info(text)
        self.hirers_changed.emit()
