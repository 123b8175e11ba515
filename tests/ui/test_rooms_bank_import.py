"""Zalen › Facturen › *Bankafschrift inlezen*: a statement read off the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.rooms.bank_dialog import BankImportDialog
from desk_app.ui.rooms.invoices_view import InvoicesModel, InvoicesView
from tests.unit import hire_factories as make
from tests.unit.camt_factory import CENTRE_IBAN, Line, statement
from tests.unit.factories import table_counts


def _view(qtbot: QtBot, uow: UnitOfWork, actor: Actor, jobs: BackgroundJobs) -> InvoicesView:
    """The list with two invoices of € 50,00: the Keu's and the Yoga club's."""
    update_centre(uow, actor, replace(centre_details(uow), iban=CENTRE_IBAN))
    room_id = make.room(uow, actor)
    for week, name in enumerate(("Biljartclub De Keu", "Yoga Amstel")):
        hirer_id = make.hirer(uow, actor, name=name)
        day = make.MONDAY.replace(day=make.MONDAY.day + 7 * week)
        invoice_booking(
            uow, actor, book_room(uow, actor, make.request(room_id, hirer_id, day=day)).id
        )
    folder = DataFolder(uow.database.path.parent)
    view = InvoicesView(PageContext(uow, folder, lambda: actor, jobs=jobs))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    return view


def _open(qtbot: QtBot, view: InvoicesView) -> BankImportDialog:
    button = next(b for b in view.findChildren(QPushButton) if b.text() == "Bankafschrift inlezen…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    assert isinstance(view.dialog, BankImportDialog)
    return view.dialog


def _statuses(view: InvoicesView) -> dict[str, str]:
    model = view.model
    return {
        str(model.data(model.index(row, 0))): str(
            model.data(model.index(row, InvoicesModel.STATUS))
        )
        for row in range(model.rowCount())
    }


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "afschrift.xml"
    path.write_bytes(
        statement(
            [
                Line("B-1", 5000, "B. de Keu", text="factuur MEE-000001"),
                Line("B-2", 5000, "Stichting Yoga Amstel", text="huur"),
            ]
        )
    )
    return path


def test_the_dialog_books_a_statement_and_a_confirmed_suggestion(
    qtbot: QtBot,
    desk_uow: UnitOfWork,
    desk_manager: Actor,
    jobs: BackgroundJobs,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, desk_uow, desk_manager, jobs)
    assert _statuses(view) == {"MEE-000001": "open", "MEE-000002": "open"}
    dialog = _open(qtbot, view)
    ModelTester(qtbot).check(dialog.model)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        dialog.read_file(_file(tmp_path))
    assert dialog.model.rowCount() == 2
    assert dialog.model.data(dialog.model.index(0, 3)) == "Geboekt (factuurnummer)"
    assert dialog.model.data(dialog.model.index(1, 3)) == "Niet gevonden"
    assert _statuses(view) == {"MEE-000001": "betaald", "MEE-000002": "open"}
    dialog.table.selectRow(1)
    assert dialog.suggestion.count() == 1
    assert dialog.suggestion.currentText().startswith("MEE-000002")
    with qtbot.waitSignal(dialog.booked):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.model.data(dialog.model.index(1, 3)) == "Geboekt (bevestigd)"
    assert _statuses(view) == {"MEE-000001": "betaald", "MEE-000002": "betaald"}
    assert not dialog.confirm_button.isEnabled()


def test_the_summary_counts_the_entries_of_nothing_it_skipped(
    qtbot: QtBot,
    desk_uow: UnitOfWork,
    desk_manager: Actor,
    jobs: BackgroundJobs,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, desk_uow, desk_manager, jobs)
    dialog = _open(qtbot, view)
    path = tmp_path / "afschrift.xml"
    path.write_bytes(
        statement(
            [
                Line("Z-1", 0, "Bank", reference="RF81MEE000001"),
                Line("B-1", 5000, "B. de Keu", text="factuur MEE-000001"),
            ]
        )
    )
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        dialog.read_file(path)
    assert dialog.model.rowCount() == 1
    assert dialog.message.text() == (
        "1 geboekt, 0 niet gevonden. 1 boeking(en) zonder bedrag overgeslagen."
    )


def test_a_bad_file_is_refused_in_the_dialog_with_nothing_booked(
    qtbot: QtBot,
    desk_uow: UnitOfWork,
    desk_manager: Actor,
    jobs: BackgroundJobs,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, desk_uow, desk_manager, jobs)
    dialog = _open(qtbot, view)
    path = _file(tmp_path)
    path.write_bytes(path.read_bytes()[:400])
    before = table_counts(desk_uow, "invoice_payment")
    dialog.read_file(path)
    qtbot.waitUntil(lambda: "onvolledig" in dialog.message.text(), timeout=10_000)
    assert dialog.model.rowCount() == 0
    assert table_counts(desk_uow, "invoice_payment") == before
    assert _statuses(view) == {"MEE-000001": "open", "MEE-000002": "open"}


def test_a_volunteer_is_refused_before_the_file_choice_opens(
    qtbot: QtBot,
    desk_uow: UnitOfWork,
    receptionist: Actor,
    jobs: BackgroundJobs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []

    def ask(*args: object) -> tuple[str, str]:
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    folder = DataFolder(desk_uow.database.path.parent)
    context = PageContext(desk_uow, folder, lambda: receptionist, jobs=jobs)
    dialog = BankImportDialog(context, receptionist)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert dialog.message.text() == "Alleen een sociaal beheerder mag dit doen."


def test_a_manager_gets_the_file_choice(
    qtbot: QtBot,
    desk_uow: UnitOfWork,
    desk_manager: Actor,
    jobs: BackgroundJobs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []

    def ask(*args: object) -> tuple[str, str]:
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    folder = DataFolder(desk_uow.database.path.parent)
    dialog = BankImportDialog(
        PageContext(desk_uow, folder, lambda: desk_manager, jobs=jobs), desk_manager
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert dialog.message.text() == ""
