"""``desk-app invoices remind``: the manager's PIN, a dry run, and one PDF per reminder made."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoicing import invoice_booking
from tests.conftest import MANAGER_PIN
from tests.documents import pdf_text
from tests.unit import hire_factories as make
from tests.unit.factories import table_counts


@pytest.fixture
def overdue(desk: Desk, manager: Actor, monkeypatch: pytest.MonkeyPatch) -> Desk:
    """Two invoices of March 2026, long overdue on the real date the command runs on."""
    room_id, hirer_id = make.room(desk.uow, manager), make.hirer(desk.uow, manager)
    for week in range(2):
        request = make.request(room_id, hirer_id, day=make.MONDAY + timedelta(weeks=week))
        invoice_booking(desk.uow, manager, book_room(desk.uow, manager, request).id)
    monkeypatch.setattr("getpass.getpass", lambda _prompt: MANAGER_PIN)  # the manager types it
    return desk


def _remind(desk: Desk, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    args = ["--data-dir", str(desk.folder.root), "invoices", "remind", *extra]
    assert main(args) == 0
    return capsys.readouterr().out


def test_a_dry_run_lists_the_reminders_and_records_none(
    overdue: Desk, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = _remind(overdue, capsys, "--dry-run", "--out", str(tmp_path / "brieven"))
    assert "MEE-000001" in out
    assert "MEE-000002" in out
    assert "herinnering" in out
    assert "Proefdraai" in out
    assert table_counts(overdue.uow, "invoice_reminder")["invoice_reminder"] == 0
    assert not (tmp_path / "brieven").exists()


def test_the_reminders_are_recorded_once_and_written_as_pdfs(
    overdue: Desk, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_dir = tmp_path / "brieven"
    _remind(overdue, capsys, "--out", str(out_dir))
    letters = sorted(out_dir.glob("*.pdf"))
    assert [p.name.split("-2")[0] for p in letters] == [
        "herinnering-MEE-000001",
        "herinnering-MEE-000002",
    ]
    assert "MEE-000001" in pdf_text(letters[0].read_bytes())
    assert table_counts(overdue.uow, "invoice_reminder")["invoice_reminder"] == 2
    again = _remind(overdue, capsys, "--out", str(out_dir))
    assert "Geen facturen" in again
    assert table_counts(overdue.uow, "invoice_reminder")["invoice_reminder"] == 2


def test_a_wrong_pin_is_refused_and_records_nothing(
    overdue: Desk, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda _prompt: "000000")
    assert main(["--data-dir", str(overdue.folder.root), "invoices", "remind"]) != 0
    assert "pincode" in capsys.readouterr().err.lower()
    assert table_counts(overdue.uow, "invoice_reminder")["invoice_reminder"] == 0


def test_a_file_given_as_the_folder_is_refused_before_anything_is_recorded(
    overdue: Desk, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a_file = tmp_path / "brieven"
    a_file.write_text("geen map")
    args = ["--data-dir", str(overdue.folder.root), "invoices", "remind", "--out", str(a_file)]
    assert main(args) == 2
    assert f"{a_file} is geen map" in capsys.readouterr().err
    assert table_counts(overdue.uow, "invoice_reminder")["invoice_reminder"] == 0


def test_letters_that_fail_after_recording_are_named_and_printed_again(
    overdue: Desk,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(*_args: object) -> Path:
        raise OSError(28, "No space left on device")

    out_dir = tmp_path / "brieven"
    with monkeypatch.context() as patch:
        patch.setattr("desk_app.documents.archive.archive_document", full_disk)
        args = ["--data-dir", str(overdue.folder.root), "invoices", "remind", "--out", str(out_dir)]
        assert main(args) == 2
    error = capsys.readouterr().err
    assert "zijn vastgelegd, maar de brieven konden niet worden bewaard" in error
    assert "MEE-000001, MEE-000002" in error
    assert "desk-app invoices remind --reprint 20" in error
    assert table_counts(overdue.uow, "invoice_reminder")["invoice_reminder"] == 2
    out = _remind(overdue, capsys, "--reprint", "--out", str(out_dir))
    assert "MEE-000002" in out
    assert len(list(out_dir.glob("herinnering-*.pdf"))) == 2
    assert table_counts(overdue.uow, "invoice_reminder")["invoice_reminder"] == 2
