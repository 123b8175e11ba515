"""Controls sized for a finger, shared by every screen: one touch height, one kind of button."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desk_app.ui.app_filters import name_filtered_types

TOUCH_HEIGHT = 48  # comfortably above the 44 px a finger needs
TEXT_PADDING = 8  # px above and below a control's line of text, so targets grow with the text
SPIN_TEXT_INDENT = 8  # px between a spin box's border and its text, as a line edit's padding

W = TypeVar("W", bound=QWidget)


def touch_button(
    text: str, parent: QWidget | None = None, height: int = TOUCH_HEIGHT
) -> QPushButton:
    """A button large enough for a finger at a busy bar, as wide as its place allows."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(height)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def big_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A push button tall enough for a finger, as wide as its text."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(TOUCH_HEIGHT)
    return button


def tap_only(dialog: QWidget) -> None:
    """No button of ``dialog`` is pressed by Enter (a scanner's, or one meant for a field):
    a payment, a sale or an export is a deliberate tap. Call it once every button exists."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)


def touch_sized(widget: W) -> W:
    """Make an input at least finger-high."""
    widget.setMinimumHeight(TOUCH_HEIGHT)
    return widget


WheelControl = QComboBox | QAbstractSpinBox


class WheelGuard(QObject):
    """Keeps the mouse wheel off every combo box and spin box (dates too) that has no focus.

    A wheel over such a control would change it unseen (another hirer, another count); the
    guard lets it scroll the page instead. Controls take the focus by a tap or the keyboard,
    never by the wheel, so a control changes on the wheel only after it was chosen. As it
    sees every such control polished, it also sets a spin box's text off its border.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Give each new control strong focus (and indent a spin box's text); pass an unfocused
        control's wheel to its parent.

        The event's type is read first: every other event passes untouched, so an object
        still being built (its Python side not yet whole) is never looked at.
        """
        kind = event.type()
        if kind is QEvent.Type.Polish and isinstance(watched, WheelControl):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if isinstance(watched, QAbstractSpinBox):
                _indent_spin_text(watched)
        elif (
            kind is QEvent.Type.Wheel
            and isinstance(watched, WheelControl)
            and not _has_focus(watched)
        ):
            event.ignore()  # not taken: the page around it scrolls
            return True
        return False


def _indent_spin_text(spin_box: QAbstractSpinBox) -> None:
    """Keep a spin box's text off its left border, as in every other field.

    The style sheet's left padding does not reach the text of a spin box with arrows (a date
    with a calendar pop-up takes it); the size the box asks for already holds that padding.
    """
    # Read once, at the first polish: every date field sets its pop-up as it is built.
    if isinstance(spin_box, QDateTimeEdit) and spin_box.calendarPopup():
        return
    edit = spin_box.findChild(QLineEdit)
    if edit is not None:
        edit.setTextMargins(SPIN_TEXT_INDENT, 0, 0, 0)


def _has_focus(control: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is control or control.isAncestorOf(focused))


def guard_wheel(app: QCoreApplication) -> None:
    """Install the one :class:`WheelGuard` of ``app`` (again is harmless)."""
    name_filtered_types()
    if app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))


class WrappingGrid(QWidget):
    """Cells in as many columns as the width allows, wrapping onto more rows.

    Categories and tiles stay reachable without 10 px scroll arrows: a larger text makes
    the cells wider, so fewer fit beside each other and the rest wrap below. The grid asks
    for no more width than its widest cell, so it never widens the window.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self.cells: list[QWidget] = []
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_cells(self, cells: list[QWidget]) -> None:
        """Replace the cells (the old ones are deleted) and lay them out for the width."""
        for old in self.cells:
            self.grid.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.cells = list(cells)
        for cell in self.cells:
            cell.setParent(self)
            cell.show()
        self.columns = 0
        self._arrange()

    def cell_width(self) -> int:
        """The width of the widest cell at the current text size."""
        return max((cell.sizeHint().width() for cell in self.cells), default=0)

    def natural_width(self) -> int:
        """The width that holds every cell in one row."""
        spacing = self.grid.horizontalSpacing()
        widths = [cell.sizeHint().width() for cell in self.cells]
        return sum(widths) + spacing * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        """One cell wide; as tall as the rows of the current arrangement."""
        return QSize(self.cell_width(), self.grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        """As :meth:`minimumSizeHint`: the layout gives the width, the rows follow."""
        return QSize(self.cell_width(), self.grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may hold more or fewer columns."""
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size changes the cells' width."""
        super().changeEvent(event)
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self.columns = 0
            self._arrange()

    def _arrange(self) -> None:
        columns = self._fitting_columns()
        if columns == self.columns or not self.cells:
            return
        self.columns = columns
        for index, cell in enumerate(self.cells):
            self.grid.removeWidget(cell)
            self.grid.addWidget(cell, index // columns, index % columns)
        rows = -(-len(self.cells) // columns)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(rows, 1)  # spare height stays below the cells
        widths = [cell.sizeHint().width() for cell in self.cells]
        for column in range(self.grid.columnCount()):
            used = column < columns
            self.grid.setColumnStretch(column, 1 if used else 0)
            self.grid.setColumnMinimumWidth(column, max(widths[column::columns]) if used else 0)
        self.updateGeometry()

    def _fitting_columns(self) -> int:
        """The most columns whose widest cells, side by side, fit the width."""
        widths = [cell.sizeHint().width() for cell in self.cells]
        spacing = self.grid.horizontalSpacing()
        for columns in range(len(widths), 1, -1):
            needed = sum(max(widths[c::columns]) for c in range(columns))
            if needed + spacing * (columns - 1) <= self.width():
                return columns
        return 1


def finger_height(widget: QWidget) -> int:
    """The height a control needs at its text size: 48 px, or a line of text and padding."""
    return max(TOUCH_HEIGHT, widget.fontMetrics().height() + 2 * TEXT_PADDING)
