"""Kassa-instellingen: the manager sets the bylaw's serving hours and the bar's rules."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.till.settings import PrinterConfig, TillSettings, load_settings
from desk_app.ui.bar.till_settings import TillSettingsDialog
from desk_app.ui.context import PageContext
from tests.ui.inline_jobs import InlineJobs
from tests.unit.factories import table_counts


def open_settings(qtbot: QtBot, desk: Desk, actor: Actor) -> TillSettingsDialog:
    context = PageContext(desk.uow, desk.folder, lambda: actor, jobs=InlineJobs())
    dialog = TillSettingsDialog(context, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press(qtbot: QtBot, dialog: TillSettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def test_the_manager_sets_hours_past_midnight_and_the_rules(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    dialog = open_settings(qtbot, empty_desk, desk_manager)
    assert dialog.printer.none.isChecked()
    friday, _opens, closes = dialog.hours.rows[4]
    closes.setTime(QTime(1, 0))
    sunday = dialog.hours.rows[6][0]
    qtbot.mouseClick(sunday, Qt.MouseButton.LeftButton)  # no alcohol on Sundays
    qtbot.mouseClick(dialog.around, Qt.MouseButton.LeftButton)
    dialog.allowance.clear()
    qtbot.keyClicks(dialog.allowance, "4,50")
    qtbot.mouseClick(dialog.printer.network, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.printer.host, "192.168.1.50")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    saved = load_settings(empty_desk.uow)
    assert friday.isChecked()
    assert saved.alcohol_hours[4] == (time(16, 0), time(1, 0))
    assert saved.alcohol_hours[6] is None
    assert saved.only_around_activities
    assert saved.volunteer_allowance_cents == 450
    assert saved.printer == PrinterConfig(kind="network", host="192.168.1.50", port=9100)
    again = open_settings(qtbot, empty_desk, desk_manager)  # shows what was saved
    assert again.printer.network.isChecked()
    assert again.printer.host.text() == "192.168.1.50"
    assert again.hours.rows[4][2].time() == QTime(1, 0)


def test_a_volunteer_is_refused_and_a_bad_amount_is_named(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, receptionist: Actor
) -> None:
    before = table_counts(empty_desk.uow, "setting", "audit_entry")
    dialog = open_settings(qtbot, empty_desk, desk_manager)
    dialog.allowance.setText("vijf")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert "zoals 5,00" in dialog.message.text()
    volunteer = open_settings(qtbot, empty_desk, receptionist)
    press(qtbot, volunteer, QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: bool(volunteer.message.text()))
    assert volunteer.isVisible()
    assert table_counts(empty_desk.uow, "setting", "audit_entry") == before
    assert load_settings(empty_desk.uow) == TillSettings(printer=PrinterConfig())
