"""Agenda cells: a name too long for its day wraps between syllables instead of being cut off."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from desk_app.ui.wrap_delegate import SOFT_HYPHEN, WrapAnywhereDelegate, breakable


def _table(qtbot: QtBot, text: str, column_width: int) -> QTableView:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setItemDelegate(WrapAnywhereDelegate(table))
    table.setWordWrap(True)
    table.setColumnWidth(0, column_width)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.resize(column_width + 80, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_word_wider_than_its_cell_takes_more_lines_not_more_width(qtbot: QtBot) -> None:
    word = "Volksdansgroep"
    table = _table(qtbot, word, column_width=60)
    line = table.fontMetrics().lineSpacing()
    assert table.fontMetrics().horizontalAdvance(word) > 60
    assert table.rowHeight(0) >= 2 * line  # broken over lines, every letter drawn


def test_words_that_fit_stay_on_one_line(qtbot: QtBot) -> None:
    table = _table(qtbot, "Kookclub", column_width=300)
    assert table.rowHeight(0) < 2 * table.fontMetrics().lineSpacing()


def test_a_long_word_breaks_between_its_syllables(qtbot: QtBot) -> None:
    table = _table(qtbot, "Jongereninloop", column_width=60)
    shown = breakable("Jongereninloop Mulder", table.font(), 60)
    assert SOFT_HYPHEN in shown
    assert shown.replace(SOFT_HYPHEN, "") == "Jongereninloop Mulder"
    assert shown.endswith(" Mulder")  # a word that fits its line stays whole
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
