"""Direct debit on screen: the mandate in the hirer dialog, the incassant-ID, *Incasso maken…*."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import xmlschema
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.rooms.hirers import all_hirers
from desk_app.services.uow import UnitOfWork
from desk_app.ui.admin.centre import CentreDialog
from desk_app.ui.context import PageContext
from desk_app.ui.rooms.direct_debit_dialog import DirectDebitDialog
from desk_app.ui.rooms.hirer_dialog import HirerDialog
from desk_app.ui.rooms.invoices_view import InvoicesView
from tests.ui.inline_jobs import InlineJobs
from tests.unit import direct_debit_factories as dd
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

XSD = Path(__file__).parents[1] / "unit" / "xsd" / "pain.008.001.08.xsd"


def _press(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _hirer_dialog(qtbot: QtBot, uow: UnitOfWork, actor: Actor) -> HirerDialog:
    dialog = HirerDialog(uow, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Koor Zingt")
    return dialog


def test_the_hirer_dialog_stores_a_mandate(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = _hirer_dialog(qtbot, uow, desk_manager)
    qtbot.keyClicks(dialog.fields["iban"], "NL02 ABNA 0123 4567 89")
    qtbot.keyClicks(dialog.mandate.reference, "KOOR-2026-01")
    dialog.mandate.signed_on.setDate(QDate(2026, 2, 20))
    dialog.mandate.sequence.setCurrentIndex(1)
    _press(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    (stored,) = all_hirers(uow)
    assert (stored.iban, stored.mandate_reference) == (dd.HIRER_IBAN, "KOOR-2026-01")
    assert (stored.mandate_signed_on, stored.mandate_first) == (date(2026, 2, 20), False)


def test_a_mandate_on_a_wrong_iban_is_refused_in_dutch(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = _hirer_dialog(qtbot, uow, desk_manager)
    qtbot.keyClicks(dialog.fields["iban"], "NL02ABNA0123456788")
    qtbot.keyClicks(dialog.mandate.reference, "KOOR-2026-01")
    _press(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text())
    assert "Het IBAN NL02ABNA0123456788 klopt niet" in dialog.message.text()
    assert dialog.saved is None
    assert all_hirers(uow) == []


def test_the_incassant_id_is_checked_in_the_centre_details(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = CentreDialog(uow, desk_manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.numbers.creditor_id, "NL54ZZZ091734220000")
    assert not dialog.save()
    assert "Het incassant-ID klopt niet" in dialog.message.text()
    dialog.numbers.creditor_id.clear()
    qtbot.keyClicks(dialog.numbers.creditor_id, dd.CREDITOR_ID)
    assert dialog.save()
    assert centre_details(uow).creditor_id == dd.CREDITOR_ID


def _view(qtbot: QtBot, uow: UnitOfWork, actor: Actor) -> InvoicesView:
    update_centre(uow, actor, replace(centre_details(uow), iban="NL91ABNA0417164300"))
    dd.creditor(uow, actor)
    room_id, hirer_id = make.room(uow, actor), dd.mandate_hirer(uow, actor)
    dd.invoice_for(uow, actor, room_id, hirer_id, MONDAY)
    folder = DataFolder(uow.database.path.parent)
    view = InvoicesView(PageContext(uow, folder, lambda: actor, jobs=InlineJobs()))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    view.month.setDate(QDate(2026, 3, 1))
    return view


def _open(qtbot: QtBot, view: InvoicesView) -> DirectDebitDialog:
    button = next(b for b in view.findChildren(QPushButton) if b.text() == "Incasso maken…")
    _press(qtbot, button)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    assert isinstance(view.dialog, DirectDebitDialog)
    return view.dialog


def test_the_button_makes_a_valid_file_and_a_second_run_finds_nothing(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, tmp_path: Path
) -> None:
    view = _view(qtbot, uow, desk_manager)
    dialog = _open(qtbot, view)
    assert dialog.month.date() == QDate(2026, 3, 1)
    out = tmp_path / "incasso.xml"
    dialog.file.setText(str(out))
    _press(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert "Incassobestand gemaakt: 1 facturen" in view.message.text()
    xmlschema.XMLSchema(str(XSD)).validate(out.read_text(encoding="utf-8"))
    assert '<InstdAmt Ccy="EUR">50.00</InstdAmt>' in out.read_text(encoding="utf-8")
    again = _open(qtbot, view)
    again.file.setText(str(tmp_path / "nogmaals.xml"))
    _press(qtbot, again.make_button)
    qtbot.waitUntil(lambda: "geen openstaande facturen" in again.message.text())
    assert not (tmp_path / "nogmaals.xml").exists()
    assert again.make_button.isEnabled()


def test_a_chosen_collection_day_too_soon_is_refused(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, tmp_path: Path
) -> None:
    view = _view(qtbot, uow, desk_manager)
    dialog = _open(qtbot, view)
    _press(qtbot, dialog.first_day)
    assert dialog.collect_on.isEnabled()
    dialog.collect_on.setDate(QDate(2026, 3, 3))
    dialog.file.setText(str(tmp_path / "incasso.xml"))
    _press(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: "kan niet worden geïncasseerd" in dialog.message.text())
    assert not (tmp_path / "incasso.xml").exists()


def test_the_result_names_the_invoices_skipped_as_collected_already(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, tmp_path: Path
) -> None:
    view = _view(qtbot, uow, desk_manager)
    first = _open(qtbot, view)
    first.file.setText(str(tmp_path / "incasso.xml"))
    _press(qtbot, first.make_button)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert "Overgeslagen" not in view.message.text()
    hirer_id = next(h.id for h in all_hirers(uow) if h.mandate_reference)
    assert hirer_id is not None
    dd.invoice_for(uow, desk_manager, make.room(uow, desk_manager, "Kleine zaal"), hirer_id, MONDAY)
    second = _open(qtbot, view)
    second.file.setText(str(tmp_path / "incasso-2.xml"))
    _press(qtbot, second.make_button)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert view.message.text() == (
        "Incassobestand gemaakt: 1 facturen, €\xa050,00. "
        "Overgeslagen: 1 al geïncasseerd, 0 zonder machtiging."
    )
