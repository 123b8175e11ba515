"""The Rooster dialog: a shift planned by picking a volunteer, a gap shown and filled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.kinds import CertificateKind, DayPartKey, ShiftTask
from desk_app.services.auth import Actor
from desk_app.services.volunteers import register as volunteers
from desk_app.services.volunteers.register import Task, VolunteerDetails
from desk_app.services.volunteers.roster_gaps import roster_week
from desk_app.ui.context import PageContext
from desk_app.ui.volunteers.page import VolunteersPage
from desk_app.ui.volunteers.register_dialog import RegisterDialog
from desk_app.ui.volunteers.roster_dialog import RosterDialog
from desk_app.ui.volunteers.shift_pick_dialog import ShiftPickDialog
from desk_app.ui.volunteers.swap_dialog import SwapDialog
from tests.ui.inline_jobs import InlineJobs

MONDAY = date(2026, 3, 2)


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def context(empty_desk: Desk, desk_manager: Actor, opened: list[Path]) -> PageContext:
    return PageContext(
        empty_desk.uow, empty_desk.folder, lambda: desk_manager, opened.append, jobs=InlineJobs()
    )


def enrol(context: PageContext, name: str, *certificates: CertificateKind) -> None:
    actor = context.current_actor()
    assert actor is not None
    person = volunteers.add_volunteer(context.uow, actor, VolunteerDetails(name, (Task.BAR,)))
    for kind in certificates:
        volunteers.add_certificate(
            context.uow, actor, person, kind=kind, issued_on=date(2025, 1, 1), expires_on=None
        )


def roster(qtbot: QtBot, context: PageContext, desk_manager: Actor) -> RosterDialog:
    dialog = RosterDialog(context, desk_manager, MONDAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def picker(dialog: RosterDialog) -> ShiftPickDialog:
    assert isinstance(dialog.pick, ShiftPickDialog)
    return dialog.pick


def choose(pick: ShiftPickDialog | SwapDialog, name: str) -> None:
    row = next(r for r in range(pick.model.rowCount()) if pick.model.row(r).name == name)
    pick.table.selectRow(row)
    (pick.plan_button if isinstance(pick, ShiftPickDialog) else pick.swap_button).click()


def test_a_shift_is_planned_by_picking_a_volunteer(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    enrol(context, "Henk Bakker", CertificateKind.IVA)
    dialog = roster(qtbot, context, desk_manager)
    thursday_evening = dialog.model.index(2, 3)
    dialog.table.setCurrentIndex(thursday_evening)
    dialog.plan_button.click()
    assert "IVA" in picker(dialog).model.index(0, 1).data()  # certificates beside the names
    picker(dialog).task.setCurrentIndex(list(ShiftTask).index(ShiftTask.BAR))
    choose(picker(dialog), "Henk Bakker")
    qtbot.waitUntil(lambda: dialog.pick is None)
    assert "Henk Bakker" in dialog.model.index(2, 3).data()
    [shift] = roster_week(context.uow, MONDAY).shifts
    assert (shift.day.weekday(), shift.part, shift.task) == (3, DayPartKey.EVENING, ShiftTask.BAR)


def test_a_gap_is_shown_and_filled(qtbot: QtBot, context: PageContext, desk_manager: Actor) -> None:
    enrol(context, "Bea Hendriks", CertificateKind.BHV)
    enrol(context, "Aad Zonder")
    dialog = roster(qtbot, context, desk_manager)
    before = dialog.lists.gaps_model.rowCount()
    assert before == 19  # every open part of the week lacks a BHV'er
    assert "BHV'er" in dialog.lists.gaps_model.index(0, 2).data()
    dialog.lists.gaps.selectRow(0)
    dialog.fill_button.click()
    assert picker(dialog).chosen_task() is ShiftTask.BHV
    assert picker(dialog).model.row(0).name == "Bea Hendriks"  # the qualified come first
    choose(picker(dialog), "Bea Hendriks")
    qtbot.waitUntil(lambda: dialog.lists.gaps_model.rowCount() == before - 1)
    assert "Bea Hendriks" in dialog.model.index(0, 0).data()


def test_a_closed_part_of_the_day_is_refused_in_the_picker(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    enrol(context, "Aad Zonder")
    dialog = roster(qtbot, context, desk_manager)
    assert dialog.model.index(2, 5).data() == "dicht"  # Saturday evening
    dialog.table.setCurrentIndex(dialog.model.index(2, 5))
    dialog.plan_button.click()
    choose(picker(dialog), "Aad Zonder")
    assert picker(dialog).isVisible()
    assert "dicht" in picker(dialog).message.text()
    assert roster_week(context.uow, MONDAY).shifts == []


def test_the_week_prints_and_the_models_hold(
    qtbot: QtBot,
    context: PageContext,
    desk_manager: Actor,
    opened: list[Path],
    qtmodeltester: ModelTester,
) -> None:
    dialog = roster(qtbot, context, desk_manager)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.lists.gaps_model)
    qtmodeltester.check(dialog.lists.shifts_model)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0].read_bytes().startswith(b"%PDF")
    dialog.next.click()
    assert "Week 11" in dialog.title.text()


def test_the_volunteers_page_opens_the_roster(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    page = VolunteersPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.roster_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(RosterDialog) is not None)
    found = page.findChild(RosterDialog)
    assert found is not None
    found.reject()


def test_a_shift_is_swapped_and_another_called_off(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    enrol(context, "Kees Mulder")
    enrol(context, "Ans Kok")
    dialog = roster(qtbot, context, desk_manager)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    dialog.plan_button.click()
    picker(dialog).weekly.setChecked(True)
    choose(picker(dialog), "Kees Mulder")
    qtbot.waitUntil(lambda: dialog.lists.shifts_model.rowCount() == 1)
    dialog.swap_button.click()
    assert "Kies eerst een dienst" in dialog.message.text()
    dialog.lists.shifts.selectRow(0)
    dialog.swap_button.click()
    assert isinstance(dialog.pick, SwapDialog)
    choose(dialog.pick, "Ans Kok")
    qtbot.waitUntil(lambda: dialog.pick is None)
    [shift] = roster_week(context.uow, MONDAY).shifts
    assert (shift.name, shift.swapped_from, shift.agreed_by) == (
        "Ans Kok",
        "Kees Mulder",
        "Ans Kok",
    )
    assert "Kees Mulder" in dialog.lists.shifts_model.index(0, 4).data()
    dialog.lists.shifts.selectRow(0)
    dialog.cancel_button.click()
    assert dialog.lists.shifts_model.rowCount() == 0
    dialog.next.click()
    assert dialog.lists.shifts_model.row(0).name == "Kees Mulder"  # only that week changed


def test_availability_is_kept_in_the_register_and_shown_in_the_picker(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    enrol(context, "Kees Mulder")
    register = RegisterDialog(context, desk_manager)
    qtbot.addWidget(register)
    row = next(
        r for r in range(register.model.rowCount()) if register.model.row(r).name == "Kees Mulder"
    )
    register.table.selectRow(row)
    when = next(b for b in register.findChildren(QPushButton) if b.text() == "Beschikbaarheid")
    when.click()
    assert register.availability is not None
    register.availability.boxes[(3, DayPartKey.EVENING)].setChecked(True)
    register.availability.save_button.click()
    qtbot.waitUntil(lambda: "Beschikbaarheid vastgelegd" in register.message.text())
    dialog = roster(qtbot, context, desk_manager)
    dialog.table.setCurrentIndex(dialog.model.index(2, 3))
    dialog.plan_button.click()
    model = picker(dialog).model
    [kees] = [model.row(r) for r in range(model.rowCount()) if model.row(r).name == "Kees Mulder"]
    assert kees.available is True
