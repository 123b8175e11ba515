"""Small dialogs of the till: bar duty, a new tab, settling a tab, a reversal, the X-report."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents.x_report import x_report_text
from desk_app.kinds import PaymentMethod, Role
from desk_app.services.auth import Actor
from desk_app.services.people import desk_accounts
from desk_app.services.rooms.account_sales import account_hirers
from desk_app.services.till import receipts, reports, reversals, tabs
from desk_app.services.till.alcohol import DutyPerson
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.tabs import TabSummary
from desk_app.services.uow import UnitOfWork
from desk_app.ui.bar.common import money
from desk_app.ui.bar.hirer_field import HirerField
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.messages import kind_heading, kind_text
from desk_app.ui.page_action import PageAction
from desk_app.ui.touch import big_button, tap_only, touch_button
from desk_app.ui.widgets import MessageLabel


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    for button in box.buttons():
        button.setMinimumHeight(44)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class DutyDialog(QDialog):
    """Tick who stands behind the bar now; those without IVA or SVH are marked."""

    def __init__(self, people: list[DutyPerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bardienst"))
        layout = QVBoxLayout()
        self.boxes: list[tuple[UUID, QCheckBox]] = []
        for person in people:
            label = (
                person.name
                if person.qualified
                else self.tr("{name} (geen IVA/SVH)").format(name=person.name)
            )
            box = QCheckBox(label)
            box.setMinimumHeight(44)
            box.setChecked(person.on_duty)
            layout.addWidget(box)
            self.boxes.append((person.person_id, box))
        fit_dialog(self, layout, _buttons(self))

    def chosen(self) -> list[UUID]:
        """The people ticked."""
        return [person_id for person_id, box in self.boxes if box.isChecked()]


class NewTabDialog(QDialog):
    """A name for the tab; a youth activity's or an outsiders' event's tab takes no alcohol."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe rekening"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Naam, bijv. Biljartclub"))
        self.name.setMinimumHeight(44)
        self.youth = QCheckBox(self.tr("Jeugdactiviteit (geen alcohol)"))
        self.youth.setMinimumHeight(44)
        self.outsiders = QCheckBox(self.tr("Evenement voor publiek van buiten (geen alcohol)"))
        self.outsiders.setMinimumHeight(44)
        layout = QVBoxLayout()
        for widget in (self.name, self.youth, self.outsiders):
            layout.addWidget(widget)
        fit_dialog(self, layout, _buttons(self))


class SettleTabDialog(QDialog):
    """Pay a tab by card, in cash or on a hirer's invoice, or carry it over to another day.

    A tab with nothing on it cannot be paid: it offers *Rekening sluiten* instead.
    """

    def __init__(
        self, uow: UnitOfWork, actor: Actor, tab: TabSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.uow, self.actor, self.tab = uow, actor, tab
        self.setWindowTitle(self.tr("Rekening {name}").format(name=tab.name))
        layout = QVBoxLayout()
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        self.hirer = HirerField(self.tr("Huurder (voor op factuur)"))
        self.on_account = touch_button(self.tr("Op factuur huurder"))
        self.on_account.clicked.connect(self._on_account)
        self.close_tab = touch_button(self.tr("Rekening sluiten"))
        self.close_tab.clicked.connect(self._close_empty)
        if tab.lines:
            self._add_payment(layout)
        else:
            self._add_closing(layout)
        carry_over = touch_button(self.tr("Doorschuiven naar later"))
        carry_over.clicked.connect(self._carry_over)
        layout.addWidget(carry_over)
        cancel = big_button(self.tr("Annuleren"))  # no parent yet: last in the Tab order
        cancel.clicked.connect(self.reject)
        fit_dialog(self, layout, [cancel], self.message)
        tap_only(self)

    def _add_payment(self, layout: QVBoxLayout) -> None:
        """The lines, the total and the ways to pay them."""
        tab = self.tab
        for line in tab.lines:
            layout.addWidget(QLabel(f"{line.quantity} × {line.name}  {money(line.amount_cents)}"))
        layout.addWidget(QLabel(self.tr("Totaal {amount}").format(amount=money(tab.total_cents))))
        self.hirer.show_hirers(account_hirers(self.uow), typed=tab.name)
        for text, action in (
            (
                kind_text(PaymentMethod.CARD),
                lambda: self._pay(PaymentIn(PaymentMethod.CARD, tab.total_cents)),
            ),
            (self.tr("Contant gepast"), lambda: self._pay(PaymentIn(PaymentMethod.CASH))),
        ):
            button = touch_button(text)
            button.clicked.connect(action)
            layout.addWidget(button)
        layout.addWidget(self.hirer)
        layout.addWidget(self.on_account)
        self.close_tab.setParent(self)
        self.close_tab.hide()

    def _add_closing(self, layout: QVBoxLayout) -> None:
        """An empty tab (opened by mistake, or all taken off) has nothing to pay: it is closed."""
        note = QLabel(self.tr("Er staat niets op deze rekening. Sluit hem, dan is hij weg."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.close_tab)
        for unused in (self.hirer, self.on_account):
            unused.setParent(self)
            unused.hide()

    def _close_empty(self) -> None:
        self.act.run(
            lambda actor: tabs.close_empty_tab(self.uow, actor, self.tab.tab_id),
            lambda _closed: self.accept(),
        )

    def _on_account(self) -> None:
        hirer = self.hirer.chosen()
        if hirer is None:
            self.message.show_error(self.tr("Kies eerst de huurder op wiens factuur dit komt."))
            return
        self._pay(PaymentIn(PaymentMethod.ON_ACCOUNT, self.tab.total_cents, hirer_id=hirer.id))

    def _pay(self, part: PaymentIn) -> None:
        self.act.run(
            lambda actor: tabs.settle_tab(self.uow, actor, self.tab.tab_id, [part]),
            lambda _settled: self.accept(),
        )

    def _carry_over(self) -> None:
        self.act.run(
            lambda actor: tabs.carry_over_tab(self.uow, actor, self.tab.tab_id),
            lambda _carried: self.accept(),
        )


class ReversalDialog(QDialog):
    """Reverse a paid receipt: its number, the manager who approves with a PIN, and why."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.actor = uow, actor
        self.setWindowTitle(self.tr("Bon terugdraaien"))
        self.number = QSpinBox()
        self.number.setRange(1, 10**9)
        self.manager = QComboBox()
        for account in desk_accounts(uow):
            if account.role is Role.MANAGER:
                self.manager.addItem(account.name, account.person_id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        layout = QVBoxLayout()
        for label, widget in (
            (self.tr("Bonnummer"), self.number),
            (kind_heading(Role.MANAGER), self.manager),
            (self.tr("Pincode beheerder"), self.pin),
            (self.tr("Reden"), self.reason),
        ):
            widget.setMinimumHeight(44)
            widget.setAccessibleName(label)
            layout.addWidget(QLabel(label))
            layout.addWidget(widget)
        box = _buttons(self)
        box.accepted.disconnect()
        box.accepted.connect(self._reverse)
        fit_dialog(self, layout, box, self.message)

    def _reverse(self) -> None:
        self.act.run(self._reverse_as, lambda _reversed: self.accept())

    def _reverse_as(self, actor: Actor) -> object:
        original = receipts.find_receipt(self.uow, self.number.value())
        return reversals.reverse_sale(
            self.uow,
            actor,
            original.sale_id,
            manager_id=self.manager.currentData(),
            manager_pin=self.pin.text(),
            reason=self.reason.text(),
        )


def show_x_report(uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
    """The day so far, for the manager (the service refuses anyone else)."""
    report = reports.x_report(uow, actor)
    box = QMessageBox(parent)
    box.setWindowTitle(box.tr("X-rapport"))
    box.setText(f"<pre>{x_report_text(report)}</pre>")
    box.exec()
