"""Tabs that never hide behind scroll arrows: a wrapping row of large buttons above the pages."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QTabWidget, QWidget

from desk_app.ui.flow import FlowLayout
from desk_app.ui.touch import TOUCH_HEIGHT


class TabButtons(QWidget):
    """The tabs of ``tabs`` as toggle buttons that wrap onto a second line at large text.

    The tab widget keeps its pages and its current index; its own tab bar is hidden, since
    Qt's tab bar can only scroll (with 10 px arrows) when the tabs do not fit.
    """

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tabbuttons")
        self.tabs = tabs
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        layout = FlowLayout(self)
        for index in range(tabs.count()):
            button = QPushButton(tabs.tabText(index), self)
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_HEIGHT)
            self.group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._show_current)
        tabs.tabBar().hide()
        self._show_current(tabs.currentIndex())

    def follow_texts(self) -> None:
        """Show the tab widget's texts again, after its owner changed them (counts in them)."""
        for index, button in enumerate(self.buttons):
            button.setText(self.tabs.tabText(index))

    def button_for(self, page: QWidget) -> QPushButton:
        """The button that opens ``page``."""
        return self.buttons[self.tabs.indexOf(page)]

    @Slot(int)
    def _show_current(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)
        self._only_open_tab_sizes()

    def _only_open_tab_sizes(self) -> None:
        """The tabs are as large as the open tab needs: a tall hidden tab makes no dialog
        scroll and a wide one pushes no page off the screen."""
        shown = self.tabs.currentWidget()
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            assert tab is not None
            policy = QSizePolicy.Policy.Preferred if tab is shown else QSizePolicy.Policy.Ignored
            tab.setSizePolicy(policy, policy)
