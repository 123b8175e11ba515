"""Instellingen: the manager chooses the organisation's CA certificate; it is kept privately."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services import operations
from desk_app.services.auth import Actor
from desk_app.ui.admin.settings import SettingsDialog
from tests.keyrings import MemoryKeyring
from tests.ui.test_settings import click_save, open_dialog

URL = "postgresql://balie_mee@centraal.example.nl/buurthuizen"
PEM = b"-----BEGIN CERTIFICATE-----\nMIIBdGVzdA==\n-----END CERTIFICATE-----\n"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def choose(
    qtbot: QtBot, dialog: SettingsDialog, file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Click *Kiezen…* with the system's file dialog answering ``file``."""

    def answer(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return str(file), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    qtbot.mouseClick(dialog.ca_button, Qt.MouseButton.LeftButton)


def test_the_chosen_certificate_is_copied_into_the_data_folder(
    qtbot: QtBot,
    empty_desk: Desk,
    desk_manager: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, empty_desk, desk_manager)
    assert dialog.ca_label.text().startswith("nog niet gekozen")
    certificate = tmp_path / "organisatie-ca.pem"
    certificate.write_bytes(PEM)
    qtbot.keyClicks(dialog.url, URL)
    choose(qtbot, dialog, certificate, monkeypatch)
    assert dialog.ca_label.text().startswith(str(certificate))
    click_save(qtbot, dialog)
    assert dialog.message.text() == "De instellingen zijn opgeslagen."
    copy = empty_desk.folder.central_ca
    assert copy.read_bytes() == PEM
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert operations.load_operations(empty_desk.uow).central_ca == str(copy)
    assert dialog.ca_label.text() == str(copy)


def test_a_file_that_is_no_certificate_is_explained_and_nothing_saved(
    qtbot: QtBot,
    empty_desk: Desk,
    desk_manager: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, empty_desk, desk_manager)
    notes = tmp_path / "notities.txt"
    notes.write_text("geen certificaat", encoding="utf-8")
    qtbot.keyClicks(dialog.url, URL)
    choose(qtbot, dialog, notes, monkeypatch)
    click_save(qtbot, dialog)
    assert "geen leesbaar CA-certificaat" in dialog.message.text()
    assert operations.load_operations(empty_desk.uow).central_url == ""
    assert not empty_desk.folder.central_ca.exists()


def test_plain_text_to_another_machine_is_refused_on_saving(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    dialog = open_dialog(qtbot, empty_desk, desk_manager)
    qtbot.keyClicks(dialog.url, f"{URL}?sslmode=disable")
    click_save(qtbot, dialog)
    assert "sslmode=disable" in dialog.message.text()
    assert operations.load_operations(empty_desk.uow).central_url == ""
