"""Volunteers and activities as the desk uses them: badges, warnings, attendance, hours."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.models import CertificateKind, Recurrence, TargetGroup
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.volunteers import register as volunteers
from desk_app.services.volunteers.register import Task, VolunteerDetails
from desk_app.ui.activities.page import ActivitiesPage
from desk_app.ui.context import PageContext
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.volunteers.hours_dialog import HoursDialog
from desk_app.ui.volunteers.page import VolunteersPage
from desk_app.ui.volunteers.register_dialog import RegisterDialog
from tests.conftest import FakeClock
from tests.documents import pdf_text
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


def badge_of(
    context: PageContext, name: str, *tasks: Task, certificates: tuple[CertificateKind, ...] = ()
) -> str:
    actor = context.current_actor()
    assert actor is not None
    person_id = volunteers.add_volunteer(context.uow, actor, VolunteerDetails(name, tasks))
    for kind in certificates:
        volunteers.add_certificate(
            context.uow, actor, person_id, kind=kind, issued_on=date(2025, 1, 1), expires_on=None
        )
    row = next(v for v in volunteers.register(context.uow) if v.person_id == person_id)
    assert row.badge_code is not None
    return row.badge_code


def type_and_enter(qtbot: QtBot, field: QWidget, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_badge_in_the_huiskamer_scan_field_signs_in(
    qtbot: QtBot, context: PageContext, clock: FakeClock
) -> None:
    badge = badge_of(
        context, "Els Visser", Task.EMERGENCY_RESPONDER, certificates=(CertificateKind.BHV,)
    )
    huiskamer = LivingRoomPage(context)
    board = VolunteersPage(context)
    for page in (huiskamer, board):
        qtbot.addWidget(page)
    huiskamer.changed.connect(board.refresh_for)
    assert "Geen BHV'er" in board.board.warnings.text()
    type_and_enter(qtbot, huiskamer.panel.scan_field, badge)
    assert "Els Visser" in huiskamer.panel.message.text()
    qtbot.waitUntil(lambda: board.board.model.rowCount() == 1)
    assert "Geen BHV'er" not in board.board.warnings.text()
    type_and_enter(qtbot, board.sign_in.scan_field, badge)  # the same badge again, at once
    assert (
        board.sign_in.message.text() == "Els Visser is net al aangemeld. De tweede scan telt niet."
    )
    assert board.board.model.rowCount() == 1
    clock.advance(timedelta(hours=2))
    type_and_enter(qtbot, board.sign_in.scan_field, badge)
    assert "afgemeld" in board.sign_in.message.text()
    assert board.board.model.rowCount() == 0
    assert "Geen BHV'er" in board.board.warnings.text()


def test_the_bar_warning_comes_and_goes(qtbot: QtBot, context: PageContext) -> None:
    barman = badge_of(context, "Henk Bakker", Task.BAR)
    server = badge_of(context, "Joke de Boer", Task.BAR, certificates=(CertificateKind.IVA,))
    page = VolunteersPage(context)
    qtbot.addWidget(page)
    type_and_enter(qtbot, page.sign_in.scan_field, barman)
    assert "IVA" in page.board.warnings.text()
    type_and_enter(qtbot, page.sign_in.scan_field, server)
    assert "IVA" not in page.board.warnings.text()


def test_an_unknown_badge_is_explained(qtbot: QtBot, context: PageContext) -> None:
    page = VolunteersPage(context)
    qtbot.addWidget(page)
    type_and_enter(qtbot, page.sign_in.scan_field, "VABCDEFGHJKMN0")
    assert page.sign_in.message.property("kind") == "error"
    assert page.board.model.rowCount() == 0


def test_the_duty_table_model(
    qtbot: QtBot, context: PageContext, qtmodeltester: ModelTester
) -> None:
    page = VolunteersPage(context)
    qtbot.addWidget(page)
    type_and_enter(qtbot, page.sign_in.scan_field, badge_of(context, "Els Visser", Task.DESK))
    qtmodeltester.check(page.board.model)


def test_attendance_at_the_door_and_by_count(qtbot: QtBot, context: PageContext) -> None:
    actor = context.current_actor()
    assert actor is not None
    activities.plan_activity(
        context.uow,
        actor,
        activities.ActivityPlan(
            "Koffieochtend",
            TargetGroup.ELDERLY,
            Recurrence.ONCE,
            MONDAY,
            MONDAY,
            time(10),
            time(12),
        ),
    )
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    for code in issue_passes(context.uow, actor, 2):
        type_and_enter(qtbot, page.door_scan, code)
    page.attendees.setValue(7)
    qtbot.mouseClick(page.count_button, Qt.MouseButton.LeftButton)
    assert page.model.row(0).attendance == 9
    assert page.model.data(page.model.index(0, 4)) == "9"


def test_the_hours_statement_opens(
    qtbot: QtBot, context: PageContext, opened: list[Path], clock: FakeClock
) -> None:

    badge = badge_of(context, "Kees Mulder", Task.BAR)
    page = VolunteersPage(context)
    qtbot.addWidget(page)
    type_and_enter(qtbot, page.sign_in.scan_field, badge)
    clock.advance(timedelta(hours=3))
    type_and_enter(qtbot, page.sign_in.scan_field, badge)
    actor = context.current_actor()
    assert actor is not None
    dialog = HoursDialog(context, actor)
    qtbot.addWidget(dialog)
    dialog.first.setDate(dialog.first.date().fromString("2026-03-01", "yyyy-MM-dd"))
    dialog.last.setDate(dialog.last.date().fromString("2026-03-31", "yyyy-MM-dd"))
    assert dialog.model.data(dialog.model.index(0, 2)) == "3:00"
    assert dialog.totals.text().endswith(": 3:00 uur")
    dialog.table.selectRow(0)
    dialog.print_statement()
    [path] = opened
    assert "Totaal gewerkte uren: 3:00" in " ".join(pdf_text(path.read_bytes()).split())


def test_the_manager_changes_a_volunteer_in_the_register(
    qtbot: QtBot, context: PageContext
) -> None:
    from desk_app.ui.volunteers.register_dialog import RegisterDialog  # noqa: PLC0415

    badge_of(context, "Kees Mulder", Task.BAR)
    actor = context.current_actor()
    assert actor is not None
    dialog = RegisterDialog(context, actor)
    qtbot.addWidget(dialog)
    row = next(
        n for n in range(dialog.model.rowCount()) if dialog.model.row(n).name == "Kees Mulder"
    )
    dialog.table.selectRow(row)
    assert dialog.name.text() == "Kees Mulder"
    assert dialog.tasks[Task.BAR].isChecked()
    dialog.name.setText("Kees Mulder-Bos")
    dialog.tasks[Task.EMERGENCY_RESPONDER].setChecked(True)
    dialog.update_volunteer()
    changed = next(v for v in volunteers.register(context.uow) if v.name == "Kees Mulder-Bos")
    assert changed.tasks == "bar, bhv"


def test_the_register_closes_with_sluiten_that_stays_in_view(
    qtbot: QtBot, context: PageContext
) -> None:
    from desk_app.ui.volunteers.register_dialog import RegisterDialog  # noqa: PLC0415

    actor = context.current_actor()
    assert actor is not None
    dialog = RegisterDialog(context, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert isinstance(box, QDialogButtonBox)
    close = box.button(QDialogButtonBox.StandardButton.Close)  # Sluiten, in Qt's Dutch
    assert not dialog.fitting.content.isAncestorOf(close)  # below the part that scrolls
    assert dialog.rect().contains(QRect(close.mapTo(dialog, QPoint(0, 0)), close.size()))
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_sign_in_from_an_earlier_day_is_a_warning_with_its_day_not_a_person_on_duty(
    qtbot: QtBot, context: PageContext, clock: FakeClock
) -> None:
    page = VolunteersPage(context)
    qtbot.addWidget(page)
    badge = badge_of(
        context, "Els Visser", Task.EMERGENCY_RESPONDER, certificates=(CertificateKind.BHV,)
    )
    type_and_enter(qtbot, page.sign_in.scan_field, badge)
    since = page.board.model.index(0, 2)
    assert re.fullmatch(r"\d\d:\d\d", page.board.model.data(since))
    clock.advance(timedelta(days=1))  # Monday was not closed; Els forgot to sign out
    page.refresh()
    assert page.board.model.rowCount() == 0
    assert page.board.count.text() == "Nu aanwezig: 0 vrijwilliger(s)"
    warnings = page.board.warnings.text()
    assert "Geen BHV'er" in warnings
    assert re.search(r"Els Visser is op \w+ 2 \w+ 2026 niet afgemeld", warnings)
    type_and_enter(qtbot, page.sign_in.scan_field, badge)  # Tuesday morning: she signs in
    assert "Welkom, Els Visser" in page.sign_in.message.text()
    assert page.board.model.rowCount() == 1
    assert "Geen BHV'er" not in page.board.warnings.text()


def test_the_register_names_the_tasks_in_english_and_stores_them_as_before(
    qtbot: QtBot, qapp: QApplication, english_qm: Path, context: PageContext
) -> None:
    badge_of(context, "Els Veenstra", Task.DESK, Task.YOUTH_WORK)
    actor = context.current_actor()
    assert actor is not None
    translators = install_translators(qapp, "en")
    try:
        register = RegisterDialog(context, actor)
        qtbot.addWidget(register)
        shown = register.model.data(register.model.index(0, 1))
        assert shown == "reception, youth worker"
        assert register.tasks[Task.YOUTH_WORK].text() == "youth worker"
        register.name.setText("Kees Mulder")
        register.tasks[Task.KITCHEN].setChecked(True)
        register.add_volunteer()
        stored = {v.name: v.tasks for v in volunteers.register(context.uow)}
        assert stored["Kees Mulder"] == "keuken"  # the stored word does not follow the screen
    finally:
        remove_translators(qapp, translators)
