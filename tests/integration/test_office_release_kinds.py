"""An office price keeps a product's kind: a strippenkaart stays one, alcohol stays at 21 %."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest

from desk_app.bootstrap import Desk
from desk_app.central.logins import add_centre, add_office
from desk_app.central.releases import MasterItem, publish_release
from desk_app.cli import main
from desk_app.errors import InvalidInput
from desk_app.services.activities.cards import CardProduct, card_products
from desk_app.services.office.price_lines import PriceLine
from desk_app.services.office.releases import publish_prices
from desk_app.services.till.pricing import grid_products
from desk_app.services.uow import UnitOfWork
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central
NEW_YEAR = date(2027, 1, 1)
FIVE, TEN = "Strippenkaart 5 keer", "Strippenkaart 10 keer"  # the demo's cards


@pytest.fixture
def westend(central_url: str, make_centre: MakeCentre) -> tuple[Desk, str]:
    """Westend's demo desk with its strippenkaarten, synced once with its own login."""
    desk = make_centre("Westend", days=3, seed=6)
    login = add_centre(central_url, "WES")
    run_sync(desk.uow, login)
    return desk, login


def _on_new_year(desk: Desk) -> UnitOfWork:
    return desk.uow.on_clock(lambda: datetime(2027, 1, 1, 9, tzinfo=UTC))


def _cards(desk: Desk) -> dict[str, CardProduct]:
    return {card.name: card for card in card_products(_on_new_year(desk))}


def _releases(central_url: str) -> int:
    with psycopg.connect(central_url) as connection:
        row = connection.execute("SELECT count(*) FROM master_release").fetchone()
        return int(str(row[0])) if row else 0


def test_a_price_from_the_editor_and_from_a_file_keeps_a_card_a_card(
    central_url: str, westend: tuple[Desk, str], tmp_path: Path
) -> None:
    desk, login = westend
    office = add_office(central_url, "kantoor")
    publish_prices(
        office, [PriceLine("Strippenkaart", TEN, 2500, 21, NEW_YEAR)], takes_effect=NEW_YEAR
    )
    prices = tmp_path / "prijzen.csv"
    prices.write_text(
        f'name,category,price,vat,from\n{FIVE},Strippenkaart,"13,50",21,\n', encoding="utf-8"
    )
    argv = ["central", "publish", str(prices), "--central", office, "--from", "2027-01-01"]
    assert main(argv) == 0
    run_sync(desk.uow, login)
    cards = _cards(desk)
    assert (cards[TEN].stamps, cards[TEN].price_cents) == (10, 2500)
    assert (cards[FIVE].stamps, cards[FIVE].price_cents) == (5, 1350)
    on_the_grid = {row.name for row in grid_products(_on_new_year(desk))}
    assert not on_the_grid & {FIVE, TEN}
    run_sync(desk.uow, login)  # the card went up again as a card: a second price keeps it too
    publish_prices(
        office, [PriceLine("Strippenkaart", TEN, 2600, 21, NEW_YEAR)], takes_effect=NEW_YEAR
    )
    run_sync(desk.uow, login)
    assert (_cards(desk)[TEN].stamps, _cards(desk)[TEN].price_cents) == (10, 2600)


def test_a_release_row_without_stamps_does_not_turn_a_card_into_a_bar_product(
    central_url: str, westend: tuple[Desk, str]
) -> None:
    desk, login = westend
    row = {
        "category": "Strippenkaart",
        "name": TEN,
        "price_cents": 2400,
        "vat_rate": 21,
        "is_alcohol": False,
        "valid_from": NEW_YEAR.isoformat(),
        "valid_to": None,
        "sort_order": 0,
        "active": True,
        "created_at": "2026-12-01T09:00:00+00:00",
    }  # as the office published it before the stamps travelled with a price
    publish_release(central_url, [MasterItem("product", uuid.uuid4(), row)], "oud")
    run_sync(desk.uow, login)
    assert (_cards(desk)[TEN].stamps, _cards(desk)[TEN].price_cents) == (10, 2400)
    assert TEN not in {row.name for row in grid_products(_on_new_year(desk))}


def test_the_office_cannot_make_a_new_card_without_its_stamps(
    central_url: str, westend: tuple[Desk, str]
) -> None:
    office = add_office(central_url, "kantoor")
    line = PriceLine("Strippenkaart", "Strippenkaart 20 keer", 4000, 21, NEW_YEAR)
    with pytest.raises(InvalidInput, match="Strippenkaart 20 keer"):
        publish_prices(office, [line], takes_effect=NEW_YEAR)
    assert _releases(central_url) == 0


def test_alcohol_at_the_low_rate_is_refused_by_the_editor_and_in_a_file(
    central_url: str,
    westend: tuple[Desk, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    office = add_office(central_url, "kantoor")
    beer = PriceLine("Bier", "Pils van de tap", 260, 9, NEW_YEAR)
    with pytest.raises(InvalidInput, match=r"Pils van de tap is alcohol .* 21%, niet 9%"):
        publish_prices(office, [beer], takes_effect=NEW_YEAR)
    prices = tmp_path / "prijzen.csv"
    prices.write_text(
        "name,category,price,vat,from\n"
        "Koffie,Koffie en thee,1.50,9,\n"
        "Pils van de tap,Bier,2.60,9,\n",
        encoding="utf-8",
    )
    argv = ["central", "publish", str(prices), "--central", office, "--from", "2027-01-01"]
    assert main(argv) == 2
    assert "Pils van de tap is alcohol" in capsys.readouterr().err
    assert _releases(central_url) == 0
    prices.write_text(prices.read_text("utf-8").replace("2.60,9", "2.60,21"), "utf-8")
    assert main(argv) == 0  # at 21 % it goes out
    assert _releases(central_url) == 1
