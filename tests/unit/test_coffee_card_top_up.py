"""Topping up a coffee card: a movement by the person at the till, within the card's maximum."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk_app.codes import CodeKind, new_code
from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import CoffeeCardMovement, PaymentMethod, Role
from desk_app.services.auth import Actor
from desk_app.services.day_close.sign_off import Closing, close_day
from desk_app.services.till.coffee_cards import MAX_BALANCE_CENTS, card_info, issue_card, top_up
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN
from tests.unit.day_close_factories import counts_for
from tests.unit.factories import table_counts, volunteer
from tests.unit.till_factories import Bar, set_up_bar

TODAY = date(2026, 3, 2)  # the test clock's day
WRITTEN = ("coffee_card", "coffee_card_movement", "audit_entry")


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


def test_a_top_up_is_a_movement_by_the_person_at_the_till(uow: UnitOfWork, bar: Bar) -> None:
    card = issue_card(uow, bar.seller, 500, PaymentMethod.CASH)
    after = top_up(uow, bar.seller, card.code, 1000, PaymentMethod.CARD)
    assert (after.card_id, after.balance_cents) == (card.card_id, 1500)
    assert card_info(uow, card.code).balance_cents == 1500
    with uow.read() as tx:
        load = tx.session.scalars(
            select(CoffeeCardMovement).where(CoffeeCardMovement.amount_cents == 1000)
        ).one()
        assert (load.card_id, load.method, load.by_id, load.sale_id) == (
            card.card_id,
            PaymentMethod.CARD,
            bar.seller.person_id,
            None,
        )


def test_a_card_holds_at_most_its_maximum(uow: UnitOfWork, bar: Bar) -> None:
    card = issue_card(uow, bar.seller, MAX_BALANCE_CENTS - 500, PaymentMethod.CASH)
    before = table_counts(uow, *WRITTEN)
    with pytest.raises(InvalidInput, match="hoogstens €\xa0100,00: er kan nog €\xa05,00 bij"):
        top_up(uow, bar.seller, card.code, 1000, PaymentMethod.CASH)
    assert table_counts(uow, *WRITTEN) == before
    assert top_up(uow, bar.seller, card.code, 500, PaymentMethod.CASH).balance_cents == 10_000
    with pytest.raises(InvalidInput, match="er kan nog €\xa00,00 bij"):
        top_up(uow, bar.seller, card.code, 1, PaymentMethod.CARD)


@pytest.mark.parametrize("code", ["never issued", "", "HALLO123"])
def test_an_unknown_card_is_refused_and_nothing_written(
    uow: UnitOfWork, bar: Bar, code: str
) -> None:
    if code == "never issued":  # made here, not at collection: each test worker collects alike
        code = new_code(CodeKind.COFFEE_CARD)
    before = table_counts(uow, *WRITTEN)
    with pytest.raises(InvalidInput, match="Deze koffiekaart is niet bekend"):
        top_up(uow, bar.seller, code, 500, PaymentMethod.CASH)
    assert table_counts(uow, *WRITTEN) == before


def test_the_reception_cannot_take_money_for_a_card(
    uow: UnitOfWork, bar: Bar, manager: Actor
) -> None:
    card = issue_card(uow, bar.seller, 500, PaymentMethod.CASH)
    desk = volunteer(uow, manager, name="Ria Jansen", role=Role.RECEPTION, pin="1111")
    before = table_counts(uow, *WRITTEN)
    with pytest.raises(NotAllowed):
        top_up(uow, desk, card.code, 500, PaymentMethod.CASH)
    assert table_counts(uow, *WRITTEN) == before


def test_a_closed_day_takes_no_top_up(uow: UnitOfWork, bar: Bar, manager: Actor) -> None:
    card = issue_card(uow, bar.seller, 500, PaymentMethod.CASH)
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(500)))
    before = table_counts(uow, *WRITTEN)
    with pytest.raises(InvalidInput, match="afgesloten"):
        top_up(uow, bar.seller, card.code, 500, PaymentMethod.CASH)
    assert table_counts(uow, *WRITTEN) == before
    assert card_info(uow, card.code).balance_cents == 500
