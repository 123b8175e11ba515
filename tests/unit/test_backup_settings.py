"""Operations settings: central URL (password in the keyring), backup folder and days, sync time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import keyring
import pytest

from desk_app.bootstrap import Desk
from desk_app.central.connect import KEYRING_SERVICE
from desk_app.errors import InvalidInput, NotAllowed, StorageError
from desk_app.models import Role
from desk_app.services import audit
from desk_app.services.auth import Actor
from desk_app.services.operations import (
    OperationsSettings,
    central_password,
    load_operations,
    save_operations,
)
from desk_app.services.uow import UnitOfWork
from tests.keyrings import BrokenKeyring, MemoryKeyring
from tests.unit.factories import table_counts, volunteer

URL = "postgresql://balie_oho@centraal.example.nl:5432/buurthuizen"
SECRET = "geheim"  # noqa: S105 - a test password


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def test_defaults_on_a_new_installation(desk: Desk, manager: Actor) -> None:
    settings = load_operations(desk.uow)
    assert settings == OperationsSettings()
    assert settings.backup_path(desk.folder) == desk.folder.backups


def test_saved_settings_come_back_and_are_audited(
    uow: UnitOfWork, manager: Actor, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    wanted = OperationsSettings(URL, str(tmp_path / "usb"), 30, time(2, 15))
    assert save_operations(uow, manager, wanted, password=SECRET) == wanted
    assert load_operations(uow) == wanted
    assert central_password(wanted) == "geheim"
    assert memory_keyring.passwords == {(KEYRING_SERVICE, URL): "geheim"}
    [entry, *_] = audit.recent_entries(uow, manager)
    assert entry.action == "settings.operations"
    assert entry.before["retention_days"] == 14
    assert entry.after == {
        "central_url": URL,
        "backup_folder": str(tmp_path / "usb"),
        "retention_days": 30,
        "sync_time": "02:15",
        "central_ca": "",
        "password_changed": True,
    }
    assert "geheim" not in repr(audit.recent_entries(uow, manager))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (OperationsSettings(retention_days=0), "1 tot 365"),
        (OperationsSettings(retention_days=400), "1 tot 365"),
        (OperationsSettings(backup_folder="usb"), "volledige map"),
        (OperationsSettings(central_url="mysql://x@host/db"), "klopt niet"),
        (OperationsSettings(central_url="postgresql:///zonderhost"), "klopt niet"),
        (OperationsSettings(central_url="geen adres"), "klopt niet"),
        (OperationsSettings(central_url="postgresql://u:pw@host/db"), "wachtwoordveld"),
        (OperationsSettings(central_url="postgresql://u@host/db?password=pw"), "wachtwoordveld"),
        (
            OperationsSettings(central_url="postgresql://u@host/db?sslmode=require&password=pw"),
            "wachtwoordveld",
        ),
    ],
)
def test_bad_settings_are_refused_and_nothing_written(
    uow: UnitOfWork, manager: Actor, settings: OperationsSettings, message: str
) -> None:
    before = table_counts(uow, "setting", "audit_entry")
    with pytest.raises(InvalidInput, match=message):
        save_operations(uow, manager, settings)
    assert table_counts(uow, "setting", "audit_entry") == before


def test_a_password_needs_an_address(
    uow: UnitOfWork, manager: Actor, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(InvalidInput, match="adres"):
        save_operations(uow, manager, OperationsSettings(), password=SECRET)
    assert memory_keyring.passwords == {}


def test_a_keyring_failure_rolls_the_change_back(uow: UnitOfWork, manager: Actor) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        with pytest.raises(StorageError, match="niet veilig"):
            save_operations(uow, manager, OperationsSettings(URL), password=SECRET)
    finally:
        keyring.set_keyring(previous)
    assert load_operations(uow) == OperationsSettings()


def test_only_the_social_manager_changes_settings(uow: UnitOfWork, manager: Actor) -> None:
    ria = volunteer(uow, manager, role=Role.RECEPTION)
    with pytest.raises(NotAllowed):
        save_operations(uow, ria, OperationsSettings(retention_days=3))
    assert load_operations(uow).retention_days == 14


def test_keeping_the_stored_password(
    uow: UnitOfWork, manager: Actor, memory_keyring: MemoryKeyring
) -> None:
    save_operations(uow, manager, OperationsSettings(URL), password=SECRET)
    save_operations(uow, manager, OperationsSettings(URL, retention_days=7))
    assert central_password(load_operations(uow)) == "geheim"
    assert audit.recent_entries(uow, manager)[0].after["password_changed"] is False
