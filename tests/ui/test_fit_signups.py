"""The sign-up list of the Activiteiten page fits a reception PC at the large text sizes."""

from __future__ import annotations

from datetime import date, time

from desk_app.bootstrap import Desk
from desk_app.kinds import Recurrence, TargetGroup
from desk_app.services.activities import programme as activities
from desk_app.services.activities import signups
from desk_app.services.auth import Actor
from desk_app.ui.activities.page import ActivitiesPage
from desk_app.ui.main_window import MainWindow
from tests.ui.large_text import cut_texts, language, outside, text_size, window
from tests.ui.test_positions import open_page, settle

__all__ = ["language", "text_size", "window"]  # the fixtures this module borrows
MONDAY = date(2026, 3, 2)


def test_the_sign_up_list_fits_with_a_waiting_list(
    window: MainWindow, desk: Desk, desk_manager: Actor
) -> None:
    [session] = activities.plan_activity(
        desk.uow,
        desk_manager,
        activities.ActivityPlan(
            "Koersbal", TargetGroup.ELDERLY, Recurrence.ONCE, MONDAY, MONDAY, time(14), time(16)
        ),
    )
    signups.set_capacity(desk.uow, desk_manager, session.occurrence_id, 2)
    for name in ("Ans Vermeulen", "Gerrit Smit", "Fatima El Amrani"):
        signups.sign_up_name(desk.uow, desk_manager, session.occurrence_id, name)
    page = open_page(window, ActivitiesPage)
    page.table.selectRow(0)
    page.open_signups()
    settle()
    assert page.signups.model.rowCount() == 3
    assert cut_texts(page) == []
    assert outside(page, window) == []
