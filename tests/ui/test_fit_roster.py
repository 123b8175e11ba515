"""The roster's week keeps its seven days side by side at the large text sizes.

At 22 pt in Dutch a task ("baliedienst:", "jongerenwerk:") is wider than a seventh of the
week: it breaks between syllables rather than push Saturday and Sunday out of sight, where
the only way to them was a scroll bar below the fold.
"""

from __future__ import annotations

from datetime import date, timedelta

from desk_app.bootstrap import Desk
from desk_app.kinds import DayPartKey, ShiftTask
from desk_app.services.auth import Actor
from desk_app.services.volunteers import register as volunteers
from desk_app.services.volunteers.register import Task, VolunteerDetails
from desk_app.services.volunteers.roster_plan import ShiftPlan, plan_shift
from desk_app.ui.context import PageContext
from desk_app.ui.main_window import MainWindow
from desk_app.ui.volunteers.roster_dialog import RosterDialog
from tests.ui.inline_jobs import InlineJobs
from tests.ui.large_text import language, text_size, window
from tests.ui.test_positions import settle

__all__ = ["language", "text_size", "window"]  # the fixtures this module borrows
MONDAY = date(2026, 3, 2)


def test_the_week_shows_all_seven_days(window: MainWindow, desk: Desk, desk_manager: Actor) -> None:
    tasks = (ShiftTask.RECEPTION, ShiftTask.YOUTH_WORK)
    for number, task in enumerate(tasks * 4):
        person = volunteers.add_volunteer(
            desk.uow,
            desk_manager,
            VolunteerDetails(f"Ursula de Jong {number}", (Task.DESK, Task.YOUTH_WORK)),
        )
        day = MONDAY + timedelta(days=(5 + number) % 7)  # the weekend's days among them
        plan_shift(desk.uow, desk_manager, ShiftPlan(day, DayPartKey.MORNING, task, person))
    context = PageContext(
        desk.uow, desk.folder, lambda: desk_manager, lambda _path: None, jobs=InlineJobs()
    )
    dialog = RosterDialog(context, desk_manager, MONDAY, parent=window)
    dialog.setStyleSheet(window.styleSheet())
    dialog.show()
    settle()
    table = dialog.table
    assert not table.horizontalScrollBar().isVisible()
    sunday = table.horizontalHeader().sectionViewportPosition(6)
    assert sunday + table.columnWidth(6) <= table.viewport().width()
    dialog.reject()
