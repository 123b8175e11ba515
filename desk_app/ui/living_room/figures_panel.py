"""Who is in now, and the visit figures of today, this week and this year.

At a large text size the page shows only who is in, and a button for the rest (*Meer cijfers*).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.kinds import DayPartKey, Purpose
from desk_app.services.living_room.figures import Counts, VisitFigures
from desk_app.services.living_room.presence import Presence
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_heading, kind_text


class FiguresPanel(QFrame):
    """Read-only figures; :meth:`show_figures` replaces them all at once.

    Signals:
        more_requested: the compact panel's *Meer cijfers* was tapped.
    """

    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.shown: tuple[VisitFigures, Presence, int] | None = None
        self.inside = QLabel(self)
        self.inside.setObjectName("bignumber")
        self.inside.setWordWrap(True)  # the count on a line of its own at a large text size
        self.volunteers = QLabel(self)
        self.volunteers.setWordWrap(True)
        self.inside_detail = QLabel(self)
        self.inside_detail.setWordWrap(True)
        self.more = QPushButton(self.tr("Meer cijfers…"), self)
        self.more.clicked.connect(self.more_requested)
        self.more.hide()
        self.details = QWidget(self)  # what the compact panel leaves to the dialog
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(18)
        self.cells: dict[tuple[int, int], QLabel] = {}
        self._build_table()
        detail_layout = QVBoxLayout(self.details)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.volunteers)
        detail_layout.addWidget(self.inside_detail)
        detail_layout.addSpacing(8)
        detail_layout.addLayout(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.inside)
        layout.addWidget(self.details)
        layout.addWidget(self.more)

    def set_compact(self, compact: bool) -> None:
        """Only who is in and *Meer cijfers*, or every figure."""
        self.details.setHidden(compact)
        self.more.setVisible(compact)

    def _build_table(self) -> None:
        headers = ["", self.tr("Bezoeken"), self.tr("Uniek")]
        rows = [
            self.tr("Vandaag"),
            *[kind_heading(p) for p in DayPartKey],
            self.tr("Deze week"),
            self.tr("Dit jaar"),
        ]
        for column, text in enumerate(headers):
            self.table.addWidget(QLabel(f"<b>{text}</b>", self.details), 0, column)
        for row, text in enumerate(rows, start=1):
            label = QLabel(text if row in (1, 5, 6) else f"   {text}", self.details)
            self.table.addWidget(label, row, 0)
            for column in (1, 2):
                cell = QLabel("0", self.details)
                cell.setObjectName(f"figure_{row}_{column}")
                self.cells[(row, column)] = cell
                self.table.addWidget(cell, row, column)

    def show_figures(self, figures: VisitFigures, presence: Presence, volunteers: int) -> None:
        """Fill in the latest numbers."""
        self.shown = (figures, presence, volunteers)
        self.inside.setText(
            self.tr("Binnen: {count} bezoekers").format(
                count=screen_formatter().number(presence.total)
            )
        )
        self.volunteers.setText(
            self.tr("en {count} vrijwilliger(s) aangemeld").format(count=volunteers)
        )
        parts = [  # a count never wraps away from its name (a no-break space between)
            f"{kind_text(p)}:\u00a0{presence.for_purpose(p)}"
            for p in Purpose
            if presence.for_purpose(p)
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
