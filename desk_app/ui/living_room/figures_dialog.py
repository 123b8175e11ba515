"""*Meer cijfers*: the Huiskamer's figures that have no room on the page at a large text size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk_app.services.living_room.figures import VisitFigures
from desk_app.services.living_room.presence import Presence
from desk_app.ui.fitting import MARGIN, fit_dialog
from desk_app.ui.living_room.figures_panel import FiguresPanel


class FiguresDialog(QDialog):
    """Who is in by purpose, the volunteers, visits per part of the day, week and year, moods."""

    def __init__(
        self,
        shown: tuple[VisitFigures, Presence, int],
        moods: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bezoekcijfers"))
        self.figures = FiguresPanel(self)
        self.figures.show_figures(*shown)
        self.moods = QLabel(moods, self)
        self.moods.setWordWrap(True)
        body = QVBoxLayout()
        body.addWidget(self.figures)
        body.addWidget(self.moods)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        fit_dialog(self, body, buttons)

    def sizeHint(self) -> QSize:
        """Qt override: wide enough for its longest line unwrapped (the screen caps it).

        Each wrapped line (the count inside, the moods) costs a line of height, and at a
        large text size those lines pushed the moods below the fold.
        """
        asked = super().sizeHint()
        longest = max(
            label.fontMetrics().horizontalAdvance(label.text())
            for label in self.findChildren(QLabel)
        )
        return QSize(max(asked.width(), longest + 4 * MARGIN), asked.height())
