"""Three faces a leaving visitor can tap, with today's count beneath."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.kinds import Mood
from desk_app.services.living_room.figures import MoodCounts
from desk_app.ui.resources import icon


class MoodPanel(QFrame):
    """Satisfaction on the way out.

    Signals:
        mood_chosen: a face was tapped; carries the :class:`Mood`.
    """

    mood_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.buttons: dict[Mood, QPushButton] = {}
        faces = QHBoxLayout()
        for mood, name, tip in (
            (Mood.HAPPY, "face-happy", self.tr("Tevreden")),
            (Mood.NEUTRAL, "face-neutral", self.tr("Gaat wel")),
            (Mood.UNHAPPY, "face-unhappy", self.tr("Niet tevreden")),
        ):
            button = QPushButton(icon(name), "", self)
            button.setIconSize(QSize(56, 56))
            button.setMinimumSize(QSize(80, 72))
            button.setObjectName("compact")
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(
                lambda _checked=False, chosen=mood: self.mood_chosen.emit(chosen)
            )
            self.buttons[mood] = button
            faces.addWidget(button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)  # never wider than the three faces
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hoe was uw bezoek?"), self))
        layout.addLayout(faces)
        layout.addWidget(self.summary)

    def set_compact(self, compact: bool) -> None:
        """The faces without today's counts (those go with *Meer cijfers*), or with them."""
        self.summary.setHidden(compact)

    def show_counts(self, moods: MoodCounts) -> None:
        """Today's taps per face."""
        self.summary.setText(
            self.tr(
                "Vandaag: {happy} tevreden, {neutral} gaat wel, {unhappy} niet tevreden"
            ).format(happy=moods.happy, neutral=moods.neutral, unhappy=moods.unhappy)
        )
