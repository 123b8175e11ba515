"""The till keeps its price list, settings and receipt header between sales, never stale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from desk_app.central.releases import MasterItem, Release
from desk_app.db.engine import open_database
from desk_app.errors import InvalidInput
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import ProductDraft, save_product
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from desk_app.sync import pull
from tests.unit.till_factories import Bar, set_up_bar

CASH = PaymentIn(PaymentMethod.CASH)


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


def _coffee(uow: UnitOfWork, bar: Bar) -> int:
    return sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH]).total_cents


def test_a_price_another_process_commits_is_charged_at_the_next_sale(
    uow: UnitOfWork, bar: Bar
) -> None:
    assert _coffee(uow, bar) == 120  # the price list is kept from here on
    elsewhere = open_database(uow.database.path)  # a second process: its own writer, own caches
    try:
        other = UnitOfWork(elsewhere, clock=uow.clock, logins=uow.logins)
        draft = ProductDraft("Koffie en thee", "Koffie", 135, 9, False, date(2026, 1, 1))
        save_product(other, bar.manager, draft, bar.products["Koffie"])
    finally:
        elsewhere.dispose()
    assert _coffee(uow, bar) == 135


def test_a_pulled_price_is_charged_at_the_next_sale(
    uow: UnitOfWork, bar: Bar, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_central(_url: str, work: Callable[[None], int]) -> int:
        return work(None)

    item = MasterItem("product", bar.products["Koffie"], {"price_cents": 140})
    monkeypatch.setattr(pull, "read_central", no_central)
    monkeypatch.setattr(pull, "releases_after", lambda *_args: [Release(1, [item])])
    taken: list[int] = []
    monkeypatch.setattr(pull, "note_taken", lambda _c, _code, number: taken.append(number))
    assert _coffee(uow, bar) == 120
    pull.pull_master_data(uow, "postgresql://office")
    assert _coffee(uow, bar) == 140
    assert taken == [1]  # the office hears the release was taken in


def test_a_product_switched_off_is_refused_at_the_next_sale(uow: UnitOfWork, bar: Bar) -> None:
    assert _coffee(uow, bar) == 120
    draft = ProductDraft("Koffie en thee", "Koffie", 120, 9, False, date(2026, 1, 1), active=False)
    save_product(uow, bar.manager, draft, bar.products["Koffie"])
    with pytest.raises(InvalidInput, match="niet \\(meer\\) te koop"):
        _coffee(uow, bar)


def test_a_renamed_centre_is_on_the_next_receipt(uow: UnitOfWork, bar: Bar) -> None:
    first = sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])
    details = centre_details(uow)
    assert first.centre_name == details.name
    update_centre(uow, bar.manager, replace(details, name="Buurthuis De Nieuwe Meent"))
    later = sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])
    assert later.centre_name == "Buurthuis De Nieuwe Meent"
