"""The central address from ``sync --central``: stored once freely, changed only by a manager."""

from __future__ import annotations

import pytest

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.errors import InvalidInput, NotAllowed
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor
from desk_app.services.operations import load_operations, remember_central_url
from desk_app.sync.service import sync_log
from tests.conftest import MANAGER_PIN

FIRST = "postgresql://balie_mee@centraal.example.nl/buurthuizen"
OTHER = "postgresql://balie_mee@elders.example.com/buurthuizen"
LOCAL = "postgresql://desk@127.0.0.1:1/central"  # nothing listens: a sync to it fails


def _operations_entries(desk: Desk, manager: Actor) -> list[tuple[str, object]]:
    return [
        (row.actor_name, row.after["central_url"])
        for row in recent_entries(desk.uow, manager)
        if row.action == "settings.operations"
    ]


def test_the_first_address_is_stored_without_a_manager(desk: Desk, manager: Actor) -> None:
    assert remember_central_url(desk.uow, FIRST) == FIRST
    assert remember_central_url(desk.uow, FIRST) == FIRST  # the same again changes nothing
    assert load_operations(desk.uow).central_url == FIRST
    assert _operations_entries(desk, manager) == []  # nothing replaced: nothing to audit


def test_another_address_is_refused_without_a_manager(desk: Desk, manager: Actor) -> None:
    remember_central_url(desk.uow, FIRST)
    with pytest.raises(NotAllowed, match="Alleen een sociaal beheerder") as refused:
        remember_central_url(desk.uow, OTHER)
    assert FIRST in refused.value.message
    assert load_operations(desk.uow).central_url == FIRST
    assert remember_central_url(desk.uow, OTHER, actor=manager) == OTHER
    assert load_operations(desk.uow).central_url == OTHER
    assert _operations_entries(desk, manager)[0] == ("Sanne de Vries", OTHER)


def test_an_unsafe_address_is_refused_even_as_the_first(desk: Desk, manager: Actor) -> None:
    del manager  # a set-up centre
    with pytest.raises(InvalidInput, match="sslmode=require"):
        remember_central_url(desk.uow, f"{OTHER}?sslmode=require")
    assert load_operations(desk.uow).central_url == ""


def test_the_sync_command_asks_a_manager_before_using_another_address(
    desk: Desk,
    manager: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    del manager  # a set-up centre
    remember_central_url(desk.uow, FIRST)
    before = len(sync_log(desk.uow))
    monkeypatch.setattr("getpass.getpass", lambda _prompt: "000000")
    assert main(["--data-dir", str(desk.folder.root), "sync", "--central", LOCAL]) == 2
    error = capsys.readouterr().err
    assert "wijkt af van het bewaarde adres" in error
    assert "Onjuiste pincode" in error
    assert len(sync_log(desk.uow)) == before  # nothing was sent anywhere
    monkeypatch.setattr("getpass.getpass", lambda _prompt: MANAGER_PIN)
    assert main(["--data-dir", str(desk.folder.root), "sync", "--central", LOCAL]) == 2
    assert "niet bereikbaar" in capsys.readouterr().err
    assert len(sync_log(desk.uow)) == before + 1  # tried, failed: the stored one stays
    assert load_operations(desk.uow).central_url == FIRST
