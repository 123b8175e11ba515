"""The office publishes prices; the centres they are meant for take them in at their next sync."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from desk_app.bootstrap import Desk
from desk_app.central.logins import add_centre, add_office
from desk_app.central.releases import publish_release
from desk_app.cli import main
from desk_app.errors import NotAllowed
from desk_app.models import Room, RoomRate, TariffClass
from desk_app.paths import DataFolder
from desk_app.services.office.address import load_office_address, sign_in
from desk_app.services.office.price_lines import PriceLine
from desk_app.services.office.releases import price_book, publish_prices
from desk_app.services.rooms.hire_rules import hire_price
from desk_app.services.rooms.scheduled_rates import scheduled_rates
from desk_app.services.till.pricing import grid_products
from desk_app.sync.pull import last_release
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central
NEW_YEAR = date(2027, 1, 1)


def _price(desk: Desk, name: str, on: date) -> int:
    """What the till asks for ``name`` on the morning of ``on``."""
    moment = datetime(on.year, on.month, on.day, 9, tzinfo=UTC)
    rows = grid_products(desk.uow.on_clock(lambda: moment))
    return next(row.price_cents for row in rows if row.name == name)


def _releases(central_url: str) -> int:
    with psycopg.connect(central_url) as connection:
        row = connection.execute("SELECT count(*) FROM master_release").fetchone()
        return int(str(row[0])) if row else 0


@pytest.fixture
def logins(central_url: str, make_centre: MakeCentre) -> dict[str, tuple[Desk, str]]:
    """Alleman and Westend, each synced once with its own login."""
    desks = {
        "ALM": make_centre("Alleman", days=3, seed=5),
        "WES": make_centre("Westend", days=3, seed=6),
    }
    result = {}
    for code, desk in desks.items():
        login = add_centre(central_url, code)
        run_sync(desk.uow, login)
        result[code] = (desk, login)
    return result


def test_a_release_reaches_the_centres_it_is_meant_for_from_its_start_date(
    central_url: str, logins: dict[str, tuple[Desk, str]]
) -> None:
    office = add_office(central_url, "kantoor")
    coffee = PriceLine("Koffie en thee", "Koffie", 150, 9, NEW_YEAR)
    everyone = publish_prices(office, [coffee], takes_effect=NEW_YEAR, note="koffie 2027")
    tea = PriceLine("Koffie en thee", "Thee", 130, 9, NEW_YEAR)
    westend_only = publish_prices(office, [tea], takes_effect=NEW_YEAR, centre_code="WES")
    (alleman, alleman_login), (westend, westend_login) = logins["ALM"], logins["WES"]

    run_sync(alleman.uow, alleman_login)
    assert last_release(alleman.uow) == everyone
    assert _price(alleman, "Koffie", date(2026, 12, 31)) == 120
    assert _price(alleman, "Koffie", NEW_YEAR) == 150
    assert _price(alleman, "Thee", NEW_YEAR) == 100  # Westend's release stays there
    book = price_book(office, NEW_YEAR)
    by_number = {release.number: release for release in book.releases}
    assert by_number[everyone].taken_by == ("ALM",)
    assert by_number[everyone].waiting == ("WES",)
    assert by_number[everyone].takes_effect == NEW_YEAR
    assert by_number[westend_only].meant_for == ("WES",)
    assert by_number[westend_only].taken_by == ()

    run_sync(westend.uow, westend_login)
    assert _price(westend, "Thee", NEW_YEAR) == 130
    assert _price(westend, "Koffie", NEW_YEAR) == 150
    book = price_book(office, NEW_YEAR)
    assert {r.number: r.taken_by for r in book.releases} == {
        everyone: ("ALM", "WES"),
        westend_only: ("WES",),
    }
    listed = {(line.name, line.price_cents) for line in book.lines}
    assert ("Koffie", 150) in listed


def test_a_centre_login_cannot_publish(
    central_url: str, logins: dict[str, tuple[Desk, str]]
) -> None:
    _desk, alleman_login = logins["ALM"]
    coffee = PriceLine("Koffie en thee", "Koffie", 10, 9, NEW_YEAR)
    with pytest.raises(NotAllowed):
        publish_prices(alleman_login, [coffee], takes_effect=NEW_YEAR)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        publish_release(alleman_login, [])
    assert _releases(central_url) == 0


def test_a_csv_with_one_bad_row_publishes_nothing(
    central_url: str,
    logins: dict[str, tuple[Desk, str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    office = add_office(central_url, "kantoor")
    prices = tmp_path / "prijzen.csv"
    prices.write_text(
        "name,category,price,vat,from\n"
        'Koffie,Koffie en thee,"1,50",9,2027-01-01\n'
        "Thee,Koffie en thee,1.30,9,\n"
        "Pils van de tap,Bier,2;60,21,2027-01-01\n",
        encoding="utf-8",
    )
    argv = ["central", "publish", str(prices), "--central", office, "--from", "2027-01-01"]
    assert main(argv) == 2
    assert "Regel 4" in capsys.readouterr().err
    assert _releases(central_url) == 0
    prices.write_text(prices.read_text(encoding="utf-8").replace("2;60", "2.60"), "utf-8")
    assert main([*argv, "--centre", "wes"]) == 0
    assert "Release 1" in capsys.readouterr().out
    book = price_book(office, NEW_YEAR)
    assert book.releases[0].centre_code == "WES"
    assert book.releases[0].items == 3


def _hire(desk: Desk, room_name: str, on: date) -> tuple[int, int]:
    """A commercial morning in ``room_name`` on ``on``: its price and VAT rate."""
    with desk.uow.read() as tx:
        room = tx.session.scalars(select(Room).where(Room.name == room_name)).one()
        span = (datetime(on.year, on.month, on.day, 9, tzinfo=UTC),) * 2
        return hire_price(tx.session, room, TariffClass.COMMERCIAL, (span[0], span[1]), True)


def test_room_tariffs_wait_for_their_day_and_reach_only_rooms_of_that_name(
    central_url: str, logins: dict[str, tuple[Desk, str]], tmp_path: Path
) -> None:
    office = add_office(central_url, "kantoor")
    tariffs = tmp_path / "tarieven.csv"
    tariffs.write_text(
        "room,tariff_class,part_of_day,hour,vat,from\n"
        'Grote zaal,commercial,"120,00",40,21,\n'
        "Vergaderkamer,commercieel,60,20,0,2020-01-01\n"
        "Zaal die niemand heeft,social,10,5,0,\n",
        encoding="utf-8",
    )
    argv = ["central", "publish", str(tariffs), "--kind", "tariffs", "--central", office]
    assert main([*argv, "--from", "2027-01-01"]) == 0
    alleman, login = logins["ALM"]
    before = _hire(alleman, "Grote zaal", date(2026, 12, 31))
    assert run_sync(alleman.uow, login).received == 2  # the unknown room is left out
    assert _hire(alleman, "Grote zaal", date(2026, 12, 31)) == before
    assert _hire(alleman, "Grote zaal", NEW_YEAR) == (12000, 21)
    assert _hire(alleman, "Vergaderkamer", date(2026, 6, 1)) == (6000, 0)  # started already
    run_sync(alleman.uow, login)  # the rates it took in go up with its next sync
    book = price_book(office, NEW_YEAR)
    assert book.releases[0].taken_by == ("ALM",)
    assert ("ALM", "Vergaderkamer", 6000) in {
        (t.centre_code, t.room, t.part_of_day_cents)
        for t in book.tariffs
        if t.tariff_class is TariffClass.COMMERCIAL
    }
    assert ("ALM", "Grote zaal", 12000) not in {
        (t.centre_code, t.room, t.part_of_day_cents) for t in book.tariffs
    }  # not before its day
    new_year = alleman.uow.on_clock(lambda: datetime(2027, 1, 1, 23, tzinfo=UTC))
    run_sync(new_year, login)
    with alleman.uow.read() as tx:
        assert scheduled_rates(tx.session) == []
        kept = tx.session.scalars(
            select(RoomRate.part_of_day_cents)
            .join(Room, Room.id == RoomRate.room_id)
            .where(Room.name == "Grote zaal", RoomRate.tariff_class == TariffClass.COMMERCIAL)
        ).one()
    assert kept == 12000


def test_a_release_taken_in_is_fixed_and_one_not_yet_taken_is_not(
    central_url: str, logins: dict[str, tuple[Desk, str]]
) -> None:
    office = add_office(central_url, "kantoor")
    coffee = PriceLine("Koffie en thee", "Koffie", 150, 9, NEW_YEAR)
    for_alleman = publish_prices(office, [coffee], takes_effect=NEW_YEAR, centre_code="ALM")
    for_westend = publish_prices(office, [coffee], takes_effect=NEW_YEAR, centre_code="WES")
    alleman, login = logins["ALM"]
    run_sync(alleman.uow, login)
    with psycopg.connect(office, autocommit=True) as connection:
        change = "UPDATE master_release SET note = 'anders' WHERE number = %s"
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
            connection.execute(change, (for_alleman,))
        assert connection.execute(change, (for_westend,)).rowcount == 1
    with (
        psycopg.connect(central_url, autocommit=True) as owner,
        pytest.raises(psycopg.errors.IntegrityConstraintViolation),
    ):
        owner.execute("DELETE FROM master_item WHERE release_number = %s", (for_alleman,))


def test_a_centre_login_is_not_taken_as_the_office(
    central_url: str, logins: dict[str, tuple[Desk, str]], tmp_path: Path
) -> None:
    desk, alleman_login = logins["ALM"]
    with pytest.raises(NotAllowed, match="niet de login van het kantoor"):
        sign_in(desk.uow, DataFolder(tmp_path / "kantoor"), alleman_login)
    assert load_office_address(desk.uow) is None
