"""A main window at the large text sizes, and what on a page does not fit it.

In Dutch and in English, at 18 and 22 pt (the large *Weergave* sizes) in a 1366x698 window
(768 px minus a taskbar and a title bar). A test module borrows the fixtures by importing them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.main_window import MainWindow
from desk_app.ui.resources import style_sheet
from desk_app.ui.theme import FONT_FAMILIES
from tests.ui.test_positions import WINDOW
from tests.unit import hire_factories as hire
from tests.unit.till_factories import set_up_bar

LARGE_SIZES = (18, 22)
LANGUAGES = ("nl", "en")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, english_qm: Path) -> Iterator[str]:
    """The screen's language; English from the committed translation."""
    del english_qm
    translators = install_translators(qapp, request.param) if request.param != "nl" else []
    yield request.param
    remove_translators(qapp, translators)


@pytest.fixture(params=LARGE_SIZES, ids=[f"{size}pt" for size in LARGE_SIZES])
def text_size(request: pytest.FixtureRequest) -> int:
    """One of the large text sizes *Weergave* offers."""
    size: int = request.param
    return size


@pytest.fixture
def window(
    qtbot: QtBot,
    qapp: QApplication,
    language: str,
    text_size: int,
    *,
    desk: Desk,
    desk_manager: Actor,
    jobs: BackgroundJobs,
) -> Iterator[MainWindow]:
    """The main window at a large text size, styled on the window (not the app)."""
    del language
    set_up_bar(desk.uow, desk_manager)
    hire.hirer(desk.uow, desk_manager, "Coachpraktijk Kompas")
    font = qapp.font()
    large = QFont(font)
    large.setFamilies(FONT_FAMILIES)
    large.setPointSize(text_size)
    qapp.setFont(large)
    shown = MainWindow(desk, "De Meent", desk_manager, jobs=jobs)
    qtbot.addWidget(shown)
    shown.setStyleSheet(style_sheet(text_size))
    shown.resize(*WINDOW)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    qapp.setFont(font)


def text_width(widget: QWidget, text: str) -> int:
    """The width the widest line of ``text`` takes in ``widget``'s font."""
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def cut_texts(page: QWidget) -> list[str]:
    """The shown buttons and one-line labels of ``page`` narrower than their text."""
    cut = []
    for button in page.findChildren(QPushButton):
        text = button.text()
        if button.isVisible() and text:
            chrome = button.sizeHint().width() - text_width(button, text)  # padding, border
            if button.width() < text_width(button, text) + chrome:
                cut.append(text)
    for label in page.findChildren(QLabel):
        text = label.text()
        plain = text and not label.wordWrap() and "<" not in text  # rich text sizes itself
        if label.isVisible() and plain and label.contentsRect().width() < text_width(label, text):
            cut.append(text)
    return cut


def outside(page: QWidget, window: QMainWindow) -> list[str]:
    """The shown buttons of ``page`` not wholly in view: off the window or scrolled away.

    A button in a scroll area of the page's own (the tiles, the day close's columns) counts
    as in view when that scroll area is.
    """
    area = page.parentWidget()  # the viewport of the main window's scroll area
    assert area is not None
    seen = QRect(area.mapTo(window, QPoint(0, 0)), area.size()) & window.rect()
    inner = [scroll.viewport() for scroll in page.findChildren(QAbstractScrollArea)]
    shown = [
        next((viewport for viewport in inner if viewport.isAncestorOf(button)), button)
        for button in page.findChildren(QPushButton)
        if button.isVisible()
    ]
    return [
        widget.objectName() or type(widget).__name__
        if not isinstance(widget, QPushButton)
        else widget.text() or widget.accessibleName()
        for widget in dict.fromkeys(shown)
        if not seen.contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))
    ]
