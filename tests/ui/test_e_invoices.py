"""An organisation marked for e-invoices in the hirer dialog, and its invoice saved as UBL."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desk_app.kinds import TariffClass
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.centre import CentreDetails, update_centre
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.hirers import HirerDetails, all_hirers, create_hirer
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.rooms.hirer_dialog import HirerDialog
from desk_app.ui.rooms.invoices_view import InvoicesView
from tests.ubl_schema import validated
from tests.ui.inline_jobs import InlineJobs
from tests.ui.test_rooms_admin import click, click_row, page_for, retype
from tests.unit import hire_factories as make

SAVE_UBL = "E-factuur (UBL) opslaan…"


def _stored(uow: UnitOfWork, name: str) -> HirerDetails:
    return next(h for h in all_hirers(uow) if h.name == name)


def _invoice_view(qtbot: QtBot, uow: UnitOfWork, actor: Actor) -> InvoicesView:
    folder = DataFolder(uow.database.path.parent)
    view = InvoicesView(PageContext(uow, folder, lambda: actor, jobs=InlineJobs()))
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.refresh()
    return view


def _save_ubl(
    qtbot: QtBot, view: InvoicesView, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    """Pick the only invoice and press the button; the system's file dialog answers ``path``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(path), ""))
    view.table.selectRow(0)
    button = next(b for b in view.findChildren(QPushButton) if b.text() == SAVE_UBL)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_marking_a_hirer_as_an_organisation_for_e_invoices(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, receptionist: Actor
) -> None:
    make.hirer(uow, desk_manager, "Basisschool De Linde")
    page = page_for(qtbot, uow, receptionist, "Huurders")
    click_row(qtbot, page.hirers.table, "Basisschool De Linde")
    click(qtbot, page.hirers.edit_button)
    qtbot.waitUntil(lambda: page.hirers.dialog is not None)
    dialog = page.hirers.dialog
    assert isinstance(dialog, HirerDialog)
    qtbot.waitUntil(dialog.isVisible)
    box = dialog.e_invoicing  # a tap on its mark: the row is wider than its text
    dialog.fitting.scroll.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))
    assert box.isChecked()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.message.isVisible)
    assert "KvK-nummer of OIN en het adres" in dialog.message.text()
    assert not _stored(uow, "Basisschool De Linde").e_invoicing
    retype(qtbot, dialog.fields["registration_number"], "4123 4567")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = _stored(uow, "Basisschool De Linde")
    assert (stored.e_invoicing, stored.registration_number) == (True, "41234567")
    assert stored.peppol_id == "0106:41234567"


def test_an_organisations_invoice_is_saved_as_ubl(
    qtbot: QtBot,
    uow: UnitOfWork,
    desk_manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    centre = CentreDetails(
        "De Meent", "MEE", "Orion 2", "1188 MA", vat_number="NL800000006B01", coc_number="41234567"
    )
    update_centre(uow, desk_manager, centre)
    school = HirerDetails(
        "Basisschool De Linde",
        TariffClass.SOCIAL,
        street="Lindelaan 4",
        postcode="1183 AB",
        city="Amstelveen",
        e_invoicing=True,
        registration_number="12345678",
    )
    hirer_id = create_hirer(uow, desk_manager, school).id
    assert hirer_id is not None
    booking = book_room(uow, desk_manager, make.request(make.room(uow, desk_manager), hirer_id))
    issued = invoice_booking(uow, desk_manager, booking.id)
    view = _invoice_view(qtbot, uow, desk_manager)
    out = tmp_path / "linde.xml"
    _save_ubl(qtbot, view, monkeypatch, out)
    qtbot.waitUntil(view.message.isVisible)
    assert "Opgeslagen" in view.message.text()
    root = validated(out.read_bytes())
    assert root.findtext("{*}ID") == issued.number


def test_a_hirer_without_e_invoices_gets_a_message_and_no_file(
    qtbot: QtBot,
    uow: UnitOfWork,
    desk_manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    club = make.hirer(uow, desk_manager)
    booking = book_room(uow, desk_manager, make.request(make.room(uow, desk_manager), club))
    invoice_booking(uow, desk_manager, booking.id)
    view = _invoice_view(qtbot, uow, desk_manager)
    out = tmp_path / "keu.xml"
    _save_ubl(qtbot, view, monkeypatch, out)
    qtbot.waitUntil(view.message.isVisible)
    assert "geen e-factuur" in view.message.text()
    assert not out.exists()
