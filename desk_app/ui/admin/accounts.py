"""Accounts: the social manager adds people, changes roles, resets PINs, unlocks, switches off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.kinds import Role
from desk_app.services import people
from desk_app.services.auth import Actor
from desk_app.services.people import Account
from desk_app.services.uow import UnitOfWork
from desk_app.ui.admin.account_forms import PinForm
from desk_app.ui.admin.accounts_model import AccountsModel
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.flow import FlowLayout
from desk_app.ui.messages import kind_text
from desk_app.ui.modal import ask, open_dialog
from desk_app.ui.widgets import MessageLabel


class AccountsDialog(QDialog):
    """The list of desk accounts with the manager's actions; the services decide who may."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.actor = actor
        self.unlock_question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Accounts"))
        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.message = MessageLabel(self)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        body = QVBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(self._buttons())
        self.fitting = fit_dialog(self, body, [close], self.message)
        self.resize(900, 560)
        self.reload()

    def _buttons(self) -> FlowLayout:
        actions: list[tuple[str, Callable[[], None]]] = [
            (self.tr("Nieuwe persoon"), self._ask_new_account),
            (self.tr("Rol wijzigen"), self._ask_role),
            (self.tr("Nieuwe pincode"), self._ask_pin),
            (self.tr("Ontgrendelen"), self.unlock_selected),
            (self.tr("Aan- of uitzetten"), self.toggle_selected),
        ]
        row = FlowLayout()  # wraps at large text
        for text, action in actions:
            button = QPushButton(text, self)
            button.clicked.connect(action)
            row.addWidget(button)
        return row

    def reload(self) -> None:
        """Read the accounts again, keeping the selected row."""
        row = self.table.currentIndex().row()
        self.model.set_accounts(
            people.desk_accounts(self.uow, include_inactive=True), self.uow.now()
        )
        self.table.selectRow(max(row, 0))

    def selected(self) -> Account | None:
        """The account of the selected row, if any."""
        index = self.table.currentIndex()
        return self.model.account(index.row()) if index.isValid() else None

    def run(self, action: Callable[[], object], done: str) -> bool:
        """Call a service; show its refusal, or ``done``, and refresh the list."""
        try:
            action()
        except DeskError as error:
            self.message.show_desk_error(error)
            return False
        self.message.show_info(done)
        self.reload()
        return True

    @Slot()
    def unlock_selected(self) -> None:
        """Ask before lifting the PIN lock-out of the selected person (``unlock_question``)."""
        if (account := self.selected()) is None:
            return
        text = self.tr("Het account van {name} ontgrendelen? Die kan dan meteen weer inloggen.")

        def answered(yes: bool) -> None:
            self.unlock_question = None
            if yes:
                self.unlock(account)

        self.unlock_question = ask(
            self, self.tr("Ontgrendelen"), text.format(name=account.name), answered
        )

    def unlock(self, account: Account) -> bool:
        """Lift the PIN lock-out of ``account`` through the service (audited there)."""
        done = self.tr("{name} kan weer inloggen.").format(name=account.name)
        return self.run(lambda: people.unlock(self.uow, self.actor, account.person_id), done)

    @Slot()
    def toggle_selected(self) -> None:
        """Switch the selected account off, or on again."""
        if (account := self.selected()) is not None:
            on = not account.active
            text = self.tr("{name} staat aan.") if on else self.tr("{name} staat uit.")
            action = lambda: people.set_active(self.uow, self.actor, account.person_id, on)  # noqa: E731
            self.run(action, text.format(name=account.name))

    def add_account(self, name: str, role: Role, pin: str) -> bool:
        """Create an account through the service."""
        done = self.tr("{name} is toegevoegd.").format(name=name)
        create = people.create_account
        return self.run(lambda: create(self.uow, self.actor, name=name, role=role, pin=pin), done)

    def change_selected_role(self, role: Role) -> bool:
        """Give the selected person ``role``."""
        if (account := self.selected()) is None:
            return False
        done = self.tr("{name} is nu {role}.").format(name=account.name, role=kind_text(role))
        change = people.change_role
        return self.run(lambda: change(self.uow, self.actor, account.person_id, role), done)

    def reset_selected_pin(self, pin: str) -> bool:
        """Give the selected person a new PIN."""
        if (account := self.selected()) is None:
            return False
        done = self.tr("{name} heeft een nieuwe pincode.").format(name=account.name)
        reset = people.reset_pin
        return self.run(lambda: reset(self.uow, self.actor, account.person_id, pin), done)

    @Slot()
    def _ask_new_account(self) -> None:
        form = PinForm(self.tr("Nieuwe persoon"), new_person=True, parent=self)
        open_dialog(
            form,
            lambda: self.add_account(form.name.text(), form.role.currentData(), form.pin.text()),
        )

    @Slot()
    def _ask_role(self) -> None:
        if self.selected() is None:
            return
        names = [kind_text(role) for role in Role]
        chosen, ok = QInputDialog.getItem(self, self.tr("Rol wijzigen"), self.tr("Rol"), names)
        if ok:
            self.change_selected_role(list(Role)[names.index(chosen)])

    @Slot()
    def _ask_pin(self) -> None:
        if self.selected() is None:
            return
        form = PinForm(self.tr("Nieuwe pincode"), new_person=False, parent=self)
        open_dialog(form, lambda: self.reset_selected_pin(form.pin.text()))
