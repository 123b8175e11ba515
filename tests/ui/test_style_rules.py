"""A spin box's text sits off its left border, like every other field's, and stays whole."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.ui.resources import style_sheet
from desk_app.ui.touch import SPIN_TEXT_INDENT, guard_wheel


def text_room(spin_box: QAbstractSpinBox) -> tuple[int, int]:
    """Where the text starts inside the box, and how wide the room for it is."""
    edit = spin_box.findChild(QLineEdit)
    assert edit is not None
    margins = edit.textMargins()
    start = edit.mapTo(spin_box, edit.rect().topLeft()).x() + margins.left()
    return start, edit.width() - margins.left() - margins.right()


def test_spin_boxes_and_dates_keep_their_text_off_the_border_and_whole(
    qtbot: QtBot, qapp: QApplication
) -> None:
    guard_wheel(qapp)
    form = QWidget()
    form.setStyleSheet(style_sheet(22))
    count, month = QSpinBox(form), QDateEdit(QDate(2026, 12, 31), form)
    count.setRange(0, 99999)
    count.setValue(88888)
    month.setDisplayFormat("dd-MM-yyyy")
    picked = QDateEdit(QDate(2026, 12, 31), form)
    picked.setCalendarPopup(True)  # the style sheet's padding reaches this one already
    layout = QVBoxLayout(form)
    for field in (count, month, picked):
        layout.addWidget(field)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    for field in (count, month, picked):
        start, room = text_room(field)
        assert start >= SPIN_TEXT_INDENT, f"{field.text()!r} starts {start} px in"
        needed = field.fontMetrics().horizontalAdvance(field.text())
        assert room >= needed, f"{field.text()!r} needs {needed} px, has {room}"
