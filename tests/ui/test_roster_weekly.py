"""The Rooster dialog: a day closed and a weekly shift ended from the screen."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.kinds import DayPartKey, ShiftTask
from desk_app.services.auth import Actor
from desk_app.services.volunteers import register as volunteers
from desk_app.services.volunteers.roster_gaps import roster_week
from desk_app.services.volunteers.roster_plan import ShiftPlan, plan_shift
from desk_app.ui.context import PageContext
from desk_app.ui.volunteers.holiday_dialog import HolidayDialog
from desk_app.ui.volunteers.roster_dialog import RosterDialog
from tests.ui.inline_jobs import InlineJobs
from tests.ui.questions import answer
from tests.ui.test_roster import MONDAY, roster

TUESDAY = MONDAY + timedelta(days=1)


@pytest.fixture
def context(empty_desk: Desk, desk_manager: Actor) -> PageContext:
    opened: list[Path] = []
    return PageContext(
        empty_desk.uow, empty_desk.folder, lambda: desk_manager, opened.append, jobs=InlineJobs()
    )


def holiday(dialog: RosterDialog) -> HolidayDialog:
    assert isinstance(dialog.pick, HolidayDialog)
    return dialog.pick


def kees_every_tuesday(context: PageContext, desk_manager: Actor) -> None:
    details = volunteers.VolunteerDetails("Kees Mulder", (volunteers.Task.DESK,))
    kees = volunteers.add_volunteer(context.uow, desk_manager, details)
    plan = ShiftPlan(TUESDAY, DayPartKey.MORNING, ShiftTask.RECEPTION, kees, weekly=True)
    plan_shift(context.uow, desk_manager, plan)


def test_a_day_is_closed_from_the_roster(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    kees_every_tuesday(context, desk_manager)
    dialog = roster(qtbot, context, desk_manager)
    dialog.table.setCurrentIndex(dialog.model.index(0, 1))  # Tuesday morning
    dialog.holiday_button.click()
    assert holiday(dialog).day.date().day() == TUESDAY.day
    holiday(dialog).close_button.click()
    assert "naam" in holiday(dialog).message.text()  # nothing written without a name
    assert roster_week(context.uow, MONDAY).holidays == {}
    holiday(dialog).name.setText("Koningsdag")
    holiday(dialog).close_button.click()
    qtbot.waitUntil(lambda: dialog.pick is None)
    assert dialog.model.index(0, 1).data() == "dicht: Koningsdag"
    assert dialog.lists.shifts_model.rowCount() == 0


def test_a_weekly_shift_is_ended_after_the_managers_yes(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    kees_every_tuesday(context, desk_manager)
    dialog = roster(qtbot, context, desk_manager)
    dialog.next.click()
    dialog.end_button.click()
    assert "Kies eerst een dienst" in dialog.message.text()
    dialog.lists.shifts.selectRow(0)
    dialog.end_button.click()
    answer(qtbot, lambda: dialog.question, QMessageBox.StandardButton.No)
    assert dialog.lists.shifts_model.rowCount() == 1  # No: nothing changed
    dialog.lists.shifts.selectRow(0)
    dialog.end_button.click()
    answer(qtbot, lambda: dialog.question, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.lists.shifts_model.rowCount() == 0)
    assert "stopt vanaf" in dialog.message.text()
    dialog.previous.click()
    assert dialog.lists.shifts_model.row(0).name == "Kees Mulder"  # the week before stays
