"""Ground work for an application-wide event filter written in Python.

Such a filter is handed every object that gets an event, and PySide6 makes a Python
wrapper for each. When that needs a Qt type Python has not named yet (the style sheet's
style, a window, a screen), shiboken creates the type lazily from inside the filter call;
that nested creation can crash the process (seen while a list widget was being built).
Naming those types once, before any such filter is installed, takes that path away.
"""

from __future__ import annotations

from importlib import import_module

# Types an app-wide filter is handed that the desk's own code may never name first: found by
# recording ``type(watched)`` while every page and dialog was shown.
FILTERED_TYPES = {
    "PySide6.QtCore": ("QObject", "QItemSelectionModel", "QAbstractProxyModel"),
    "PySide6.QtGui": (
        "QAbstractTextDocumentLayout",
        "QAction",
        "QScreen",
        "QStyleHints",
        "QTextDocument",
        "QWindow",
    ),
    "PySide6.QtWidgets": (
        "QAbstractButton",
        "QAbstractItemView",
        "QAbstractScrollArea",
        "QAbstractSlider",
        "QAbstractSpinBox",
        "QCalendarWidget",
        "QCommonStyle",
        "QCompleter",
        "QFrame",
        "QGraphicsObject",
        "QGraphicsScene",
        "QGraphicsTextItem",
        "QGraphicsView",
        "QGraphicsWidget",
        "QHeaderView",
        "QListView",
        "QMenu",
        "QProxyStyle",
        "QScrollBar",
        "QSizeGrip",
        "QStyle",
        "QTabBar",
        "QWidget",
    ),
}


def name_filtered_types() -> None:
    """Create the Python side of every type in :data:`FILTERED_TYPES` (cheap after the first)."""
    for module_name, names in FILTERED_TYPES.items():
        module = import_module(module_name)
        for name in names:
            getattr(module, name)
