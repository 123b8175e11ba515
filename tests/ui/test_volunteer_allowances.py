"""Allowances in the volunteers area: entered, refused when negative, near a limit, statement."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.volunteers.allowance_limits import year_limits
from desk_app.ui.context import PageContext
from desk_app.ui.volunteers.page import VolunteersPage
from tests.documents import pdf_text
from tests.ui.inline_jobs import InlineJobs
from tests.unit.factories import table_counts


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def page(qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, opened: list[Path]) -> VolunteersPage:
    context = PageContext(
        empty_desk.uow, empty_desk.folder, lambda: desk_manager, opened.append, jobs=InlineJobs()
    )
    widget = VolunteersPage(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_an_allowance_entered_puts_the_volunteer_on_the_near_list(
    qtbot: QtBot, page: VolunteersPage, opened: list[Path]
) -> None:
    qtbot.mouseClick(page.allowance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.allowances is not None and page.allowances.isVisible())
    dialog = page.allowances
    assert dialog is not None
    assert dialog.model.rowCount() == 0
    dialog.person.setCurrentIndex(dialog.person.findText("Sanne de Vries"))
    qtbot.keyClicks(dialog.amount, "190,00")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "De vergoeding is opgeslagen."
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 0)) == "Sanne de Vries"
    assert dialog.model.data(dialog.model.index(0, 1)) == "per maand"
    qtbot.mouseClick(dialog.statement, Qt.MouseButton.LeftButton)
    [path] = opened
    assert "Naam: Sanne de Vries" in " ".join(pdf_text(path.read_bytes()).split())


def test_a_negative_allowance_is_refused_and_nothing_is_written(
    qtbot: QtBot, empty_desk: Desk, page: VolunteersPage
) -> None:
    qtbot.mouseClick(page.allowance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.allowances is not None and page.allowances.isVisible())
    dialog = page.allowances
    assert dialog is not None
    before = table_counts(empty_desk.uow, "allowance_payment")
    qtbot.keyClicks(dialog.amount, "-25,00")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Een vergoeding is een bedrag groter dan 0 euro."
    assert table_counts(empty_desk.uow, "allowance_payment") == before


def test_the_years_limits_show_the_default_and_are_changed(
    qtbot: QtBot, empty_desk: Desk, page: VolunteersPage
) -> None:
    qtbot.mouseClick(page.allowance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.allowances is not None and page.allowances.isVisible())
    dialog = page.allowances
    assert dialog is not None
    qtbot.mouseClick(dialog.limits, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.limits_dialog is not None and dialog.limits_dialog.isVisible())
    limits = dialog.limits_dialog
    assert limits is not None
    assert (limits.hour.text(), limits.month.text(), limits.per_year.text()) == (
        "5,60",
        "210,00",
        "2100,00",
    )
    limits.month.setText("220,00")
    qtbot.mouseClick(limits.save, Qt.MouseButton.LeftButton)
    assert limits.message.text() == "De grenzen zijn opgeslagen."
    assert year_limits(empty_desk.uow, 2026).month_cents == 22_000
    limits.hour.setText("vijf")
    qtbot.mouseClick(limits.save, Qt.MouseButton.LeftButton)
    assert limits.message.text() == "Typ elk bedrag, bijvoorbeeld 5,60."
    assert year_limits(empty_desk.uow, 2026).hour_cents == 560
