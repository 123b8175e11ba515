"""A page's keyboard shortcuts are written on the buttons they press, in Dutch and English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.ui.bar.page import BarPage
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.key_hints import KEYS_ROLE, KeyedButton
from desk_app.ui.main_window import MainWindow
from tests.ui.test_positions import WINDOW, settle
from tests.unit.till_factories import set_up_bar


@pytest.fixture(params=("nl", "en"))
def window(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    qapp: QApplication,
    english_qm: Path,
    *,
    desk: Desk,
    desk_manager: Actor,
    jobs: BackgroundJobs,
) -> Iterator[MainWindow]:
    """The main window in the language asked, every page built."""
    del english_qm
    translators = install_translators(qapp, request.param)
    set_up_bar(desk.uow, desk_manager)
    shown = MainWindow(desk, "De Meent", desk_manager, jobs=jobs)
    qtbot.addWidget(shown)
    shown.resize(*WINDOW)
    shown.show()
    _ = shown.pages
    yield shown
    remove_translators(qapp, translators)


def test_every_shortcut_of_a_page_is_on_its_button(window: MainWindow) -> None:
    unshown = []
    for index, page in enumerate(window.pages):
        window.show_section(index)
        settle()
        texts = [  # the minus button shows a typographic minus for the minus key
            b.text().replace("−", "-")
            for b in page.findChildren(QPushButton)
            if b.isVisible() and b.text()
        ]
        keys = [s.key() for s in page.findChildren(QShortcut)]
        keys += [b.shortcut() for b in page.findChildren(QPushButton) if not b.shortcut().isEmpty()]
        for key in keys:
            native = key.toString(QKeySequence.SequenceFormat.NativeText)
            if not any(native == text or f"({native})" in text for text in texts):
                unshown.append(f"{page.icon_name}: {native}")
    assert unshown == []


def test_the_keys_are_written_the_way_the_language_writes_them(window: MainWindow) -> None:
    bar = next(page for page in window.pages if isinstance(page, BarPage))
    delete = QKeySequence("Del").toString(QKeySequence.SequenceFormat.NativeText)
    exact = QApplication.translate("PayPanel", "Gepast")
    assert bar.remove.text() == f"{QApplication.translate('BarPage', 'Regel weg')} ({delete})"
    assert bar.pay.exact.text() == f"{exact} (F5)"


def test_the_side_buttons_and_sections_show_their_keys(window: MainWindow) -> None:
    side = {b.text(): b.property("keys") for b in window.findChildren(KeyedButton)}
    navigation = window.navigation
    entries = [navigation.item(row).data(KEYS_ROLE) for row in range(navigation.count())]
    native = [
        QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        for keys in ("Ctrl+L", "Ctrl+B", "Ctrl+G")
    ]
    assert sorted(side.values()) == sorted(native)
    assert entries == [f"Ctrl+{number}" for number in range(1, navigation.count() + 1)]
