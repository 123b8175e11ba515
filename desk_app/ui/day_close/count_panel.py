"""The blind drawer count: a field per coin and note, with a running total and no expectation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy, QWidget

from desk_app.errors import DeskError
from desk_app.services.day_close.cash_count import DENOMINATIONS, parse_count
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.touch import touch_button

FIELD_HEIGHT = 48


FIRST_NOTE_CENTS = 500  # from 5 euro up the cash is paper


class CountPanel(QGroupBox):
    """Ten fields (5 cent up to 50 euro), "Telling klaar" and, once counted, "Opnieuw tellen".

    Signals:
        counted: "Telling klaar" pressed; carries the typed texts by denomination in cents.
        recount: "Opnieuw tellen" pressed.
    """

    counted = Signal(object)
    recount = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("1. Kas tellen (per munt en biljet)"))
        self.fields: dict[int, QLineEdit] = {}
        grid = QGridLayout(self)
        for index, cents in enumerate(DENOMINATIONS):
            field = self._field(cents)
            row, column = index % 5, (index // 5) * 2
            grid.addWidget(QLabel(screen_formatter().cents(cents), self), row, column)
            grid.addWidget(field, row, column + 1)
        self.total = QLabel(self)
        self.total.setObjectName("count_total")
        self.done = touch_button(self.tr("Telling klaar"), self)
        self.done.setObjectName("count_done")
        self.done.clicked.connect(self._done)
        self.again = touch_button(self.tr("Opnieuw tellen"), self)
        self.again.setObjectName("count_again")
        self.again.clicked.connect(self.recount)
        # a row of its own whose text never widens the columns: typing moves no button
        self.total.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid.addWidget(self.total, 5, 0, 1, 4)
        grid.addWidget(self.done, 6, 0, 1, 4)
        grid.addWidget(self.again, 6, 0, 1, 4)
        for button in (self.done, self.again):  # one place for either: the swap moves nothing
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.show_counted(counted=False)
        self._update_total()

    def _field(self, cents: int) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(f"count_{cents}")
        field.setMinimumHeight(FIELD_HEIGHT)
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        field.setPlaceholderText(self.tr("aantal"))
        amount = screen_formatter().cents(cents)
        if cents >= FIRST_NOTE_CENTS:
            field.setAccessibleName(self.tr("Aantal biljetten van {amount}").format(amount=amount))
        else:
            field.setAccessibleName(self.tr("Aantal munten van {amount}").format(amount=amount))
        field.textChanged.connect(self._update_total)
        self.fields[cents] = field
        return field

    def changeEvent(self, event: QEvent) -> None:
        """A new text size: the total's line is measured again."""
        super().changeEvent(event)
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self.total.setMinimumHeight(0)
            self._keep_total_height()

    def _keep_total_height(self) -> None:
        """The total's line never shrinks: an amount's euro sign is taller than plain words."""
        height = self.total.sizeHint().height()
        self.total.setMinimumHeight(max(self.total.minimumHeight(), height))

    def typed(self) -> dict[int, str]:
        """What is in the fields, by denomination."""
        return {cents: field.text() for cents, field in self.fields.items()}

    def show_counted(self, *, counted: bool) -> None:
        """A finished count stands still: fields locked, "Opnieuw tellen" instead of "klaar"."""
        for field in self.fields.values():
            field.setReadOnly(counted)
        shown, hidden = (self.again, self.done) if counted else (self.done, self.again)
        shown.setVisible(True)
        if hidden.hasFocus():  # else hiding it sends the focus on, and the page scrolls after it
            shown.setFocus(Qt.FocusReason.OtherFocusReason)
        hidden.setVisible(False)

    def clear(self) -> None:
        """Empty every field for a new count."""
        for field in self.fields.values():
            field.clear()

    @Slot()
    def _update_total(self) -> None:
        total = 0
        for cents, field in self.fields.items():
            try:
                total += cents * parse_count(field.text()) if field.text().strip() else 0
            except DeskError:
                self.total.setText(self.tr("Totaal: controleer de aantallen"))
                return
        self.total.setText(
            self.tr("Totaal geteld: {amount}").format(amount=screen_formatter().cents(total))
        )
        self._keep_total_height()

    @Slot()
    def _done(self) -> None:
        self.counted.emit(self.typed())
