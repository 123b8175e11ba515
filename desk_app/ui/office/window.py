"""The office window: the organisation's pages over the central database, one at a time.

Each page in ``OFFICE_PAGES`` is a QWidget built as ``Page(context, parent)`` with a class
attribute ``title`` (a Dutch text marked in the "OfficePages" context) and a ``refresh()``
that loads in ``context.jobs``; the window calls it whenever the page is shown.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.preferences import FONT_SIZES, Preferences
from desk_app.ui.accessible import prepare
from desk_app.ui.navigation import NavigationList
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.municipality import MunicipalPage
from desk_app.ui.office.overview import OfficeOverviewPage
from desk_app.ui.office.prices import PricesPage
from desk_app.ui.office.signals import SignalsPage
from desk_app.ui.resources import icon
from desk_app.ui.touch import touch_sized


class OfficePage(Protocol):
    """What the window needs of a page class: its name, and a page built from the context."""

    title: str

    def __call__(self, context: OfficeContext, parent: QWidget | None) -> QWidget: ...


OFFICE_PAGES: tuple[OfficePage, ...] = (
    OfficeOverviewPage,
    SignalsPage,
    PricesPage,
    MunicipalPage,
)
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))
_NEW_LOOK = (QEvent.Type.LanguageChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)


def page_title(page: OfficePage) -> str:
    """A page's name in the screen's language."""
    return QCoreApplication.translate("OfficePages", str(getattr(page, "title", "")))


class OfficeWindow(QMainWindow):
    """The navigation column with the pages, and the screen's language and text size.

    Signals:
        preferences_changed: the person chose another language or text size.
    """

    preferences_changed = Signal(object)

    def __init__(
        self,
        context: OfficeContext,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.preferences = context, preferences or Preferences()
        self.setObjectName("office")
        self.navigation = NavigationList(self)
        self.stack = QStackedWidget(self)
        self.pages: list[QWidget] = []
        for page_class in OFFICE_PAGES:
            page = page_class(context, self.stack)
            self.pages.append(page)
            self.stack.addWidget(page)
            picture = icon(str(getattr(page_class, "icon_name", "overzicht")))
            self.navigation.add_section(picture, page_title(page_class), self)
        self._lay_out()
        self._retitle()
        prepare(self)
        self.navigation.currentRowChanged.connect(self.show_page)
        self.navigation.setCurrentRow(0)

    def _lay_out(self) -> None:
        column = QVBoxLayout()
        column.addWidget(self.navigation, 1)
        self.language_label = QLabel(self)
        self.language = touch_sized(QComboBox(self))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.preferences.language)))
        self.size_label = QLabel(self)
        self.text_size = touch_sized(QComboBox(self))
        for size in FONT_SIZES:
            self.text_size.addItem(str(size), size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(self.preferences.font_size)))
        for label, box in ((self.language_label, self.language), (self.size_label, self.text_size)):
            label.setBuddy(box)
            column.addWidget(label)
            column.addWidget(box)
        self.language.activated.connect(self._chosen)
        self.text_size.activated.connect(self._chosen)
        row = QHBoxLayout()
        row.addLayout(column)
        row.addWidget(self.stack, 1)
        holder = QWidget(self)
        holder.setLayout(row)
        self.setCentralWidget(holder)

    def _retitle(self) -> None:
        self.setWindowTitle(self.tr("Kantoor van de organisatie"))
        self.language_label.setText(self.tr("Taal"))
        self.size_label.setText(self.tr("Tekstgrootte"))
        for row, page_class in enumerate(OFFICE_PAGES):
            self.navigation.retitle(row, page_title(page_class))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: another language renames the pages; another look re-measures them."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retitle()
        if event.type() in _NEW_LOOK:
            self._fit_navigation()

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: the page on screen loads afresh each time the window is shown."""
        super().showEvent(event)
        self._fit_navigation()
        self.show_page(self.navigation.currentRow())

    def _fit_navigation(self) -> None:
        """The pages' names whole: the style's width fits the desk's names, not the office's."""
        navigation = self.navigation
        bold = QFont(navigation.font())
        bold.setBold(True)  # the chosen entry's weight (style.qss)
        metrics = QFontMetrics(bold)
        widest = max(
            metrics.horizontalAdvance(navigation.item(row).text())
            for row in range(navigation.count())
        )
        # the icon, the entry's padding and margin, the chosen one's marker (style.qss), the frame
        extra = 2 * 12 + 2 * 4 + 6 + 2 * navigation.frameWidth()
        navigation.setMinimumWidth(widest + navigation.iconSize().width() + extra)

    def open_page(self, kind: type[QWidget]) -> QWidget:
        """Show the page of class ``kind`` as a tap on its entry would, and return it."""
        row = next(index for index, page in enumerate(self.pages) if isinstance(page, kind))
        self.navigation.setCurrentRow(row)
        return self.pages[row]

    @Slot(int)
    def show_page(self, row: int) -> None:
        """Show the page at ``row`` and let it load what it shows."""
        if not 0 <= row < len(self.pages):
            return
        self.stack.setCurrentIndex(row)
        if self.isVisible():
            getattr(self.pages[row], "refresh")()  # noqa: B009 - each page has its own

    @Slot()
    def _chosen(self) -> None:
        self.preferences = Preferences(
            font_size=int(self.text_size.currentData()),
            language=str(self.language.currentData()),
        )
        self.preferences_changed.emit(self.preferences)
