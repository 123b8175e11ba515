"""The programme's form marks an activity as aimed at outsiders, which the till then reads."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk_app.services.uow import UnitOfWork
from desk_app.ui.activities.plan_dialog import PlanDialog


def test_the_plan_form_marks_an_activity_for_outsiders(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    dialog = PlanDialog(desk_uow)
    qtbot.addWidget(dialog)
    assert not dialog.plan().for_outsiders
    dialog.for_outsiders.setChecked(True)
    assert dialog.plan().for_outsiders
