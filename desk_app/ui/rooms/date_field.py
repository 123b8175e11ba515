"""The one date input of the room screens: typed the Dutch way, or picked from a calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desk_app.ui.dates import parse_day, python_date
from desk_app.ui.resources import icon
from desk_app.ui.rooms.common import to_qdate
from desk_app.ui.touch import TOUCH_HEIGHT, finger_height

Day = date  # the class's own date() hides the name inside it


class DateField(QWidget):
    """A line for "28-02-2026", "1-3", "1 maart" or "1 mrt", and a button for the calendar.

    A typed date is written back as dd-mm-jjjj once the field is left, so the desk sees what
    was understood; a date that cannot be read stays as typed and ``day()`` is ``None``.

    Signals:
        day_changed: the field holds another readable date (a Python ``date``).
    """

    day_changed = Signal(object)

    def __init__(self, day: date, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._day: date | None = day
        self.line = QLineEdit(self)
        self.line.setMinimumHeight(TOUCH_HEIGHT)
        self.line.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.line.setToolTip(self.tr("Typ bijvoorbeeld 28-02-2026, 1-3 of 1 maart"))
        self.line.setAccessibleName(self.tr("Datum"))
        self.line.setAccessibleDescription(self.line.toolTip())
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._tidy)
        self.pick = QToolButton(self)
        self.pick.setIcon(icon("kalender"))
        self.pick.setIconSize(QSize(28, 28))
        self.pick.setToolTip(self.tr("Kies een datum in de kalender"))
        self.pick.setMinimumSize(TOUCH_HEIGHT, TOUCH_HEIGHT)
        self.pick.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.line)
        self.set_day(day)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: at a larger text the field and its button grow with it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            height = finger_height(self.line)
            self.line.setMinimumHeight(height)
            self.pick.setMinimumSize(TOUCH_HEIGHT, height)

    def day(self) -> date | None:
        """The date typed or picked; ``None`` while it cannot be read."""
        return self._day

    def set_day(self, day: date) -> None:
        """Show ``day``, written as dd-mm-jjjj."""
        self.line.setText(f"{day:%d-%m-%Y}")
        self._set(day)

    def date(self) -> QDate:
        """The date as a QDate (invalid while it cannot be read)."""
        return QDate() if self._day is None else to_qdate(self._day)

    def setDate(self, value: QDate) -> None:  # noqa: N802 - the name QDateEdit uses
        """Show a QDate, as a QDateEdit would."""
        self.set_day(python_date(value))

    def problem(self) -> str | None:
        """Why the typed text is not a date, in the desk's words; ``None`` when it is one."""
        if self._day is not None:
            return None
        return self.tr(
            "De datum '{text}' kan ik niet lezen. Typ bijvoorbeeld 28-02-2026, 1-3 of 1 maart, "
            "of kies de datum in de kalender."
        ).format(text=self.line.text().strip())

    @Slot()
    def open_calendar(self) -> None:
        """The month calendar, below the field, on the date shown now."""
        self.calendar.setSelectedDate(to_qdate(self._day or self._today()))
        corner = self.mapToGlobal(QPoint(0, self.height()))
        self.calendar.move(corner)
        self.calendar.show()
        self.calendar.setFocus()

    @Slot(QDate)
    def _picked(self, value: QDate) -> None:
        self.calendar.hide()
        self.setDate(value)
        self.line.setFocus()

    @Slot(str)
    def _edited(self, text: str) -> None:
        self._set(parse_day(text, self._today()))

    @Slot()
    def _tidy(self) -> None:
        if self._day is not None:
            self.line.setText(f"{self._day:%d-%m-%Y}")

    def _set(self, day: Day | None) -> None:
        changed = day != self._day
        self._day = day
        self.line.setStyleSheet("" if day is not None else "border: 2px solid #9a3412;")
        if changed and day is not None:
            self.day_changed.emit(day)
