"""Zalen › Facturen: *Herinnering maken* records the reminder, shows it and opens its PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.ui.context import PageContext
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.rooms.invoices_view import InvoicesModel, InvoicesView
from tests.conftest import FakeClock
from tests.documents import pdf_text
from tests.unit import hire_factories as make
from tests.unit.factories import table_counts

REMINDED = len(InvoicesModel.COLUMNS) - 1


def _view(
    desk: Desk, qtbot: QtBot, actor: Actor, jobs: BackgroundJobs
) -> tuple[InvoicesView, list[Path]]:
    uow = desk.uow
    room_id, hirer_id = make.room(uow, actor), make.hirer(uow, actor)
    invoice_booking(uow, actor, book_room(uow, actor, make.request(room_id, hirer_id)).id)
    opened: list[Path] = []
    view = InvoicesView(PageContext(uow, desk.folder, lambda: actor, opened.append, jobs=jobs))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    view.table.selectRow(0)
    return view, opened


def _press_remind(qtbot: QtBot, view: InvoicesView) -> None:
    button = next(b for b in view.findChildren(QPushButton) if b.text() == "Herinnering maken")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_button_makes_a_reminder_shows_it_and_opens_the_pdf(
    qtbot: QtBot, desk: Desk, desk_manager: Actor, jobs: BackgroundJobs, clock: FakeClock
) -> None:
    view, opened = _view(desk, qtbot, desk_manager, jobs)
    clock.advance(timedelta(days=15))  # one day past the due date
    view.refresh()
    view.table.selectRow(0)
    assert view.model.data(view.model.index(0, REMINDED)) == ""
    _press_remind(qtbot, view)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert "Herinnering voor MEE-000001 vastgelegd" in view.message.text()
    assert view.model.data(view.model.index(0, REMINDED)) == "herinnering op 17-03-2026"
    text = " ".join(pdf_text(opened[0].read_bytes()).split())
    assert "Herinnering" in text
    assert "MEE-000001" in text
    assert jobs.wait(10_000)


def test_a_refused_reminder_is_explained_and_writes_nothing(
    qtbot: QtBot, desk: Desk, desk_manager: Actor, jobs: BackgroundJobs
) -> None:
    view, opened = _view(desk, qtbot, desk_manager, jobs)
    _press_remind(qtbot, view)
    assert "is niet te laat" in view.message.text()
    assert table_counts(desk.uow, "invoice_reminder")["invoice_reminder"] == 0
    assert opened == []
