"""A field's hint that is never cut: the longest of a few wordings that fits the field's width.

At a large text size a hint like "Ontvangen, bijv. 10,00" became "Ontv…", and an empty field
with half a word in it says nothing; a shorter wording read whole does. The longest wording
stays the field's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
)

from desk_app.ui.collector import taken_apart

CENTRAL_EXAMPLE = "postgresql://balie@server.example.nl/buurthuizen"  # the settings and recovery
LINE_MARGIN = 2  # px QLineEdit keeps on each side of its text, inside the style's contents

_REFIT = {QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show}


def placeholder_room(field: QLineEdit) -> int:
    """The width the line edit gives its placeholder, in pixels."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * LINE_MARGIN


class FittingPlaceholder(QObject):
    """Keeps the longest of ``wordings`` that fits as ``field``'s placeholder, as it resizes."""

    def __init__(self, field: QLineEdit | QComboBox, wordings: Sequence[str]) -> None:
        super().__init__(field)
        self.field = field
        self.wordings = list(wordings)
        field.setToolTip(self.wordings[0])
        field.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: a new width or text size chooses the wording again."""
        if taken_apart(self):
            return False
        if event.type() in _REFIT:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Show the longest wording that fits whole; the shortest when none does."""
        field = self.field
        line = field if isinstance(field, QLineEdit) else field.lineEdit()
        room = placeholder_room(line) if line is not None else self._combo_room()
        metrics = field.fontMetrics()
        fitting = (w for w in self.wordings if metrics.horizontalAdvance(w) <= room)
        chosen = next(fitting, self.wordings[-1])
        shown_in = line if line is not None else field  # an editable combo box's own line
        if shown_in.placeholderText() != chosen:
            shown_in.setPlaceholderText(chosen)

    def _combo_room(self) -> int:
        """The width of a plain combo box's text, beside its arrow."""
        combo = self.field
        assert isinstance(combo, QComboBox)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        return text.width() - 2 * LINE_MARGIN
