"""Names for the screen reader: every control that takes focus says what it is.

Qt names a field from a label whose buddy it is (``add_row`` and ``QFormLayout.addRow`` set
that); :func:`name_unnamed` names the rest of a page or dialog from what a sighted person
reads beside it: a form label, a group's title, the hint in the empty field, the tooltip, a
table's column titles. A field that needs more than that is named where it is made.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads for ``widget`` (Qt's own rules: its name, its label...)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def takes_focus(widget: QWidget) -> bool:
    """Whether the Tab key can land on ``widget``."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def prepare(root: QWidget) -> None:
    """Make a page or dialog ready for the keyboard and a screen reader: named, Tab free."""
    name_unnamed(root)
    free_the_tab_key(root)
    describe_shortcuts(root)


def describe_shortcuts(root: QWidget) -> None:
    """A button with a shortcut and no tooltip tells the screen reader its keys."""
    for button in root.findChildren(QAbstractButton):
        keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and not button.toolTip() and not button.accessibleDescription():
            text = QCoreApplication.translate("Accessible", "Sneltoets {keys}")
            button.setAccessibleDescription(text.format(keys=keys))


def free_the_tab_key(root: QWidget) -> None:
    """Tab leaves a table for the next control (the arrow keys move between its cells).

    A table keeps the Tab key by default, which traps a keyboard user in its cells.
    """
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def name_unnamed(root: QWidget) -> None:
    """Give each control under ``root`` that takes focus and has no name the one it shows."""
    for widget in root.findChildren(QWidget):
        if takes_focus(widget) and not accessible_name(widget):
            name = _shown_name(widget, root)
            if name:
                widget.setAccessibleName(name)


def _shown_name(widget: QWidget, root: QWidget) -> str:
    """What a sighted person reads as the name of ``widget``."""
    container = _container(widget)
    if container is not None:
        return accessible_name(container) or _shown_name(container, root)
    for candidate in (
        _label_of(widget, root),
        _hint_of(widget),
        widget.toolTip(),
        _group_title(widget),
        _columns_of(widget),
        _area_name(widget),
    ):
        if candidate.strip():
            return candidate.replace("&", "").strip()
    return ""


def _container(widget: QWidget) -> QWidget | None:
    """The spin box or combo box a line edit is the inside of."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return None


def _label_of(widget: QWidget, root: QWidget) -> str:
    """A label whose buddy ``widget`` is, or its form row's label, anywhere in ``root``."""
    for label in root.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text()
    for form in root.findChildren(QFormLayout):
        form_label = form.labelForField(widget)
        if isinstance(form_label, QLabel):
            return form_label.text()
    return ""


def _hint_of(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return widget.placeholderText()
    if isinstance(widget, QComboBox):
        line = widget.lineEdit()
        return line.placeholderText() if line is not None else widget.placeholderText()
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return parent.title() if isinstance(parent, QGroupBox) else ""


def _columns_of(widget: QWidget) -> str:
    """A table named by its column titles ("Naam, Rol, Status")."""
    if not isinstance(widget, QAbstractItemView) or widget.model() is None:
        return ""
    model: QAbstractItemModel = widget.model()
    if isinstance(model, QAbstractListModel):
        return ""  # one column without a title
    horizontal, display = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    titles = []
    for section in range(model.columnCount(QModelIndex())):
        title = model.headerData(section, horizontal, display)
        if isinstance(title, str) and title.strip():
            titles.append(title.replace("\n", " "))
    return ", ".join(titles)


def _area_name(widget: QWidget) -> str:
    """A scroll area or tab set, named after the page or the tab it shows."""
    if isinstance(widget, QTabWidget):
        return widget.tabText(widget.currentIndex())
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        inner = widget.widget()
        title = getattr(inner, "title", None)
        if callable(title):
            return str(title())
        return QCoreApplication.translate("Accessible", "Schuifgebied")
    return ""
