"""Beheer › Boekhouding exporteren: the audit file made in the background and saved."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor
from desk_app.ui.admin.books_export import BooksExportDialog
from desk_app.ui.main_window import MainWindow

XSD = Path(__file__).parent.parent / "books" / "XmlAuditfileFinancieel3.2.xsd"


def test_the_manager_saves_the_years_audit_file_from_beheer(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, tmp_path: Path
) -> None:
    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    window.show()
    menu = window.manage_button.menu()
    [action] = [a for a in menu.actions() if a.text() == "Boekhouding exporteren…"]
    action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BooksExportDialog)
    dialog.year.setValue(2026)
    out = tmp_path / "boekhouding-2026.xaf"
    with qtbot.waitSignal(dialog.documents.saved, timeout=20000):
        dialog.save_to(out)
    tree = etree.parse(str(out))
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(tree)
    assert (
        tree.findtext(
            "{http://www.auditfiles.nl/XAF/3.2}header/{http://www.auditfiles.nl/XAF/3.2}fiscalYear"
        )
        == "2026"
    )
    assert "boekhouding-2026.xaf" in dialog.message.text()
    assert dialog.save_button.isEnabled()
    assert "books.export" in {e.action for e in recent_entries(empty_desk.uow, desk_manager)}


def test_a_volunteer_gets_no_books(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, receptionist: Actor, tmp_path: Path
) -> None:
    del desk_manager  # the centre is set up
    window = MainWindow(empty_desk, "De Meent", receptionist)
    qtbot.addWidget(window)
    dialog = BooksExportDialog(window.context, window)
    qtbot.addWidget(dialog)
    out = tmp_path / "boekhouding.xaf"
    with qtbot.waitSignal(dialog.documents.failed, timeout=20000):
        dialog.save_to(out)
    assert "sociaal beheerder" in dialog.message.text()
    assert not out.exists()
