"""Small pieces the room-hire screens share: the message line, dates and amounts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desk_app.kinds import DayPartKey
from desk_app.ui.i18n import screen_formatter


class MessageLine(QLabel):
    """A line under a form for a refusal or a confirmation; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        """A refusal, in a colour that stands out without alarming."""
        self.setStyleSheet("color: #9a3412; font-weight: bold;")
        self.setText(text)
        self.show()

    def show_info(self, text: str) -> None:
        """A confirmation."""
        self.setStyleSheet("color: #166534;")
        self.setText(text)
        self.show()


def chosen_part(combo: QComboBox) -> DayPartKey | None:
    """The part of the day a combo box holds (Qt hands string enums back as plain text)."""
    data = combo.currentData()
    return DayPartKey(data) if data else None


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


def euro(cents: int) -> str:
    """An amount as the Dutch write it."""
    return screen_formatter().cents(cents)
