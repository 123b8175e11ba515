"""Wrong manager PINs at the till's reversal approval count against whoever typed them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.errors import NotAllowed
from desk_app.models import PaymentMethod, Role
from desk_app.services import people
from desk_app.services.auth import Actor, authenticate
from desk_app.services.people import desk_accounts, unlock
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.receipts import Receipt
from desk_app.services.till.reversals import reverse_sale
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit.till_factories import Bar, set_up_bar

EVENING = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> Bar:
    clock.moment = EVENING
    return set_up_bar(uow, manager)


def _reverse(uow: UnitOfWork, bar: Bar, pin: str) -> Receipt:
    sold = sell(uow, bar.seller, [LineIn(bar.products["Koek"], 1)], [PaymentIn(PaymentMethod.CASH)])
    return reverse_sale(
        uow,
        bar.seller,
        sold.sale_id,
        manager_id=bar.manager.person_id,
        manager_pin=pin,
        reason="verkeerd aangeslagen",
    )


def _locked(uow: UnitOfWork, name: str) -> bool:
    account = next(a for a in desk_accounts(uow) if a.name == name)
    return account.locked_until is not None and account.locked_until > uow.now()


def test_wrong_approval_pins_lock_the_person_at_the_till(uow: UnitOfWork, bar: Bar) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(NotAllowed, match=f"Nog {left} poging"):
            _reverse(uow, bar, "000000")
    with pytest.raises(NotAllowed, match="Te vaak"):
        _reverse(uow, bar, "000000")
    assert _locked(uow, "Henk Bakker")
    with pytest.raises(NotAllowed, match="Te vaak"):
        authenticate(uow, bar.seller.person_id, "2222")


def test_a_locked_typist_cannot_approve_even_with_the_right_pin(
    uow: UnitOfWork, bar: Bar, clock: FakeClock
) -> None:
    for _ in range(5):
        with pytest.raises(NotAllowed):
            _reverse(uow, bar, "000000")
    unlock(uow, bar.manager, bar.manager.person_id)  # the manager herself is free again
    with pytest.raises(NotAllowed, match="Te vaak"):
        _reverse(uow, bar, MANAGER_PIN)
    clock.advance(timedelta(minutes=1))
    assert _reverse(uow, bar, MANAGER_PIN).reverses_number is not None


def test_the_manager_is_counted_too(uow: UnitOfWork, bar: Bar) -> None:
    for _ in range(2):
        with pytest.raises(NotAllowed):
            _reverse(uow, bar, "000000")
    with pytest.raises(NotAllowed, match="Nog 2 poging"):
        authenticate(uow, bar.manager.person_id, "000000")


def test_a_right_approval_pin_leaves_no_lingering_manager_session(
    uow: UnitOfWork, bar: Bar
) -> None:
    before = len(uow.logins)
    _reverse(uow, bar, MANAGER_PIN)
    assert len(uow.logins) == before


def test_a_manager_with_a_short_pin_cannot_approve_until_she_chose_a_new_one(
    uow: UnitOfWork, bar: Bar
) -> None:
    joke = people.create_account(uow, bar.manager, name="Joke de Boer", role=Role.BAR, pin="8642")
    people.change_role(uow, bar.manager, joke.person_id, Role.MANAGER)
    sold = sell(uow, bar.seller, [LineIn(bar.products["Koek"], 1)], [PaymentIn(PaymentMethod.CASH)])

    def reverse(pin: str) -> Receipt:
        return reverse_sale(
            uow, bar.seller, sold.sale_id, manager_id=joke.person_id, manager_pin=pin, reason="fout"
        )

    with pytest.raises(NotAllowed, match="Kies eerst een nieuwe pincode"):
        reverse("8642")
    pending = authenticate(uow, joke.person_id, "8642")
    people.choose_own_pin(uow, pending, "864213")
    assert reverse("864213").reverses_number == sold.number
