"""An on-screen number pad for PINs, for touch screens; the keyboard keeps working beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9")


class PinPad(QWidget):
    """Digits 0-9, "Wissen" and "OK" that type into a PIN field.

    Signals:
        confirmed: OK was pressed.
    """

    confirmed = Signal()

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName("pinpad")
        grid = QGridLayout(self)
        grid.setSpacing(8)
        for index, digit in enumerate(KEYS):
            grid.addWidget(self._digit_button(digit), index // 3, index % 3)
        self.clear_button = self._button(self.tr("Wissen"), self._clear)
        self.clear_button.setObjectName("clear")
        self.ok_button = self._button(self.tr("OK"), self.confirmed.emit)
        self.ok_button.setObjectName("primary")
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._digit_button("0"), 3, 1)
        grid.addWidget(self.ok_button, 3, 2)

    def _digit_button(self, digit: str) -> QPushButton:
        button = self._button(digit, lambda: self._type(digit))
        button.setObjectName(f"digit{digit}")
        return button

    def _button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(60)  # never narrower than its text ("Wissen" at 22 pt)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the PIN field
        button.clicked.connect(action)
        return button

    def _type(self, digit: str) -> None:
        if len(self.target.text()) < self.target.maxLength():
            self.target.setText(self.target.text() + digit)

    @Slot()
    def _clear(self) -> None:
        self.target.clear()
