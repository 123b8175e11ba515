"""The till warns before a volunteer consumption passes an allowance limit; stop or go on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.allowance_limits import AllowanceLimits, save_limits
from desk_app.ui.bar.page import BarPage
from desk_app.ui.context import PageContext
from tests.ui.inline_jobs import InlineJobs
from tests.unit.factories import table_counts
from tests.unit.till_factories import Bar, set_up_bar


@pytest.fixture
def bar(uow: UnitOfWork, desk_manager: Actor) -> Bar:
    made = set_up_bar(uow, desk_manager)
    save_limits(uow, desk_manager, 2026, AllowanceLimits(560, 330, 300, 210_000))
    return made


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, bar: Bar) -> BarPage:
    widget = BarPage(PageContext(desk.uow, desk.folder, lambda: bar.seller, jobs=InlineJobs()))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _own_use(qtbot: QtBot, page: BarPage, cups: int) -> None:
    for _ in range(cups):
        qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pay.own_use, Qt.MouseButton.LeftButton)


def test_the_warning_shows_and_stopping_sells_nothing(
    qtbot: QtBot, uow: UnitOfWork, page: BarPage
) -> None:
    before = table_counts(uow, "sale")
    _own_use(qtbot, page, 3)  # 3,60 in kind, over this month's 3,00
    qtbot.waitUntil(lambda: page.allowance_warning is not None)
    dialog = page.allowance_warning
    assert dialog is not None
    assert "Henk Bakker deze maand op €\xa03,60" in dialog.text.text()
    assert "hoogstens €\xa03,00" in dialog.text.text()
    qtbot.mouseClick(dialog.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.allowance_warning is None)
    assert table_counts(uow, "sale") == before
    assert page.basket.rowCount() == 1


def test_going_on_after_the_warning_rings_it_up(qtbot: QtBot, page: BarPage) -> None:
    _own_use(qtbot, page, 3)
    qtbot.waitUntil(lambda: page.allowance_warning is not None)
    dialog = page.allowance_warning
    assert dialog is not None
    with qtbot.waitSignal(page.sale_recorded):
        qtbot.mouseClick(dialog.go_on, Qt.MouseButton.LeftButton)


def test_within_the_limits_no_warning_is_shown(qtbot: QtBot, page: BarPage) -> None:
    with qtbot.waitSignal(page.sale_recorded):
        _own_use(qtbot, page, 2)
    assert page.allowance_warning is None
