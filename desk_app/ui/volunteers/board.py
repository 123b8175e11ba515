"""The duty board: who is on duty now, and the warnings the rules give."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.formatting import now_local, to_local
from desk_app.services.volunteers.duty_board import DutyBoard, OnDuty
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text, warning_text
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.volunteers.task_text import tasks_text
from desk_app.ui.wrap_delegate import wrap_columns

TEXT_COLUMNS = (1, 3)  # the tasks and the certificates: long lists that wrap


def _since(person: OnDuty, today: date) -> str:
    """A sign-in of the board's day by its time alone; an older one with its day as well."""
    formatter = screen_formatter()
    if to_local(person.since).date() == today:
        return formatter.moment(person.since, "HH:mm")
    return formatter.moment(person.since, "EEE d MMM HH:mm")


def duty_columns(today: Callable[[], date]) -> list[Column[OnDuty]]:
    """The board's columns; ``today`` is the day of the board shown, in the centre's zone."""
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda p: p.name),
        Column(QT_TRANSLATE_NOOP("Columns", "Taken"), lambda p: tasks_text(p.tasks)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Sinds"),
            lambda p: _since(p, today()),
            lambda p: p.since.isoformat(),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Certificaten"),
            lambda p: ", ".join(kind_text(kind) for kind in p.certificates),
        ),
    ]


class DutyBoardPanel(QFrame):
    """The table of people on duty above the list of warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.today = now_local().date()
        self.model = RowTableModel(duty_columns(lambda: self.today), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # name, time
        for column in TEXT_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        wrap_columns(self.table, TEXT_COLUMNS)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.count = QLabel(self)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("message")
        self.warnings.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)

    def show_board(self, board: DutyBoard) -> None:
        """Replace the people and warnings."""
        self.today = to_local(board.at).date()
        self.model.set_rows(board.people)
        self.count.setText(
            self.tr("Nu aanwezig: {count} vrijwilliger(s)").format(count=len(board.people))
        )
        texts = [warning_text(w) for w in board.warnings]
        self.warnings.setProperty("kind", "error" if texts else "info")
        self.warnings.style().unpolish(self.warnings)
        self.warnings.style().polish(self.warnings)
        self.warnings.setText("\n".join(texts) or self.tr("Alles in orde: geen waarschuwingen."))
