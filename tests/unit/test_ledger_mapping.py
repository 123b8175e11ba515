"""The ledger mapping: RGS defaults from the reference list, the office's CSV read whole."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from desk_app.errors import InvalidInput
from desk_app.services.books.ledger import DEFAULT_LEDGER, AccountKind
from desk_app.services.books.ledger_file import read_ledger_csv
from desk_app.services.books.ledger_master import ledger_csv, ledger_from_slots, slots

REFERENCE = Path(__file__).with_name("rgs_reference.csv")


def _reference() -> dict[str, dict[str, str]]:
    lines = [line for line in REFERENCE.read_text().splitlines() if not line.startswith("#")]
    return {row["code"]: row for row in csv.DictReader(lines, delimiter=";")}


def test_every_default_account_has_an_active_level_four_rgs_code_of_its_kind() -> None:
    reference = _reference()
    for account in DEFAULT_LEDGER.accounts():
        row = reference.get(account.rgs)
        assert row is not None, account
        assert (row["level"], row["status"]) == ("4", "A"), account
        balance = account.kind is AccountKind.BALANCE
        assert account.rgs.startswith("B" if balance else "W"), account


def test_the_template_reads_back_as_the_defaults() -> None:
    found = read_ledger_csv(ledger_csv())
    assert found == slots(DEFAULT_LEDGER)
    assert ledger_from_slots(found) == DEFAULT_LEDGER
    assert len(found) == 23  # strippenkaarten: their credit and activities at three rates


def test_a_changed_slot_replaces_only_that_slot() -> None:
    text = ledger_csv().decode().replace("cash;1000;Kas;B", "cash,1001,Kas Meent,B")
    text = text.replace(";", ",")  # a spreadsheet that writes commas
    ledger = ledger_from_slots(read_ledger_csv(text.encode()))
    assert (ledger.cash.number, ledger.cash.name) == ("1001", "Kas Meent")
    assert replace(ledger, cash=DEFAULT_LEDGER.cash) == DEFAULT_LEDGER


def _edited(old: str, new: str) -> bytes:
    text = ledger_csv().decode()
    assert old in text
    return text.replace(old, new).encode()


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "de eerste regel moet slot;number;name;kind;rgs zijn"),
        (b"\xff\xfe", "de eerste regel moet"),
        (_edited("cash;", "kassa;"), "onbekend veld kassa"),
        (_edited("bank;1100", "cash;1100"), "cash staat er twee keer in"),
        (ledger_csv().decode().rsplit("\n", 2)[0].encode(), "ontbreken: bad_debts"),
        (_edited("BLimKasKas", "Kas"), "Kas is geen RGS-referentiecode"),
        (_edited("Kas;B;", "Kas;P;"), "balansrekening heeft een RGS-code met B"),
        (_edited("Kas;B;", "Kas;X;"), "de soort is B"),
        (_edited("1100;Bank", "1000;Bank"), "Rekening 1000 staat er twee keer in"),
        (_edited("1100;Bank;B;BLimBanRba", "1100;Bank;B"), "niet precies vijf kolommen"),
        (_edited(";Kas;", ";;"), "geef een rekeningnummer"),
    ],
)
def test_a_wrong_file_is_refused_whole(data: bytes, says: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_ledger_csv(data)
    assert says in refused.value.message
