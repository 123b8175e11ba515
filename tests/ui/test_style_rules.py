"""The look holds on every system: a spin box's text off its border, Annuleren last in a row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.ui.resources import style_sheet
from desk_app.ui.touch import SPIN_TEXT_INDENT, guard_wheel

GNOME_ORDER = "QDialogButtonBox { button-layout: 3; }"  # Annuleren first, as GNOME has it


def text_room(spin_box: QAbstractSpinBox) -> tuple[int, int]:
    """Where the text starts inside the box, and how wide the room for it is."""
    edit = spin_box.findChild(QLineEdit)
    assert edit is not None
    margins = edit.textMargins()
    start = edit.mapTo(spin_box, edit.rect().topLeft()).x() + margins.left()
    return start, edit.width() - margins.left() - margins.right()


def a_count() -> QSpinBox:
    count = QSpinBox()
    count.setRange(0, 99999)
    count.setValue(88888)
    return count


def a_day(pop_up: bool) -> QDateEdit:
    day = QDateEdit(QDate(2026, 12, 31))
    day.setDisplayFormat("dd-MM-yyyy")
    day.setCalendarPopup(pop_up)  # the style sheet's padding reaches a pop-up's text already
    return day


@pytest.mark.parametrize("make", [a_count, lambda: a_day(False), lambda: a_day(True)])
def test_a_spin_box_keeps_its_text_off_the_border_and_whole(
    qtbot: QtBot, qapp: QApplication, make: object
) -> None:
    guard_wheel(qapp)
    assert callable(make)
    field: QAbstractSpinBox = make()
    field.setStyleSheet(style_sheet(22))
    qtbot.addWidget(field)
    field.resize(field.sizeHint())  # as narrow as a form lays it out at the least
    field.show()
    qtbot.waitExposed(field)
    start, room = text_room(field)
    assert SPIN_TEXT_INDENT <= start <= 2 * SPIN_TEXT_INDENT, f"{field.text()!r} starts at {start}"
    needed = field.fontMetrics().horizontalAdvance(field.text())
    assert room >= needed, f"{field.text()!r} needs {needed} px, has {room}"


def test_annuleren_ends_the_row_even_where_the_system_puts_it_first(qtbot: QtBot) -> None:
    system = QWidget()
    system.setStyleSheet(GNOME_ORDER)
    dialog = QWidget(system)
    dialog.setStyleSheet(style_sheet(13))
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    QVBoxLayout(dialog).addWidget(box)
    qtbot.addWidget(system)
    system.show()
    qtbot.waitExposed(system)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert save.x() < cancel.x()
