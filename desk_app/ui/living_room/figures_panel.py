"""Who is in now, and the visit figures of today, this week and this year."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desk_app.kinds import DayPartKey, Purpose
from desk_app.services.living_room.figures import Counts, VisitFigures
from desk_app.services.living_room.presence import Presence
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_heading, kind_text


class FiguresPanel(QFrame):
    """Read-only figures; :meth:`show_figures` replaces them all at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.inside = QLabel(self)
        self.inside.setObjectName("bignumber")
        self.inside.setWordWrap(True)  # the count on a line of its own at a large text size
        self.volunteers = QLabel(self)
        self.volunteers.setWordWrap(True)
        self.inside_detail = QLabel(self)
        self.inside_detail.setWordWrap(True)
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(18)
        self.cells: dict[tuple[int, int], QLabel] = {}
        self._build_table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.inside)
        layout.addWidget(self.volunteers)
        layout.addWidget(self.inside_detail)
        layout.addSpacing(8)
        layout.addLayout(self.table)

    def _build_table(self) -> None:
        headers = ["", self.tr("Bezoeken"), self.tr("Uniek")]
        rows = [
            self.tr("Vandaag"),
            *[kind_heading(p) for p in DayPartKey],
            self.tr("Deze week"),
            self.tr("Dit jaar"),
        ]
        for column, text in enumerate(headers):
            self.table.addWidget(QLabel(f"<b>{text}</b>", self), 0, column)
        for row, text in enumerate(rows, start=1):
            label = QLabel(text if row in (1, 5, 6) else f"   {text}", self)
            self.table.addWidget(label, row, 0)
            for column in (1, 2):
                cell = QLabel("0", self)
                cell.setObjectName(f"figure_{row}_{column}")
                self.cells[(row, column)] = cell
                self.table.addWidget(cell, row, column)

    def show_figures(self, figures: VisitFigures, presence: Presence, volunteers: int) -> None:
        """Fill in the latest numbers."""
        self.inside.setText(
            self.tr("Binnen: {count} bezoekers").format(
                count=screen_formatter().number(presence.total)
            )
        )
        self.volunteers.setText(
            self.tr("en {count} vrijwilliger(s) aangemeld").format(count=volunteers)
        )
        parts = [
            f"{kind_text(p)}: {presence.for_purpose(p)}" for p in Purpose if presence.for_purpose(p)
        ]
        self.inside_detail.setText(", ".join(parts))
        rows = [
            figures.today,
            *[figures.today_per_part[p] for p in DayPartKey],
            figures.week,
            figures.year,
        ]
        for row, counts in enumerate(rows, start=1):
            self._fill(row, counts)

    def _fill(self, row: int, counts: Counts) -> None:
        self.cells[(row, 1)].setText(screen_formatter().number(counts.visits))
        self.cells[(row, 2)].setText(screen_formatter().number(counts.unique_visitors))
