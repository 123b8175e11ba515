"""The organisation's CA certificate: copied privately into the data folder, used when syncing."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desk_app.bootstrap import Desk
from desk_app.central.connect import KEYRING_SERVICE
from desk_app.errors import InvalidInput
from desk_app.services.auth import Actor
from desk_app.services.operations import (
    OperationsSettings,
    central_password,
    load_operations,
    save_operations,
)
from desk_app.sync.service import save_central_url
from tests.keyrings import MemoryKeyring

URL = "postgresql://balie_mee@centraal.example.nl/buurthuizen"
PEM = b"-----BEGIN CERTIFICATE-----\nMIIBdGVzdA==\n-----END CERTIFICATE-----\n"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def ca_file(tmp_path: Path) -> Path:
    file = tmp_path / "usb" / "organisatie-ca.pem"
    file.parent.mkdir()
    file.write_bytes(PEM)
    return file


def test_a_chosen_certificate_is_copied_for_this_user_only(
    desk: Desk, manager: Actor, ca_file: Path, memory_keyring: MemoryKeyring
) -> None:
    wanted = OperationsSettings(central_url=URL)
    stored = save_operations(
        desk.uow, manager, wanted, "geheim", folder=desk.folder, ca_file=ca_file
    )
    copy = desk.folder.central_ca
    assert copy.read_bytes() == PEM
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stored == load_operations(desk.uow)
    assert (stored.central_url, stored.central_ca) == (URL, str(copy))
    assert memory_keyring.passwords == {(KEYRING_SERVICE, URL): "geheim"}


def test_a_certificate_named_in_the_address_is_taken_in(
    desk: Desk, manager: Actor, ca_file: Path
) -> None:
    wanted = OperationsSettings(central_url=f"{URL}?sslmode=verify-full&sslrootcert={ca_file}")
    stored = save_operations(desk.uow, manager, wanted, folder=desk.folder)
    assert stored.central_url == f"{URL}?sslmode=verify-full"
    assert stored.central_ca == str(desk.folder.central_ca)
    assert desk.folder.central_ca.read_bytes() == PEM


def test_a_later_save_keeps_the_certificate_and_the_password(
    desk: Desk, manager: Actor, ca_file: Path
) -> None:
    first = save_operations(
        desk.uow, manager, OperationsSettings(central_url=URL), "geheim", folder=desk.folder
    )
    assert first.central_ca == ""
    save_operations(desk.uow, manager, first, folder=desk.folder, ca_file=ca_file)
    again = save_operations(desk.uow, manager, OperationsSettings(URL, retention_days=30))
    assert again.central_ca == str(desk.folder.central_ca)
    assert central_password(again) == "geheim"


def test_a_file_that_is_no_certificate_is_refused_and_nothing_changes(
    desk: Desk, manager: Actor, tmp_path: Path
) -> None:
    notes = tmp_path / "notities.txt"
    notes.write_text("geen certificaat", encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        save_operations(
            desk.uow, manager, OperationsSettings(URL), folder=desk.folder, ca_file=notes
        )
    assert "geen leesbaar CA-certificaat" in refused.value.message
    assert load_operations(desk.uow) == OperationsSettings()
    assert not desk.folder.central_ca.exists()


def test_a_plain_text_address_of_another_machine_is_refused_at_saving(
    desk: Desk, manager: Actor
) -> None:
    wanted = OperationsSettings(central_url=f"{URL}?sslmode=require")
    with pytest.raises(InvalidInput) as refused:
        save_operations(desk.uow, manager, wanted)
    assert "sslmode=require" in refused.value.message
    assert load_operations(desk.uow).central_url == ""


def test_the_command_line_takes_the_certificate_from_the_address(
    desk: Desk, manager: Actor, ca_file: Path
) -> None:
    del manager  # a set-up centre
    given = f"postgresql://balie_mee:geheim@centraal.example.nl/buurthuizen?sslrootcert={ca_file}"
    assert save_central_url(desk.uow, given, desk.folder) == URL
    settings = load_operations(desk.uow)
    assert (settings.central_url, settings.central_ca) == (URL, str(desk.folder.central_ca))
    assert desk.folder.central_ca.read_bytes() == PEM


def test_a_password_kept_under_an_address_with_its_ca_file_survives_the_copy(
    desk: Desk, manager: Actor, ca_file: Path, memory_keyring: MemoryKeyring
) -> None:
    old = f"{URL}?sslmode=verify-full&sslrootcert={ca_file}"
    stored_before = save_central_url(desk.uow, old)  # without the data folder: kept as it was
    memory_keyring.passwords[KEYRING_SERVICE, stored_before] = "geheim"  # the key until now
    assert central_password(load_operations(desk.uow)) == "geheim"
    stored = save_operations(desk.uow, manager, load_operations(desk.uow), folder=desk.folder)
    assert stored.central_url == f"{URL}?sslmode=verify-full"
    assert memory_keyring.passwords[KEYRING_SERVICE, stored.central_url] == "geheim"
    assert central_password(stored) == "geheim"
