"""The editor beside an office table: its own fields, then the day, for whom, a note, publish.

The fields scroll at a large text size; the button to publish stays below them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.i18n import screen_formatter
from desk_app.ui.touch import big_button, touch_sized
from desk_app.ui.widgets import add_row, form_layout

FIELD_CHARS = 12  # the narrowest a field of the form gets, in digits


class ReleaseForm(QWidget):
    """``fields`` (label, widget) above the release's start, its centre and its note."""

    def __init__(self, fields: Sequence[tuple[str, QWidget]], parent: QWidget) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        editor = QWidget(self)
        column = QVBoxLayout(editor)
        form = form_layout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.start = touch_sized(QDateEdit(editor))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(screen_formatter().numeric_pattern())
        self.start.setDate(QDate.currentDate())
        self.whom = touch_sized(QComboBox(editor))
        self.note = touch_sized(QLineEdit(editor))
        for text, field in (
            *fields,
            (self.tr("Gaat in op"), self.start),
            (self.tr("Voor"), self.whom),
            (self.tr("Omschrijving"), self.note),
        ):
            field.setParent(editor)
            # a field never narrower than a few words: at a large text size it goes below its
            # label (the rows wrap) instead of shrinking to a sliver beside it
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("0" * FIELD_CHARS))
            add_row(form, text, field)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        outer.addWidget(scroll, 1)
        self.publish_button = big_button(self.tr("Publiceren"), self)
        outer.addWidget(self.publish_button)
        self.fill_whom(())

    def fill_whom(self, centres: Sequence[str]) -> None:
        """All centres, or one of ``centres``; the choice is kept when it still exists."""
        chosen = self.whom.currentData()
        self.whom.clear()
        self.whom.addItem(self.tr("Alle buurthuizen"), None)
        for code in centres:
            self.whom.addItem(code, code)
        self.whom.setCurrentIndex(max(0, self.whom.findData(chosen)))

    def start_day(self) -> date:
        """The day the release takes effect."""
        day: date = self.start.date().toPython()  # type: ignore[assignment]
        return day

    def centre(self) -> str | None:
        """The one centre chosen, or ``None`` for all."""
        code = self.whom.currentData()
        return str(code) if code else None
