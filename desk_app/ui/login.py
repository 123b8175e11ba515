""" "Wie zit er aan de balie?": pick your name, type your PIN, and the desk knows who you are."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services import auth, people
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.messages import kind_text
from desk_app.ui.modal import open_dialog
from desk_app.ui.new_pin import NewPinDialog
from desk_app.ui.pinpad import PinPad
from desk_app.ui.widgets import MessageLabel, PinEdit

PERSON_ROLE = Qt.ItemDataRole.UserRole


class LoginDialog(QDialog):
    """Choose a person from the list and prove it with a PIN.

    A social manager whose PIN is too short first chooses a new one (``new_pin``).

    Signals:
        logged_in: the PIN was right; carries the :class:`Actor`.
    """

    logged_in = Signal(object)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.actor: Actor | None = None
        self.new_pin: NewPinDialog | None = None
        self.setWindowTitle(self.tr("Wie zit er aan de balie?"))
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("Wie bent u?"))
        self.people.setObjectName("people")
        self.pin = PinEdit(self)
        self.pin.setPlaceholderText(self.tr("Pincode"))
        self.pad = PinPad(self.pin, self)
        self.message = MessageLabel(self)
        self._lay_out()
        self._fill_people()
        self.pad.confirmed.connect(self.try_pin)
        self.pin.returnPressed.connect(self.try_pin)
        self.people.itemSelectionChanged.connect(self._person_changed)
        self.people.itemClicked.connect(self._go_to_pin)
        self.people.itemActivated.connect(self._go_to_pin)

    def _lay_out(self) -> None:
        title = QLabel(self.tr("Wie zit er aan de balie?"), self)
        title.setObjectName("title")
        choose = QLabel(self.tr("1. Tik op uw naam"), self)
        type_pin = QLabel(self.tr("2. Typ uw pincode"), self)
        left = QVBoxLayout()
        left.addWidget(choose)
        left.addWidget(self.people, 1)
        right = QVBoxLayout()
        right.addWidget(type_pin)
        right.addWidget(self.pin)
        right.addWidget(self.pad)
        right.addWidget(self.message)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(24)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        hint = self.sizeHint()
        self.resize(max(860, hint.width()), max(600, hint.height()))

    def _fill_people(self) -> None:
        for account in people.desk_accounts(self.uow):
            item = QListWidgetItem(f"{account.name}\n{kind_text(account.role)}")
            item.setData(PERSON_ROLE, account.person_id)
            self.people.addItem(item)

    def select_person(self, name: str) -> None:
        """Choose the person whose name starts the list entry (for keyboard users and tests)."""
        for row in range(self.people.count()):
            if self.people.item(row).text().split("\n")[0] == name:
                self.people.setCurrentRow(row)
                self._go_to_pin()
                return

    @Slot()
    def _person_changed(self) -> None:
        self.pin.clear()
        self.message.clear_message()

    @Slot()
    def _go_to_pin(self) -> None:
        """A tap or Enter on a name moves on to the PIN; arrow keys keep walking the list."""
        self.pin.setFocus()

    @Slot()
    def try_pin(self) -> None:
        """Check the typed PIN for the chosen person; accept the dialog when it is right."""
        # Only a person tapped on counts: a PIN typed for a preselected name would count
        # as a wrong attempt against someone else.
        chosen = self.people.selectedItems()
        if not chosen:
            self.message.show_error(self.tr("Tik eerst op uw naam."))
            return
        person_id: UUID = chosen[0].data(PERSON_ROLE)
        try:
            actor = auth.authenticate(self.uow, person_id, self.pin.text())
        except DeskError as error:
            self.pin.clear()
            self.message.show_desk_error(error)
            return
        if actor.needs_new_pin:
            self._ask_new_pin(actor)
            return
        self._done(actor)

    def _ask_new_pin(self, pending: Actor) -> None:
        """Open the new-PIN dialog; without a new PIN the login does not count."""
        dialog = NewPinDialog(self.uow, pending, self)
        self.new_pin = dialog

        def finished() -> None:
            self.new_pin = None
            if dialog.actor is not None:
                self._done(dialog.actor)
                return
            auth.log_out(self.uow, pending)
            self.pin.clear()
            self.message.show_error(self.tr("Kies eerst een nieuwe pincode om in te loggen."))

        open_dialog(dialog, closed=finished)

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.logged_in.emit(actor)
        self.accept()
