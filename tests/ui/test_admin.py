"""Beheer: accounts, centre details and the audit log; the services decide who may."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.models import Role
from desk_app.services import audit, centre, people
from desk_app.services.audit import AuditRow
from desk_app.services.auth import Actor
from desk_app.services.people import Account
from desk_app.services.uow import UnitOfWork
from desk_app.ui.admin.accounts import AccountsDialog
from desk_app.ui.admin.accounts_model import AccountsModel
from desk_app.ui.admin.audit import AuditDialog
from desk_app.ui.admin.audit_model import AuditTableModel
from desk_app.ui.admin.centre import CentreDialog
from tests.ui.questions import answer as answer_question

NOT_ALLOWED = "Alleen een sociaal beheerder mag dit doen."


def accounts_dialog(qtbot: QtBot, uow: UnitOfWork, actor: Actor) -> AccountsDialog:
    dialog = AccountsDialog(uow, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select(dialog: AccountsDialog, name: str) -> Account:
    for row in range(dialog.model.rowCount()):
        if dialog.model.account(row).name == name:
            dialog.table.selectRow(row)
            return dialog.model.account(row)
    raise AssertionError(name)


def answer_unlock(qtbot: QtBot, dialog: AccountsDialog, answer: QMessageBox.StandardButton) -> None:
    """Click ``answer`` in the unlock question the dialog has open."""
    answer_question(qtbot, lambda: dialog.unlock_question, answer)


def test_volunteer_is_refused_by_the_service(
    qtbot: QtBot, desk_uow: UnitOfWork, receptionist: Actor
) -> None:
    dialog = accounts_dialog(qtbot, desk_uow, receptionist)
    select(dialog, "Sanne de Vries")
    dialog.unlock_selected()
    answer_unlock(qtbot, dialog, QMessageBox.StandardButton.Yes)
    assert dialog.message.text() == NOT_ALLOWED
    assert not dialog.add_account("Kees de Jong", Role.MANAGER, "5555")
    assert dialog.message.text() == NOT_ALLOWED
    assert not dialog.change_selected_role(Role.RECEPTION)
    assert "Kees de Jong" not in [a.name for a in people.desk_accounts(desk_uow)]


def test_manager_adds_changes_and_switches_off(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = accounts_dialog(qtbot, desk_uow, desk_manager)
    assert dialog.add_account("Kees de Jong", Role.BAR, "5555")
    assert dialog.message.text() == "Kees de Jong is toegevoegd."
    select(dialog, "Kees de Jong")
    assert dialog.change_selected_role(Role.MANAGER)
    assert dialog.message.text() == "Kees de Jong is nu sociaal beheerder."
    assert not dialog.reset_selected_pin("7777")
    assert dialog.message.text() == "De pincode van een sociaal beheerder heeft minstens 6 cijfers."
    assert dialog.reset_selected_pin("777777")
    select(dialog, "Kees de Jong")
    dialog.toggle_selected()
    kees = select(dialog, "Kees de Jong")
    assert (kees.role, kees.active) == (Role.MANAGER, False)
    assert dialog.model.data(dialog.model.index(dialog.table.currentIndex().row(), 2)) == (
        "uitgeschakeld"
    )


def test_manager_cannot_switch_herself_off(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = accounts_dialog(qtbot, desk_uow, desk_manager)
    select(dialog, "Sanne de Vries")
    dialog.toggle_selected()
    assert dialog.message.text() == "U kunt uw eigen account niet uitschakelen."


def test_the_last_manager_cannot_give_up_her_role(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = accounts_dialog(qtbot, desk_uow, desk_manager)
    select(dialog, "Sanne de Vries")
    assert not dialog.change_selected_role(Role.RECEPTION)
    assert dialog.message.text() == (
        "Dan kan geen enkele sociaal beheerder meer inloggen. Geef eerst iemand anders de rol "
        "sociaal beheerder."
    )
    assert select(dialog, "Sanne de Vries").role is Role.MANAGER


def test_a_short_pin_is_refused_in_dutch(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = accounts_dialog(qtbot, desk_uow, desk_manager)
    assert not dialog.add_account("Kees de Jong", Role.BAR, "12")
    assert dialog.message.text() == "Een pincode bestaat uit 4 tot 6 cijfers."


def test_centre_details_saved_by_the_manager(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = CentreDialog(desk_uow, desk_manager)
    qtbot.addWidget(dialog)
    assert dialog.identity.code.isReadOnly()
    dialog.identity.street.setText("Meentweg 1")
    assert dialog.save()
    assert centre.centre_details(desk_uow).street == "Meentweg 1"
    dialog.numbers.iban.setText("NL00 FOUT")
    assert not dialog.save()
    assert dialog.message.text() == "Het IBAN klopt niet."


def test_centre_details_refused_to_a_volunteer(
    qtbot: QtBot, desk_uow: UnitOfWork, receptionist: Actor
) -> None:
    dialog = CentreDialog(desk_uow, receptionist)
    qtbot.addWidget(dialog)
    dialog.identity.street.setText("Ergens 2")
    assert not dialog.save()
    assert dialog.message.text() == NOT_ALLOWED


def test_audit_dialog_lists_and_filters(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = AuditDialog(desk_uow, desk_manager)
    qtbot.addWidget(dialog)
    total = dialog.proxy.rowCount()
    assert total == len(audit.recent_entries(desk_uow, desk_manager)) >= 2
    qtbot.keyClicks(dialog.filter, "Account voor Ria Jansen gemaakt")
    assert dialog.proxy.rowCount() == 1


def sample_rows() -> list[AuditRow]:
    at = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    return [
        AuditRow(at, "Sanne de Vries", "centre.setup", "De Meent", None, {"code": "MEE"}),
        AuditRow(at, "Sanne de Vries", "account.role", "Ria", {"role": "bar"}, {"role": "x"}),
    ]


def test_audit_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = AuditTableModel()
    model.set_rows(sample_rows())
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "2 mrt 2026 10:30"
    assert model.data(model.index(0, 2)) == "Buurthuis De Meent ingesteld"
    assert model.data(model.index(0, 4)) == "code: MEE"
    assert model.data(model.index(1, 4)) == "role: barvrijwilliger → role: x"


def test_accounts_model_passes_the_model_tester(
    qtmodeltester: ModelTester, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    model = AccountsModel()
    model.set_accounts(people.desk_accounts(desk_uow), desk_uow.now())
    qtmodeltester.check(model)
