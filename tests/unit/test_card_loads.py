"""Correcting a coffee-card load: a negative load with the manager's PIN, a reason and an audit."""

from __future__ import annotations

import pytest

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import PaymentMethod
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor
from desk_app.services.till.basket import LineIn
from desk_app.services.till.card_loads import last_load, reverse_load
from desk_app.services.till.coffee_cards import card_info, issue_card, top_up
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.reports import x_report
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN
from tests.unit.factories import table_counts
from tests.unit.till_factories import Bar, set_up_bar


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


def _reverse(uow: UnitOfWork, bar: Bar, code: str, pin: str = MANAGER_PIN) -> int:
    load = last_load(uow, code)
    card = reverse_load(
        uow,
        bar.seller,
        load.movement_id,
        manager_id=bar.manager.person_id,
        manager_pin=pin,
        reason="Verkeerd bedrag opgewaardeerd",
    )
    return card.balance_cents


def test_a_load_is_taken_back_the_way_it_was_paid(uow: UnitOfWork, bar: Bar) -> None:
    card = issue_card(uow, bar.seller, 1000, PaymentMethod.CASH)
    top_up(uow, bar.seller, card.code, 2000, PaymentMethod.CARD)
    load = last_load(uow, card.code)
    assert (load.amount_cents, load.method) == (2000, PaymentMethod.CARD)
    with pytest.raises(NotAllowed, match="pincode"):
        _reverse(uow, bar, card.code, pin="000000")
    assert _reverse(uow, bar, card.code) == 1000
    entry = recent_entries(uow, bar.manager)[0]
    assert (entry.action, entry.subject) == ("coffee_card.reverse_load", card.code)
    assert entry.before["amount_cents"] == 2000
    assert entry.after["reason"] == "Verkeerd bedrag opgewaardeerd"
    assert dict(x_report(uow, bar.manager).card_loads) == {
        PaymentMethod.CASH: 1000,
        PaymentMethod.CARD: 0,
    }
    assert last_load(uow, card.code).method is PaymentMethod.CASH  # the card load is gone
    with pytest.raises(InvalidInput, match="al teruggedraaid"):
        reverse_load(
            uow,
            bar.seller,
            load.movement_id,
            manager_id=bar.manager.person_id,
            manager_pin=MANAGER_PIN,
            reason="Nog een keer",
        )


def test_a_load_already_spent_is_not_taken_back(uow: UnitOfWork, bar: Bar) -> None:
    card = issue_card(uow, bar.seller, 300, PaymentMethod.CASH)
    pay = [PaymentIn(PaymentMethod.COFFEE_CARD, amount_cents=120, card_code=card.code)]
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], pay)
    before = table_counts(uow, "coffee_card_movement", "audit_entry")
    with pytest.raises(NotAllowed, match="al €\xa01,20 besteed"):
        _reverse(uow, bar, card.code)
    assert table_counts(uow, "coffee_card_movement", "audit_entry") == before
    assert card_info(uow, card.code).balance_cents == 180
