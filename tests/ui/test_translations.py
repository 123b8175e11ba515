"""The English translation: complete, placeholders intact, and really shown."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import desk_app
from desk_app.bootstrap import Desk
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money, NotAllowed
from desk_app.kinds import Role, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.rooms.series import SeriesConflict
from desk_app.sync import outcome
from desk_app.ui.i18n import install_translators, remove_translators
from desk_app.ui.main_window import MainWindow
from desk_app.ui.messages import error_text, text_of
from desk_app.ui.resources import resource_dir

TS = resource_dir() / "translations" / "desk_app_en.ts"
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own committed file
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_has_a_finished_translation() -> None:
    unfinished = [
        (context, message.findtext("source"))
        for context, message in messages(TS)
        if (translation := message.find("translation")) is None
        or translation.get("type") is not None
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_equal_the_source() -> None:
    for context, message in messages(TS):
        source = message.findtext("source", "")
        english = message.findtext("translation", "")
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )


def test_the_translation_file_covers_every_text_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    package = Path(desk_app.__file__).parent
    subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", str(package), "-ts", str(fresh)],
        check=True,
    )

    def texts(path: Path) -> set[tuple[str, str]]:
        return {(context, message.findtext("source", "")) for context, message in messages(path)}

    assert texts(fresh) - texts(TS) == set(), "run `make ts` and translate the new texts"


@pytest.fixture
def english(qapp: QApplication, english_qm: Path) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    assert len(translators) == 2
    yield
    remove_translators(qapp, translators)


@pytest.mark.usefixtures("english")
def test_english_main_window(qtbot: QtBot, empty_desk: Desk, desk_manager: Actor) -> None:
    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [
        "Living room",
        "Bar",
        "Rooms",
        "Volunteers",
        "Activities",
        "Day close",
        "Overview",
    ]
    assert window.switch_button.text() == "Switch"
    assert window.status.person.text() == "At the desk: Sanne de Vries (social manager)"
    assert window.status.sync.text() == "Last synchronisation: never"


@pytest.mark.usefixtures("english")
def test_english_core_errors() -> None:
    wrong = NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Onjuiste pincode. Nog {left} poging(en)."), left=2
    )
    assert error_text(wrong) == "Wrong PIN. 2 attempt(s) left."
    refused = NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Alleen een {role} mag dit doen."), role=Role.MANAGER
    )
    assert error_text(refused) == "Only a social manager may do this."


def test_dutch_needs_no_translation_file() -> None:
    wrong = NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Onjuiste pincode. Nog {left} poging(en)."), left=2
    )
    assert error_text(wrong) == "Onjuiste pincode. Nog 2 poging(en)."


@pytest.mark.usefixtures("english")
def test_english_refusals_hold_no_dutch_word() -> None:
    refused = NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Alleen een {role} mag dit doen."), role=Role.MANAGER
    )
    assert error_text(refused) == "Only a social manager may do this."
    no_rate = InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Voor {room} is nog geen tarief voor {tariff} ingesteld."),
        room="Grote zaal",
        tariff=TariffClass.SOCIAL,
    )
    assert error_text(no_rate) == "No rate for social has been set for Grote zaal yet."


def too_high() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "Een tarief boven {max} is niet aannemelijk. Controleer het bedrag."
        ),
        max=Money(123450),
    )


def not_closed() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "De dag {day} is nog niet afgesloten."), day=date(2026, 3, 2)
    )


def test_dates_and_amounts_read_the_dutch_way_in_dutch() -> None:
    assert error_text(too_high()) == (
        "Een tarief boven €\u00a01.234,50 is niet aannemelijk. Controleer het bedrag."
    )
    assert error_text(not_closed()) == "De dag maandag 2 maart 2026 is nog niet afgesloten."
    assert error_text(too_high()) == too_high().message
    assert error_text(not_closed()) == not_closed().message


@pytest.mark.usefixtures("english")
def test_dates_and_amounts_read_the_english_way_in_english() -> None:
    assert error_text(too_high()) == (
        "A rate above €1,234.50 is not plausible. Please check the amount."
    )
    assert error_text(not_closed()) == "The day Monday 2 March 2026 has not been closed yet."


@pytest.mark.usefixtures("english")
def test_the_sync_log_reads_in_english() -> None:
    line = outcome.loads(outcome.dumps(outcome.finished(3, 1, 2, conflicts=None)))
    assert text_of(line) == "3 sent, 1 rejected, 2 received; double bookings not fetched"


@pytest.mark.usefixtures("english")
def test_a_series_conflict_reads_in_english() -> None:
    closed = InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Het buurthuis is op {day} gesloten."), day=date(2026, 3, 2)
    )
    conflict = SeriesConflict(date(2026, 3, 2), closed.text)
    assert conflict.reason == "Het buurthuis is op maandag 2 maart 2026 gesloten."
    assert text_of(conflict.why) == "The centre is closed on Monday 2 March 2026."
