"""The office publishes the ledger mapping; a desk takes it in and its books follow it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.cli import main
from desk_app.commands import EXIT_OK, EXIT_REFUSED
from desk_app.models import LedgerAccount
from desk_app.services.books.books import period_books
from desk_app.services.books.ledger import Account
from desk_app.services.books.ledger_master import ledger_csv
from desk_app.sync.service import run_sync
from tests.integration.checks import compare
from tests.integration.conftest import DEMO_END, MakeCentre

pytestmark = pytest.mark.central


def _file(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "grootboek.csv"
    text = ledger_csv().decode()
    assert old in text
    path.write_text(text.replace(old, new))
    return path


def _cash_numbers(accounts: tuple[Account, ...]) -> set[str]:
    return {account.number for account in accounts if account.rgs == "BLimKasKas"}


def test_a_published_mapping_reaches_the_desk_and_its_books(
    central_url: str, make_centre: MakeCentre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre(days=3)
    first = date(DEMO_END.year, DEMO_END.month, 1)
    before = period_books(desk.uow, first, DEMO_END)
    assert _cash_numbers(before.accounts) == {"1000"}
    path = _file(tmp_path, "cash;1000;Kas;", "cash;1001;Kas De Meent;")
    assert main(["central", "publish-ledger", str(path), "--central", central_url]) == EXIT_OK
    assert "release 1" in capsys.readouterr().out
    result = run_sync(desk.uow, central_url)
    assert result.received == 23  # every slot, the strippenkaarten' four included
    after = period_books(desk.uow, first, DEMO_END)
    assert _cash_numbers(after.accounts) == {"1001"}
    cash_lines = [
        line for e in after.entries for line in e.lines if line.account.rgs == "BLimKasKas"
    ]
    assert cash_lines
    assert {line.account.number for line in cash_lines} == {"1001"}
    # A second release replaces the rows of the first; the rows went up unchanged.
    path = _file(tmp_path, "cash;1000;Kas;", "cash;1002;Kas;")
    assert main(["central", "publish-ledger", str(path), "--central", central_url]) == EXIT_OK
    run_sync(desk.uow, central_url)
    with desk.uow.read() as tx:
        assert tx.session.scalar(select(func.count()).select_from(LedgerAccount)) == 23
    assert _cash_numbers(period_books(desk.uow, first, DEMO_END).accounts) == {"1002"}
    run_sync(desk.uow, central_url)
    assert compare(desk, central_url, seed=1).clean


def test_a_wrong_file_publishes_nothing(
    central_url: str, make_centre: MakeCentre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre(days=2)
    path = _file(tmp_path, "BLimKasKas", "Kas")
    assert main(["central", "publish-ledger", str(path), "--central", central_url]) == EXIT_REFUSED
    assert "geen RGS-referentiecode" in capsys.readouterr().err
    assert run_sync(desk.uow, central_url).received == 0
    with desk.uow.read() as tx:
        assert tx.session.scalar(select(func.count()).select_from(LedgerAccount)) == 0
