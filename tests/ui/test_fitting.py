"""The shared dialog layout: a long body scrolls inside, the buttons stay visible at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desk_app.ui.fitting import FittingLayout, fit_dialog
from desk_app.ui.resources import style_sheet
from desk_app.ui.widgets import MessageLabel


def _long_dialog(qtbot: QtBot, rows: int) -> tuple[QDialog, FittingLayout, MessageLabel]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(style_sheet(22))
    form = QFormLayout()
    for row in range(rows):
        form.addRow(f"Veld {row + 1}", QLineEdit(dialog))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.rejected.connect(dialog.reject)
    message = MessageLabel(dialog)
    fitting = fit_dialog(dialog, form, buttons, message)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, fitting, message


def _inside(widget: QWidget, dialog: QDialog) -> bool:
    return dialog.rect().contains(QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size()))


def test_a_dialog_taller_than_the_screen_scrolls_with_its_buttons_in_view(qtbot: QtBot) -> None:
    dialog, fitting, _message = _long_dialog(qtbot, rows=30)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() - 32  # a title bar above it
    assert fitting.content.sizeHint().height() > fitting.scroll.viewport().height()
    box = dialog.findChild(QDialogButtonBox)
    assert isinstance(box, QDialogButtonBox)
    for button in box.buttons():
        assert not fitting.content.isAncestorOf(button)
        assert _inside(button, dialog), button.text()
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_message_shown_later_gets_its_place_above_the_buttons(qtbot: QtBot) -> None:
    dialog, fitting, message = _long_dialog(qtbot, rows=3)
    area = fitting.message_area
    assert area is not None
    assert not area.isVisible()
    message.show_error("De twee pincodes zijn niet gelijk.")
    qtbot.waitUntil(message.isVisible)
    assert area.isVisible()
    assert _inside(area, dialog)
    message.clear_message()
    qtbot.waitUntil(lambda: not area.isVisible())


def test_a_short_dialog_is_as_small_as_its_content(qtbot: QtBot) -> None:
    dialog, fitting, _message = _long_dialog(qtbot, rows=2)
    assert not fitting.scroll.verticalScrollBar().isVisible()
    assert dialog.height() < dialog.screen().availableGeometry().height() // 2
