"""A new centre's starting point: stored with the centre in one go, or not at all."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desk_app.errors import InvalidInput
from desk_app.models import Centre, Product, Room, RoomRate
from desk_app.services import centre
from desk_app.services.centre import CentreDetails, set_up_centre
from desk_app.services.day_close.overview import opening_float
from desk_app.services.starter import (
    STARTER_PRODUCTS,
    STARTER_ROOMS,
    StarterProduct,
    StarterRoom,
    StartingPoint,
)
from desk_app.services.till import pricing
from desk_app.services.till.settings import PrinterConfig, load_settings
from desk_app.services.uow import UnitOfWork

DETAILS = CentreDetails(name="Buurthuis Oost", code="OOS")


def set_up(uow: UnitOfWork, start: StartingPoint) -> None:
    set_up_centre(uow, DETAILS, manager_name="Sanne de Vries", manager_pin="246813", start=start)


def count(uow: UnitOfWork, table: type[object]) -> int:
    with uow.read() as tx:
        return int(tx.session.scalar(select(func.count()).select_from(table)) or 0)


def test_the_starter_list_has_the_right_vat_and_alcohol_flags() -> None:
    alcohol = {p.name for p in STARTER_PRODUCTS if p.is_alcohol}
    assert alcohol == {"Pils", "Rode wijn", "Witte wijn"}
    assert all(p.vat_rate == (21 if p.is_alcohol else 9) for p in STARTER_PRODUCTS)
    categories = {p.category for p in STARTER_PRODUCTS}
    assert {"Koffie en thee", "Frisdrank", "Bier", "Wijn", "Snacks"} <= categories


def test_the_whole_starting_point_is_stored_with_the_centre(uow: UnitOfWork) -> None:
    printer = PrinterConfig(kind="network", host=" 192.168.1.50 ")
    set_up(uow, StartingPoint(STARTER_PRODUCTS, STARTER_ROOMS[:2], 15_000, printer))

    grid = pricing.grid_products(uow)
    assert [p.name for p in grid][:2] == ["Koffie", "Thee"]
    assert len(grid) == len(STARTER_PRODUCTS)
    assert count(uow, Room) == 2
    assert count(uow, RoomRate) == 4
    assert load_settings(uow).printer.host == "192.168.1.50"
    with uow.read() as tx:
        assert opening_float(tx.session, date(2026, 3, 2)) == 15_000


def test_a_float_not_in_whole_five_cents_writes_nothing(uow: UnitOfWork) -> None:
    with pytest.raises(InvalidInput, match="veelvoud van 5 cent"):
        set_up(uow, StartingPoint(STARTER_PRODUCTS, STARTER_ROOMS, 10_002))
    assert not centre.is_set_up(uow)
    assert (count(uow, Centre), count(uow, Product), count(uow, Room)) == (0, 0, 0)


def test_a_bad_product_or_double_room_refuses_the_whole_set_up(uow: UnitOfWork) -> None:
    dear = StarterProduct("Bier", "Champagne", 20_000, 21, is_alcohol=True)
    with pytest.raises(InvalidInput, match="tussen 0 en 100 euro"):
        set_up(uow, StartingPoint((*STARTER_PRODUCTS, dear)))
    double = (StarterRoom("Zaal", 10, 1000), StarterRoom("zaal ", 12, 1000))
    with pytest.raises(InvalidInput, match="al een zaal"):
        set_up(uow, StartingPoint(rooms=double))
    assert not centre.is_set_up(uow)
    assert count(uow, Product) == 0


def test_a_network_printer_needs_an_address(uow: UnitOfWork) -> None:
    with pytest.raises(InvalidInput, match="netwerkadres"):
        set_up(uow, StartingPoint(printer=PrinterConfig(kind="network", host="")))
    assert not centre.is_set_up(uow)


def test_without_a_first_float_or_close_the_drawer_starts_empty(uow: UnitOfWork) -> None:
    set_up_centre(uow, DETAILS, manager_name="Sanne de Vries", manager_pin="246813")
    with uow.read() as tx:
        assert opening_float(tx.session, date(2026, 3, 2)) == 0
