"""The first-run wizard's recovery from the central database, against the real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desk_app.bootstrap import Desk
from desk_app.central.connect import without_password
from desk_app.central.logins import add_centre
from desk_app.models import Visit
from desk_app.services.centre import is_set_up
from desk_app.services.operations import central_password, load_operations
from desk_app.sync.service import run_sync
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.wizard.first_run import FirstRunWizard
from desk_app.ui.wizard.recover import RecoverDialog
from tests.integration.conftest import MakeCentre, central_url, make_centre
from tests.keyrings import MemoryKeyring

pytestmark = pytest.mark.central
__all__ = ["central_url", "make_centre"]  # the central tests' fixtures, used here too
NEW_PIN = "654321"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def visits(desk: Desk) -> int:
    with desk.uow.read() as tx:
        return int(tx.session.scalar(select(func.count()).select_from(Visit)) or 0)


@dataclass(frozen=True)
class Lost:
    """A centre synced to the central database; its login's address and password apart."""

    desk: Desk
    central_url: str
    address: str
    password: str


@pytest.fixture
def lost(central_url: str, make_centre: MakeCentre) -> Lost:
    desk = make_centre(days=3)
    run_sync(desk.uow, central_url)
    login = add_centre(central_url, "MEE")
    return Lost(desk, central_url, without_password(login), str(make_url(login).password))


def open_recovery(qtbot: QtBot, empty_desk: Desk, jobs: BackgroundJobs) -> FirstRunWizard:
    wizard = FirstRunWizard(empty_desk.uow, folder=empty_desk.folder, jobs=jobs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(wizard, "recovery", None), RecoverDialog))
    qtbot.waitExposed(wizard.recovery)
    return wizard


def fill(qtbot: QtBot, dialog: RecoverDialog, address: str, password: str) -> None:
    qtbot.keyClicks(dialog.url, address)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.pin, NEW_PIN)
    qtbot.keyClicks(dialog.pin_again, NEW_PIN)


def test_the_wizard_rebuilds_a_lost_centre_and_its_manager_is_at_the_desk(
    qtbot: QtBot,
    empty_desk: Desk,
    jobs: BackgroundJobs,
    lost: Lost,
    memory_keyring: MemoryKeyring,
) -> None:
    wizard = open_recovery(qtbot, empty_desk, jobs)
    dialog = wizard.recovery
    assert "namen en telefoonnummers van bezoekers" in dialog.lost_note.text()
    fill(qtbot, dialog, lost.address, lost.password)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=30_000)
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted, dialog.message.text()
    assert not wizard.isVisible()
    assert wizard.actor is not None
    assert wizard.actor.name == "Sanne de Vries"
    assert is_set_up(empty_desk.uow)
    assert visits(empty_desk) == visits(lost.desk) > 0
    settings = load_operations(empty_desk.uow)
    assert settings.central_url == lost.address
    assert central_password(settings) == lost.password


def test_a_centre_the_central_database_does_not_hold_is_said_and_nothing_is_written(
    qtbot: QtBot,
    empty_desk: Desk,
    jobs: BackgroundJobs,
    lost: Lost,
    memory_keyring: MemoryKeyring,
) -> None:
    other = add_centre(lost.central_url, "ALM")  # registered, never synced
    wizard = open_recovery(qtbot, empty_desk, jobs)
    dialog = wizard.recovery
    fill(qtbot, dialog, without_password(other), str(make_url(other).password))
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=30_000)
    assert "geen gegevens van buurthuis ALM" in dialog.message.text()
    assert dialog.isVisible()
    assert dialog.recover_button.isEnabled()
    assert dialog.url.isEnabled()
    assert not is_set_up(empty_desk.uow)
    assert wizard.actor is None
    assert memory_keyring.passwords == {}
