"""Qt tests: offscreen, the English translation built, a fresh data folder for every test."""

from __future__ import annotations

import os

from tests.screens.desk_screen import desk_screen_platform

# Offscreen, on one screen of a reception PC's room beside its taskbar (1366x728).
os.environ["QT_QPA_PLATFORM"] = desk_screen_platform()

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desk_app.bootstrap import Desk
from desk_app.models import Role
from desk_app.services import auth, people
from desk_app.services.auth import Actor
from desk_app.services.centre import CentreDetails, set_up_centre
from desk_app.services.uow import UnitOfWork
from desk_app.ui.collector import collect_on_gui_thread
from desk_app.ui.i18n import remove_translators
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.resources import resource_dir, translation_file

MANAGER_PIN = "123456"
RECEPTION_PIN = "1111"


@pytest.fixture(scope="session")
def english_qm() -> Path:
    """The compiled English translation, built from the committed .ts when missing."""
    qm = translation_file("en")
    ts = resource_dir() / "translations" / "desk_app_en.ts"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def empty_desk(desk: Desk) -> Desk:
    """An opened installation without a centre, on the test clock (Monday 2 March, 10:30)."""
    return desk


@pytest.fixture
def desk_uow(empty_desk: Desk) -> UnitOfWork:
    return empty_desk.uow


@pytest.fixture
def desk_manager(desk_uow: UnitOfWork) -> Actor:
    """Centre De Meent with its social manager (returned) and a receptionist at the desk.

    Unlike the root ``manager``: a receptionist account, no IBAN, and this module's PIN.
    """
    details = CentreDetails(name="De Meent", code="MEE")
    actor = set_up_centre(desk_uow, details, manager_name="Sanne de Vries", manager_pin=MANAGER_PIN)
    people.create_account(
        desk_uow, actor, name="Ria Jansen", role=Role.RECEPTION, pin=RECEPTION_PIN
    )
    return actor


@pytest.fixture
def receptionist(desk_uow: UnitOfWork, desk_manager: Actor) -> Actor:
    """Ria Jansen, a volunteer at the desk, logged in."""
    ria = next(a for a in people.desk_accounts(desk_uow) if a.name == "Ria Jansen")
    return auth.authenticate(desk_uow, ria.person_id, RECEPTION_PIN)


@pytest.fixture
def jobs(empty_desk: Desk) -> Iterator[BackgroundJobs]:
    """Real background pools; every job has ended before the test's desk is closed."""
    del empty_desk
    background = BackgroundJobs()
    yield background
    assert background.wait(10_000)


@pytest.fixture(autouse=True)
def app_look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[None]:
    """The app's font, style sheet and language as they were before the test, after it.

    Starting the desk or office mode applies the chosen text size and language to the whole
    application; without this, every later test in the same worker would lay out at that
    size, or in English. A module that keeps one window across its tests
    (``SHARES_ONE_WINDOW``) restores its own.
    """
    if getattr(request.module, "SHARES_ONE_WINDOW", False):
        yield
        return
    font, sheet = qapp.font(), qapp.styleSheet()
    translators = set(qapp.findChildren(QTranslator))
    yield
    left = [t for t in qapp.findChildren(QTranslator) if t not in translators]
    if left:
        remove_translators(qapp, left)  # and the screen's formats back to Dutch
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    if qapp.font() != font:
        qapp.setFont(font)


@pytest.fixture(autouse=True)
def collect_between_events(qapp: QApplication) -> Iterator[None]:
    """As in the app: cyclic garbage is collected between events, never inside one.

    After the test, once its events are delivered, the rest is collected and the automatic
    collector comes back for tests without Qt that follow in the same worker.
    """
    collect_on_gui_thread(qapp)
    yield
    gc.collect()
    gc.enable()
