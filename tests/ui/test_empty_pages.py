"""An empty centre is guided: each empty page says what to do and has the button to do it."""

from __future__ import annotations

from datetime import time, timedelta
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desk_app.kinds import Recurrence, TargetGroup
from desk_app.paths import DataFolder
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.activities.page import ActivitiesPage
from desk_app.ui.activities.plan_dialog import PlanDialog
from desk_app.ui.bar.page import BarPage
from desk_app.ui.bar.price_editor import PriceListDialog
from desk_app.ui.context import PageContext
from desk_app.ui.page import Page
from desk_app.ui.rooms.page import RoomsPage
from desk_app.ui.rooms.room_dialog import RoomDialog
from desk_app.ui.volunteers.page import VolunteersPage
from desk_app.ui.volunteers.register_dialog import RegisterDialog
from tests.ui.inline_jobs import InlineJobs

P = TypeVar("P", bound=Page)
D = TypeVar("D", bound=QDialog)


def open_page(qtbot: QtBot, uow: UnitOfWork, actor: Actor, page_type: type[P]) -> P:
    folder = DataFolder(uow.database.path.parent)
    page = page_type(PageContext(uow, folder, lambda: actor, jobs=InlineJobs()))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def tap(qtbot: QtBot, button: QWidget, dialog_type: type[D]) -> D:
    """Tap the hint's button and wait for the dialog it opens."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), dialog_type))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, dialog_type)
    return dialog


def test_an_empty_bar_opens_the_price_list_and_then_sells(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    page = open_page(qtbot, desk_uow, desk_manager, BarPage)
    hint = page.grid.empty
    assert hint.isVisible()
    assert hint.label.text() == "Nog geen producten."
    assert hint.button.text() == "Producten toevoegen"
    dialog = tap(qtbot, hint.button, PriceListDialog)
    qtbot.keyClicks(dialog.category, "Koffie en thee")
    qtbot.keyClicks(dialog.name, "Koffie")
    qtbot.keyClicks(dialog.price, "1,20")
    dialog.valid_from.setDate(QDate(2026, 3, 1))  # the tests' clock stands at 2 March 2026
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    dialog.reject()
    qtbot.waitUntil(lambda: "Koffie" in page.grid.tiles)
    assert not hint.isVisible()
    qtbot.waitUntil(page.grid.categories["Koffie en thee"].isVisible)


def test_an_empty_zalen_page_opens_a_new_room(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    page = open_page(qtbot, desk_uow, desk_manager, RoomsPage)
    assert page.empty.isVisible()
    assert "Nog geen zalen" in page.empty.label.text()
    dialog = tap(qtbot, page.empty.button, RoomDialog)
    assert page.tabs.currentWidget() is page.rooms_admin
    qtbot.keyClicks(dialog.name, "Grote zaal")
    dialog.capacity.setValue(80)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.empty.isVisible())


def test_an_empty_programme_offers_a_new_activity(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    page = open_page(qtbot, desk_uow, desk_manager, ActivitiesPage)
    assert page.empty.isVisible()
    assert "Nog geen activiteiten" in page.empty.label.text()
    dialog = tap(qtbot, page.empty.button, PlanDialog)
    dialog.reject()
    first = page.monday + timedelta(days=14)
    plan = activities.ActivityPlan(
        name="Naaicafé",
        target_group=TargetGroup.ADULTS,
        recurrence=Recurrence.ONCE,
        first_day=first,
        last_day=first,
        starts=time(10, 0),
        ends=time(12, 0),
    )
    activities.plan_activity(desk_uow, desk_manager, plan)
    page.refresh()
    assert not page.empty.isVisible()  # also in a week the activity is not in


def test_an_empty_register_offers_to_sign_up_a_volunteer(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    page = open_page(qtbot, desk_uow, desk_manager, VolunteersPage)
    assert page.empty.isVisible()
    assert "Nog geen vrijwilligers" in page.empty.label.text()
    dialog = tap(qtbot, page.empty.button, RegisterDialog)
    qtbot.keyClicks(dialog.name, "Kees Smit")
    dialog.add_volunteer()
    qtbot.waitUntil(lambda: "Kees Smit" in dialog.message.text())
    dialog.reject()
    qtbot.waitUntil(lambda: not page.empty.isVisible())
