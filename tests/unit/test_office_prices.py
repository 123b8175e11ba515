"""The price list as a CSV file, and ``desk-app prices`` at a desk."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.errors import InvalidInput
from desk_app.services.auth import Actor
from desk_app.services.office.price_csv import read_price_csv
from desk_app.services.office.price_lines import PriceLine, parse_price
from desk_app.services.till.pricing import ProductDraft, save_product

HEADER = "name,category,price,vat,from\n"
START = date(2027, 1, 1)


def test_a_price_list_is_read_with_dutch_commas_dots_and_the_default_start() -> None:
    lines = read_price_csv(
        "\ufeff" + HEADER + 'Koffie,Koffie en thee,"1,50",9,2027-02-01\n'
        "Pils van de tap,Bier,€ 2.6,21%,\n"
        "Bijdrage creatief,Activiteiten,2,0 %,\n\n",
        START,
    )
    assert lines == [
        PriceLine("Koffie en thee", "Koffie", 150, 9, date(2027, 2, 1)),
        PriceLine("Bier", "Pils van de tap", 260, 21, START),
        PriceLine("Activiteiten", "Bijdrage creatief", 200, 0, START),  # exempt: no VAT
    ]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Koffie,Koffie en thee,gratis,9,", "Regel 3: De prijs gratis is geen bedrag"),
        ("Koffie,Koffie en thee,1.20,6,", "Regel 3: Het btw-tarief 6 kan niet"),
        ("Koffie,Koffie en thee,1.20,9,1-1-2027", "Regel 3: De datum 1-1-2027 is geen datum"),
        ("Koffie,Koffie en thee,1,20,9,", "Regel 3: 6 velden in plaats van 5."),
        (",Koffie en thee,1.20,9,", "Regel 3: Vul een naam in."),
        ("Koffie,Koffie en thee,150.00,9,", "Regel 3: Een prijs ligt tussen 0 en 100 euro."),
        ("Thee,koffie en thee,1.00,9,", "Regel 3 noemt hetzelfde als regel 2."),
    ],
)
def test_one_bad_row_refuses_the_whole_file_with_its_number(row: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_price_csv(HEADER + "Thee,Koffie en thee,1.10,9,\n" + row + "\n", START)
    assert refused.value.message.startswith(reason), refused.value.message
    assert refused.value.message.endswith("Er is niets gepubliceerd.")


def test_a_file_without_the_header_or_without_prices_is_refused() -> None:
    with pytest.raises(InvalidInput, match="name,category,price,vat,from"):
        read_price_csv("naam,groep,prijs\nKoffie,Koffie,1\n", START)
    with pytest.raises(InvalidInput, match="geen regels"):
        read_price_csv(HEADER, START)


@pytest.mark.parametrize(
    ("text", "cents"), [("1,8", 180), ("2", 200), ("0,05", 5), ("12.50", 1250)]
)
def test_prices_are_read_as_cents(text: str, cents: int) -> None:
    assert parse_price(text) == cents


def test_prices_lists_what_the_till_sells_today(
    desk: Desk, manager: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    now = ProductDraft("Koffie en thee", "Koffie", 120, 9, False, date(2026, 1, 1))
    later = ProductDraft("Koffie en thee", "Koffie", 150, 9, False, date(2099, 1, 1))
    for draft in (now, later):
        save_product(desk.uow, manager, draft)
    assert main(["--data-dir", str(desk.folder.root), "prices", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    coffee = [item for item in listed if item["name"] == "Koffie"]
    assert coffee == [
        {
            "name": "Koffie",
            "category": "Koffie en thee",
            "price_cents": 120,
            "vat_rate": 9,
            "valid_from": "2026-01-01",
        }
    ]
    assert main(["--data-dir", str(desk.folder.root), "prices"]) == 0
    assert "Koffie" in capsys.readouterr().out
