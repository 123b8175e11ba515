"""The check-in panel: the scan field, one big button, tags, groups, undo and check-out."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.kinds import AgeGroup, Purpose
from desk_app.services.activities.programme import OccurrenceInfo
from desk_app.services.living_room.checkin import MAX_GROUP, UNDO_WINDOW
from desk_app.ui.messages import kind_text
from desk_app.ui.placeholders import FittingPlaceholder
from desk_app.ui.shortcuts import with_keys
from desk_app.ui.touch import WrappingGrid
from desk_app.ui.widgets import MessagePlace

CHOICE_LENGTH = 12


class CheckInPanel(QFrame):
    """Inputs of the check-in; the page turns its signals into service calls.

    Signals:
        scanned: a code was scanned or typed and confirmed with Enter; carries the text.
        walk_in_counted: the big button or the group button; carries the number of visitors.
        undo_requested: the volunteer wants to take back the last count.
        check_out_requested: an anonymous visitor left.
    """

    scanned = Signal(str)
    walk_in_counted = Signal(int)
    undo_requested = Signal()
    check_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.rows: list[WrappingGrid] = []  # the rows of buttons, in their order on the card
        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("scan")
        FittingPlaceholder(
            self.scan_field,
            (self.tr("Scan een pas, of typ de code en druk op Enter"), self.tr("Scan een pas")),
        )
        self.scan_field.setMaxLength(200)
        self.scan_field.returnPressed.connect(self._on_scan)
        self.message = MessagePlace(self)  # the page puts it beside its title, in view
        self.purposes = self._choice_group({p.value: kind_text(p) for p in Purpose}, exclusive=True)
        self.occurrence_choice = QComboBox(self)
        self.occurrence_choice.setToolTip(self.tr("Bij welke activiteit van vandaag?"))
        self.booking_choice = QComboBox(self)
        self.booking_choice.setToolTip(self.tr("Gast van welke zaalhuur van vandaag?"))
        for choice in (self.occurrence_choice, self.booking_choice):
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(CHOICE_LENGTH)  # a long name never widens the page
        # one place for either choice, kept while neither is needed: tapping a purpose moves nothing
        self.choice_place = QStackedWidget(self)
        self.choice_place.addWidget(QWidget(self.choice_place))
        self.choice_place.addWidget(self.occurrence_choice)
        self.choice_place.addWidget(self.booking_choice)
        self.purposes.buttonToggled.connect(self._show_occurrence_choice)
        self.ages = self._choice_group({a.value: kind_text(a) for a in AgeGroup}, exclusive=False)
        self.first_visit = self._toggle(self.tr("Eerste bezoek"))
        count_keys = QKeySequence(Qt.Key.Key_F9)
        self.count_button = QPushButton(with_keys(self.tr("Bezoeker binnen  +1"), count_keys), self)
        self.count_button.setObjectName("primary")
        self.count_button.setShortcut(count_keys)
        self.count_button.setToolTip(self.tr("Tel één bezoeker (F9)"))
        self.count_button.clicked.connect(lambda: self.walk_in_counted.emit(1))
        self.group_size = QSpinBox(self)
        self.group_size.setAccessibleName(self.tr("Aantal personen in de groep"))
        self.group_size.setRange(2, MAX_GROUP)
        self.group_size.setValue(10)
        self.group_button = QPushButton(self.tr("Groep tellen"), self)
        self.group_button.clicked.connect(
            lambda: self.walk_in_counted.emit(self.group_size.value())
        )
        self.undo_button = QPushButton(self.tr("Ongedaan maken"), self)
        self.undo_button.setToolTip(self.tr("De laatste telling terugdraaien (binnen een minuut)"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_requested)
        self.check_out_button = QPushButton(self.tr("Vertrokken (zonder pas)"), self)
        self.check_out_button.clicked.connect(self.check_out_requested)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(lambda: self.undo_button.setEnabled(False))
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(4)  # seven rows under each other: at 22 pt every pixel counts
        layout.addWidget(self.scan_field)
        purpose_row = QHBoxLayout()
        question = QLabel(self.tr("Waarvoor komt de bezoeker?"), self)
        question.setWordWrap(True)  # beside the choice while both fit, else on two lines
        purpose_row.addWidget(question, 1)
        purpose_row.addWidget(self.choice_place, 1)
        layout.addLayout(purpose_row)
        layout.addWidget(self._row(self.purposes.buttons()))
        layout.addWidget(QLabel(self.tr("Eventueel: leeftijd en eerste bezoek"), self))
        layout.addWidget(self._row(self.ages.buttons()))
        layout.addWidget(self._row([self.first_visit, self.count_button]))
        group = QHBoxLayout()
        group.addWidget(QLabel(self.tr("Groep van"), self))
        group.addWidget(self.group_size)
        group.addWidget(self.group_button, 1)
        layout.addLayout(group)
        layout.addWidget(self._row([self.undo_button, self.check_out_button]))
        layout.addStretch(1)

    def _row(self, widgets: Sequence[QWidget]) -> WrappingGrid:
        """Buttons side by side while their text fits, wrapping onto a second row at large sizes."""
        row = WrappingGrid(self)
        row.set_cells(list(widgets))
        self.rows.append(row)
        return row

    def _toggle(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        return button

    def _choice_group(self, labels: dict[str, str], *, exclusive: bool) -> QButtonGroup:
        group = QButtonGroup(self)
        group.setExclusive(exclusive)
        for number, (value, label) in enumerate(labels.items()):
            button = self._toggle(label)
            button.setProperty("value", value)
            group.addButton(button, number)
        if exclusive:
            group.buttons()[0].setChecked(True)
        else:
            group.buttonToggled.connect(self._keep_one_age)
        return group

    @Slot(QAbstractButton, bool)
    def _keep_one_age(self, button: QAbstractButton, checked: bool) -> None:
        """Age tags work like radio buttons that can also all be off."""
        if checked:
            for other in self.ages.buttons():
                if other is not button:
                    other.setChecked(False)

    @Slot(QAbstractButton, bool)
    def _show_occurrence_choice(self, _button: QAbstractButton, _checked: bool) -> None:
        choices = {Purpose.ACTIVITY: self.occurrence_choice, Purpose.ROOM_HIRE: self.booking_choice}
        self.choice_place.setCurrentIndex(
            self.choice_place.indexOf(choices[purpose])
            if (purpose := self.purpose()) in choices
            else 0
        )

    def show_bookings(self, bookings: Sequence[tuple[UUID, str]]) -> None:
        """Today's room hire, to check a guest in for."""
        chosen = self.booking_choice.currentData()
        self.booking_choice.clear()
        self.booking_choice.addItem(self.tr("Zaalhuur (niet gekozen)"), None)
        for booking_id, label in bookings:
            self.booking_choice.addItem(label, booking_id)
        self.booking_choice.setCurrentIndex(max(self.booking_choice.findData(chosen), 0))

    def show_occurrences(self, occurrences: Sequence[OccurrenceInfo]) -> None:
        """Today's activities to choose from when the purpose is an activity."""
        chosen = self.occurrence_choice.currentData()
        self.occurrence_choice.clear()
        self.occurrence_choice.addItem(self.tr("Activiteit (niet gekozen)"), None)
        for occurrence in occurrences:
            if not occurrence.cancelled:
                label = f"{occurrence.starts:%H:%M} {occurrence.name}"
                self.occurrence_choice.addItem(label, occurrence.occurrence_id)
        index = self.occurrence_choice.findData(chosen)
        self.occurrence_choice.setCurrentIndex(max(index, 0))

    def purpose_ref(self) -> UUID | None:
        """The activity occurrence or booking chosen for the purpose, if any."""
        choices = {Purpose.ACTIVITY: self.occurrence_choice, Purpose.ROOM_HIRE: self.booking_choice}
        choice = choices.get(self.purpose())
        chosen: UUID | None = None if choice is None else choice.currentData()
        return chosen

    @Slot()
    def _on_scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        self.scanned.emit(text)

    def purpose(self) -> Purpose:
        """The chosen purpose of the visit."""
        checked = self.purposes.checkedButton()
        return Purpose.LIVING_ROOM if checked is None else Purpose(checked.property("value"))

    def age_group(self) -> AgeGroup | None:
        """The chosen age tag, if any."""
        checked = next((b for b in self.ages.buttons() if b.isChecked()), None)
        return None if checked is None else AgeGroup(checked.property("value"))

    def reset_tags(self) -> None:
        """After a count the one-tap tags go back to none, the purpose stays."""
        for button in [*self.ages.buttons(), self.first_visit]:
            button.setChecked(False)

    def offer_undo(self) -> None:
        """Allow undoing the last count for the minute the service allows."""
        self.undo_button.setEnabled(True)
        self._undo_timer.start(int(UNDO_WINDOW.total_seconds() * 1000))

    def withdraw_undo(self) -> None:
        """The last count was undone (or can no longer be)."""
        self._undo_timer.stop()
        self.undo_button.setEnabled(False)

    def focus_scan(self) -> None:
        """Give the scan field the keyboard, so the next scan lands there.

        A scan counted from another page leaves the focus where the person had it there.
        """
        if self.isVisible():
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
