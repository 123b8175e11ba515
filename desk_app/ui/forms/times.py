"""Time fields: opening hours per weekday and the three parts of the day."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QTimeEdit, QWidget

from desk_app.kinds import DayPartKey
from desk_app.services.centre import DEFAULT_DAY_PARTS, Span, default_opening_hours
from desk_app.ui.messages import kind_text


def weekday_names() -> list[str]:
    """Monday to Sunday, in the user's language."""
    return [
        QCoreApplication.translate("HoursEditor", "maandag"),
        QCoreApplication.translate("HoursEditor", "dinsdag"),
        QCoreApplication.translate("HoursEditor", "woensdag"),
        QCoreApplication.translate("HoursEditor", "donderdag"),
        QCoreApplication.translate("HoursEditor", "vrijdag"),
        QCoreApplication.translate("HoursEditor", "zaterdag"),
        QCoreApplication.translate("HoursEditor", "zondag"),
    ]


def day_part_names() -> dict[DayPartKey, str]:
    """Ochtend, middag, avond, in the user's language."""
    return {part: kind_text(part) for part in DayPartKey}


def time_edit(parent: QWidget, value: time) -> QTimeEdit:
    """A 24-hour time field set to ``value``."""
    edit = QTimeEdit(QTime(value.hour, value.minute), parent)
    edit.setDisplayFormat("HH:mm")
    return edit


def value_of(edit: QTimeEdit) -> time:
    """The time in a field, as a plain value."""
    shown = edit.time()
    return time(shown.hour(), shown.minute())


class HoursEditor(QWidget):
    """Per weekday: open or not, and from when to when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("van"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("tot"), self), 0, 2)
        self.rows: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for day, name in enumerate(weekday_names()):
            row = (QCheckBox(name, self), time_edit(self, time(9)), time_edit(self, time(17)))
            row[1].setAccessibleName(self.tr("{day} van").format(day=name))
            row[2].setAccessibleName(self.tr("{day} tot").format(day=name))
            row[0].toggled.connect(row[1].setEnabled)
            row[0].toggled.connect(row[2].setEnabled)
            for column, widget in enumerate(row):
                grid.addWidget(widget, day + 1, column)
            self.rows.append(row)
        grid.setColumnStretch(3, 1)
        self.set_value(default_opening_hours())

    def set_value(self, hours: dict[int, Span | None]) -> None:
        """Show opening hours (``None`` is a closed day)."""
        for day, (open_box, opens, closes) in enumerate(self.rows):
            span = hours.get(day)
            open_box.setChecked(span is not None)
            for edit, moment in zip((opens, closes), span or (), strict=False):
                edit.setTime(QTime(moment.hour, moment.minute))
            opens.setEnabled(span is not None)
            closes.setEnabled(span is not None)

    def value(self) -> dict[int, Span | None]:
        """The opening hours as entered."""
        return {
            day: (value_of(opens), value_of(closes)) if open_box.isChecked() else None
            for day, (open_box, opens, closes) in enumerate(self.rows)
        }


class DayPartsEditor(QWidget):
    """Start and end of ochtend, middag and avond."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("van"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("tot"), self), 0, 2)
        self.edits: dict[DayPartKey, tuple[QTimeEdit, QTimeEdit]] = {}
        for row, (key, name) in enumerate(day_part_names().items(), start=1):
            starts, ends = DEFAULT_DAY_PARTS[key]
            self.edits[key] = (time_edit(self, starts), time_edit(self, ends))
            grid.addWidget(QLabel(name, self), row, 0)
            grid.addWidget(self.edits[key][0], row, 1)
            grid.addWidget(self.edits[key][1], row, 2)
        grid.setColumnStretch(3, 1)

    def set_value(self, parts: dict[DayPartKey, Span]) -> None:
        """Show the parts of the day."""
        for key, (starts, ends) in parts.items():
            self.edits[key][0].setTime(QTime(starts.hour, starts.minute))
            self.edits[key][1].setTime(QTime(ends.hour, ends.minute))

    def value(self) -> dict[DayPartKey, Span]:
        """The parts of the day as entered."""
        return {
            key: (value_of(starts), value_of(ends)) for key, (starts, ends) in self.edits.items()
        }
