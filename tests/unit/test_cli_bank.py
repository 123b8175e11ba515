"""``desk-app bank import``: a statement read from the command line, as JSON, twice."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Any

import pytest

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.rooms.open_items import invoice_standing
from tests.conftest import MANAGER_PIN
from tests.unit import hire_factories as make
from tests.unit.camt_factory import Line, statement
from tests.unit.factories import table_counts


@pytest.fixture
def statement_file(desk: Desk, manager: Actor, tmp_path: Path) -> Path:
    """A statement paying the centre's one invoice by its RF reference, and one unknown credit."""
    uow = desk.uow
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(room_id, hirer_id))
    standing = invoice_standing(uow, invoice_booking(uow, manager, booking.id).id)
    assert standing is not None
    path = tmp_path / "afschrift.xml"
    path.write_bytes(
        statement(
            [
                Line("B-1", 5000, "Biljartclub De Keu", reference=standing.reference),
                Line("B-2", 1999, "Onbekende Gever", text="gift"),
            ]
        )
    )
    return path


def _run(desk: Desk, path: Path, monkeypatch: pytest.MonkeyPatch, pin: str = MANAGER_PIN) -> int:
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": pin)
    return main(["--data-dir", str(desk.folder.root), "bank", "import", str(path), "--json"])


def test_the_import_as_json_and_a_second_run_books_nothing(
    desk: Desk,
    statement_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(desk, statement_file, monkeypatch) == 0
    first: Any = json.loads(capsys.readouterr().out)
    assert [
        (row["amount_cents"], row["counterparty"], row["invoice"]) for row in first["matched"]
    ] == [(5000, "Biljartclub De Keu", "MEE-000001")]
    assert [(row["amount_cents"], row["counterparty"]) for row in first["unmatched"]] == [
        (1999, "Onbekende Gever")
    ]
    counts = table_counts(desk.uow, "invoice_payment")
    assert _run(desk, statement_file, monkeypatch) == 0
    second: Any = json.loads(capsys.readouterr().out)
    assert second["matched"] == []
    assert [(row["entry"], row["invoice"]) for row in second["already_booked"]] == [
        ("B-1", "MEE-000001")
    ]
    assert table_counts(desk.uow, "invoice_payment") == counts


def test_a_wrong_pin_or_file_is_refused_in_dutch(
    desk: Desk,
    statement_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(desk, statement_file, monkeypatch, pin="000000") == 2
    assert "pincode" in capsys.readouterr().err.lower()
    statement_file.write_bytes(statement_file.read_bytes()[:300])
    assert _run(desk, statement_file, monkeypatch) == 2
    assert "onvolledig" in capsys.readouterr().err
    assert table_counts(desk.uow, "invoice_payment")["invoice_payment"] == 0


def test_the_import_as_text(
    desk: Desk,
    statement_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": MANAGER_PIN)
    args = ["--data-dir", str(desk.folder.root), "bank", "import", str(statement_file)]
    assert main([*args, "--manager", "sanne de vries"]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first.endswith("Biljartclub De Keu  reference  MEE-000001")
    assert "Onbekende Gever  open" in second
    assert main([*args, "--manager", "Iemand"]) == 2
    assert "--manager" in capsys.readouterr().err
