"""A wrong allowance reversed from the allowance dialog, after the manager's yes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.ui.context import PageContext
from desk_app.ui.volunteers.allowance_dialog import AllowanceDialog
from desk_app.ui.volunteers.allowances_paid_dialog import AllowancesPaidDialog
from tests.ui.inline_jobs import InlineJobs
from tests.ui.questions import answer
from tests.unit.factories import table_counts


@pytest.fixture
def dialog(qtbot: QtBot, empty_desk: Desk, desk_manager: Actor) -> AllowanceDialog:
    opened: list[Path] = []
    context = PageContext(
        empty_desk.uow, empty_desk.folder, lambda: desk_manager, opened.append, jobs=InlineJobs()
    )
    widget = AllowanceDialog(context, desk_manager)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def paid_list(qtbot: QtBot, dialog: AllowanceDialog) -> AllowancesPaidDialog:
    qtbot.mouseClick(dialog.paid, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.paid_dialog is not None and dialog.paid_dialog.isVisible())
    assert dialog.paid_dialog is not None
    return dialog.paid_dialog


def answer_reversal(
    qtbot: QtBot, paid: AllowancesPaidDialog, button: QMessageBox.StandardButton
) -> None:
    qtbot.mouseClick(paid.reverse_button, Qt.MouseButton.LeftButton)
    assert "Sanne de Vries" in answer(qtbot, lambda: paid.question, button)


def test_a_wrong_allowance_is_reversed_after_a_yes(
    qtbot: QtBot, empty_desk: Desk, dialog: AllowanceDialog
) -> None:
    dialog.person.setCurrentIndex(dialog.person.findText("Sanne de Vries"))
    qtbot.keyClicks(dialog.amount, "190,00")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1  # near the monthly limit
    paid = paid_list(qtbot, dialog)
    qtbot.mouseClick(paid.reverse_button, Qt.MouseButton.LeftButton)
    assert paid.message.text() == "Kies eerst een vergoeding in de lijst."
    paid.table.selectRow(0)
    before = table_counts(empty_desk.uow, "allowance_payment")
    answer_reversal(qtbot, paid, QMessageBox.StandardButton.No)
    assert table_counts(empty_desk.uow, "allowance_payment") == before  # no: nothing written
    paid.table.selectRow(0)
    answer_reversal(qtbot, paid, QMessageBox.StandardButton.Yes)
    assert paid.message.text() == "De vergoeding aan Sanne de Vries is teruggedraaid."
    assert paid.model.index(0, 4).data() == "teruggedraaid"
    paid.table.selectRow(0)
    answer_reversal(qtbot, paid, QMessageBox.StandardButton.Yes)
    assert "al teruggedraaid" in paid.message.text()  # refused the second time
    paid.reject()
    qtbot.waitUntil(lambda: dialog.paid_dialog is None)
    assert dialog.model.rowCount() == 0  # no longer near a limit
