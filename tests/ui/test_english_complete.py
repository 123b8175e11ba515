"""English is complete: every page and dialog of the gallery, walked in English, shows no Dutch.

A visible text fails when it is a Dutch source text of the translation (so it did not go
through it), holds a word only the Dutch texts use, or writes a number, amount or date the
Dutch way. What the centre itself entered (names of rooms, products, people) is left out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.dates import get_day_names, get_month_names
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.main_window import MainWindow
from desk_app.ui.resources import resource_dir
from tests.screens.dialogs import DIALOGS
from tests.screens.gallery import WINDOW, demo_desk, demo_manager
from tests.ui.visible_texts import DutchTexts, Seen, visible_texts

TS = resource_dir() / "translations" / "desk_app_en.ts"


def calendar_words(locale: str) -> set[str]:
    """The names of days and months, whole and short ("maandag", "ma", "mrt")."""
    words: set[str] = set()
    for width in ("wide", "abbreviated"):
        words |= {w.strip(".").lower() for w in get_day_names(width, locale=locale).values()}
        words |= {w.strip(".").lower() for w in get_month_names(width, locale=locale).values()}
    return words


def dutch_calendar_words() -> set[str]:
    """Names of days and months only Dutch uses ("april" is English too)."""
    return calendar_words("nl_NL") - calendar_words("en_GB")


def entered_data(database: Path) -> list[str]:
    """Every text the centre's data holds, longest first, so it is cut out before words."""
    found: set[str] = set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute("select name from sqlite_master where type = 'table'")
        ]
        for table in tables:
            for row in connection.execute(f'select * from "{table}"'):
                found |= {v for v in row if isinstance(v, str) and 1 < len(v) <= 80}
    return sorted(found, key=len, reverse=True)


@pytest.fixture
def english(qapp: QApplication, english_qm: Path) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def demo() -> Iterator[tuple[Desk, Actor]]:
    """The gallery's seeded demo centre, its social manager at the desk."""
    with demo_desk() as desk:
        yield desk, demo_manager(desk)


@pytest.fixture
def window(qtbot: QtBot, demo: tuple[Desk, Actor]) -> Iterator[MainWindow]:
    """The main window on the demo centre; its background work ends before the centre goes."""
    desk, actor = demo
    shown = MainWindow(desk, "De Meent", actor)
    qtbot.addWidget(shown)
    shown.resize(WINDOW)
    yield shown
    shown.close()
    assert shown.jobs.wait(10_000)


def leaks(seen: Iterator[Seen], desk: Desk) -> list[str]:
    dutch = DutchTexts(TS, dutch_calendar_words())
    data = entered_data(desk.folder.database)
    found = []
    for item in seen:
        why = dutch.why_dutch(item.text, data)
        if why is not None and "\n" in item.text:  # a tile breaks a long name over two lines
            why = dutch.why_dutch(" ".join(item.text.split()), data)
        if why is not None:
            found.append(f"{item.where}: {item.text!r} ({why})")
    return sorted(set(found))


@pytest.mark.usefixtures("english")
def test_every_page_reads_in_english(window: MainWindow, demo: tuple[Desk, Actor]) -> None:
    desk, _ = demo
    window.show()
    found: list[str] = []
    for index in range(len(window.pages)):
        window.show_section(index)
        QApplication.processEvents()
        found += leaks(visible_texts(window), desk)
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.usefixtures("english")
def test_every_dialog_reads_in_english(window: MainWindow, demo: tuple[Desk, Actor]) -> None:
    desk, actor = demo
    found: list[str] = []
    for name, make in DIALOGS.items():
        dialog = make(window, desk, actor)
        dialog.show()
        QApplication.processEvents()
        found += [f"{name}: {leak}" for leak in leaks(visible_texts(dialog), desk)]
        dialog.close()
        dialog.deleteLater()
    assert not found, "\n".join(found)


def test_the_walk_finds_dutch_on_a_dutch_screen(
    window: MainWindow, demo: tuple[Desk, Actor]
) -> None:
    desk, _ = demo
    found = leaks(visible_texts(window), desk)
    assert any("'Huiskamer'" in leak for leak in found)
    assert any("Dutch way" in leak for leak in found)
