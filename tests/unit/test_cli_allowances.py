"""``desk-app allowances``: the office's file read in from the command line, and who is near."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.services.auth import Actor
from tests.conftest import MANAGER_PIN
from tests.unit.factories import table_counts


def _run(desk: Desk, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": MANAGER_PIN)
    return main(["--data-dir", str(desk.folder.root), "allowances", *args])


def test_the_file_is_read_in_and_the_manager_shows_as_near(
    desk: Desk,
    manager: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "vergoedingen.csv"
    path.write_text(
        f"vrijwilliger_id;naam;maand;bedrag\n{manager.person_id};Sanne;2026-02;200,00\n",
        encoding="utf-8",
    )
    assert _run(desk, monkeypatch, "import", str(path)) == 0
    assert "1 vergoedingen ingelezen." in capsys.readouterr().out
    assert _run(desk, monkeypatch, "near", "--year", "2026", "--json") == 0
    (near,) = json.loads(capsys.readouterr().out)
    assert near["name"] == "Sanne de Vries"
    assert (near["total_cents"], near["limit"], near["limit_cents"]) == (20_000, "maand", 21_000)
    assert _run(desk, monkeypatch, "list", "--year", "2026", "--json") == 0
    (paid,) = json.loads(capsys.readouterr().out)
    assert (paid["month"], paid["amount_cents"], paid["reversed"]) == ("2026-02", 20_000, False)
    assert _run(desk, monkeypatch, "reverse", paid["id"]) == 0
    assert "De vergoeding is teruggedraaid." in capsys.readouterr().out
    assert _run(desk, monkeypatch, "near", "--year", "2026", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_wrong_file_is_refused_in_dutch_and_writes_nothing(
    desk: Desk,
    manager: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "vergoedingen.csv"
    path.write_text("naam;bedrag\nSanne;10,00\n", encoding="utf-8")
    before = table_counts(desk.uow, "allowance_payment")
    assert _run(desk, monkeypatch, "import", str(path)) == 2
    assert "De eerste regel moet zijn: vrijwilliger_id;naam;maand;bedrag" in capsys.readouterr().err
    assert table_counts(desk.uow, "allowance_payment") == before
