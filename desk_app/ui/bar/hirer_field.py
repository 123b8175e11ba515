"""A field to type part of a room hirer's name and pick the hirer a sale goes on account of."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desk_app.services.rooms.account_sales import AccountHirer

NAME_LENGTH = 10


class HirerField(QComboBox):
    """An editable list of the hirers who get invoices; typing finds a name anywhere in it."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumHeight(44)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(NAME_LENGTH)  # a long hirer's name does not widen the page
        self.setAccessibleName(placeholder)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None, "an editable combo box has a line edit"
        line.setPlaceholderText(placeholder)

    def show_hirers(self, hirers: list[AccountHirer], typed: str | None = None) -> None:
        """The hirers to choose from; the typed text (by default what is there) stays."""
        typed = self.currentText() if typed is None else typed
        self.clear()
        for hirer in hirers:
            self.addItem(hirer.name, hirer.id)
        self.setCurrentIndex(self.findText(typed, Qt.MatchFlag.MatchFixedString))
        self.setEditText(typed)

    def chosen(self) -> AccountHirer | None:
        """The hirer whose whole name is in the field (any case), or ``None``."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        return AccountHirer(self.itemData(index), self.itemText(index))

    def clear_choice(self) -> None:
        """Empty the field, keeping the list."""
        self.setCurrentIndex(-1)
        self.setEditText("")
