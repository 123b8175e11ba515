"""Weergave: the text size and the language are stored and apply at once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.services.preferences import Preferences, load_preferences
from desk_app.services.uow import UnitOfWork
from desk_app.ui.display import DisplayDialog
from desk_app.ui.main_window import MainWindow


def test_saving_a_text_size_is_announced_and_stored(
    qtbot: QtBot, empty_desk: Desk, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    window.open_display_settings()
    dialog = window.dialog
    assert isinstance(dialog, DisplayDialog)
    dialog.font_size.setCurrentIndex(dialog.font_size.findData(18))
    with qtbot.waitSignal(window.preferences_changed) as signal:
        dialog.save()
    assert signal.args == [Preferences(font_size=18, language="nl")]
    assert load_preferences(desk_uow).font_size == 18
    assert dialog.message.text() == "Opgeslagen."


def test_a_new_language_is_stored(qtbot: QtBot, desk_uow: UnitOfWork) -> None:
    dialog = DisplayDialog(desk_uow)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert load_preferences(desk_uow).language == "en"
    assert dialog.message.text() == "Opgeslagen."
