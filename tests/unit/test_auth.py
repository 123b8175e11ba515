"""PIN hashing, wrong PINs, the growing lock-out, unlock, and the manager's six digits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.formatting import format_local
from desk_app.models import Person, Role
from desk_app.services import people
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor, authenticate, lockout_for
from desk_app.services.people import desk_accounts, unlock
from desk_app.services.pin_hashing import PinCost, hash_pin, use_pin_cost_in_tests, validate_pin
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, TEST_PIN_COST, FakeClock
from tests.unit.factories import volunteer


def _stored_hash(uow: UnitOfWork, actor: Actor) -> str:
    with uow.read() as tx:
        stored = tx.session.scalar(select(Person.pin_hash).where(Person.id == actor.person_id))
    assert stored is not None
    return stored


def _fail(uow: UnitOfWork, who: Actor, times: int, pin: str = "0000") -> NotAllowed:
    """Type a wrong PIN ``times`` times; the last refusal."""
    last: NotAllowed | None = None
    for _ in range(times):
        with pytest.raises(NotAllowed) as refused:
            authenticate(uow, who.person_id, pin)
        last = refused.value
    assert last is not None
    return last


def test_pin_is_stored_as_an_argon2id_hash(uow: UnitOfWork, manager: Actor) -> None:
    hashed = _stored_hash(uow, manager)
    assert hashed.startswith("$argon2id$v=19$")
    assert MANAGER_PIN not in hashed


@pytest.mark.parametrize("pin", ["", "123", "1234567", "abcd", "12a4", " 1234", "١٢٣٤"])
def test_pin_must_be_four_to_six_digits(pin: str) -> None:
    with pytest.raises(InvalidInput, match="4 tot 6 cijfers"):
        validate_pin(pin)


def test_right_pin_gives_the_actor(uow: UnitOfWork, manager: Actor) -> None:
    again = authenticate(uow, manager.person_id, MANAGER_PIN)
    assert again == manager
    assert again.ticket is not None
    assert again.ticket != manager.ticket


def test_wrong_pin_counts_down(uow: UnitOfWork, manager: Actor) -> None:
    with pytest.raises(NotAllowed, match="Nog 4 poging"):
        authenticate(uow, manager.person_id, "0000")
    with pytest.raises(NotAllowed, match="Nog 3 poging"):
        authenticate(uow, manager.person_id, "0000")


def test_the_lockout_steps_grow_then_stay_at_an_hour() -> None:
    minutes = [lockout_for(5 * series) for series in range(1, 8)]
    assert minutes == [timedelta(minutes=m) for m in (1, 5, 15, 60, 60, 60, 60)]
    assert [lockout_for(n) for n in (0, 1, 4, 6, 9, 11)] == [None] * 6


def test_each_series_of_wrong_pins_locks_longer(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    ria = volunteer(uow, manager)
    for minutes in (1, 5, 15, 60, 60, 60):
        _fail(uow, ria, 4)
        locked = _fail(uow, ria, 1)
        until = clock.moment + timedelta(minutes=minutes)
        assert locked.params == {"time": format_local(until, "HH:mm:ss")}
        clock.advance(timedelta(minutes=minutes) - timedelta(seconds=1))
        with pytest.raises(NotAllowed, match="Te vaak"):
            authenticate(uow, ria.person_id, "1111")  # even the right PIN waits
        clock.advance(timedelta(seconds=1))
    assert authenticate(uow, ria.person_id, "1111") == ria


def test_the_lock_message_says_until_when_in_amsterdam_time(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    ria = volunteer(uow, manager)
    locked = _fail(uow, ria, 5)
    # 2 March 09:30 UTC is 10:30 in Amsterdam (winter time); locked for one minute
    assert str(locked) == "Te vaak een onjuiste pincode. Probeer het na 10:31:00 opnieuw."
    clock.moment = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)  # 14:00 in summer time
    locked = _fail(uow, ria, 5)
    assert str(locked) == "Te vaak een onjuiste pincode. Probeer het na 14:05:00 opnieuw."


def test_a_right_pin_starts_the_series_again(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    ria = volunteer(uow, manager)
    _fail(uow, ria, 5)
    clock.advance(timedelta(minutes=1))
    _fail(uow, ria, 5)
    clock.advance(timedelta(minutes=5))
    assert authenticate(uow, ria.person_id, "1111") == ria
    _fail(uow, ria, 5)
    assert next(a for a in desk_accounts(uow) if a.name == "Ria Jansen").locked_until == (
        clock.moment + timedelta(minutes=1)
    )


def test_counts_are_per_person(uow: UnitOfWork, manager: Actor) -> None:
    ria = volunteer(uow, manager)
    piet = volunteer(uow, manager, name="Piet Visser", pin="2468")
    _fail(uow, ria, 5)
    assert authenticate(uow, piet.person_id, "2468") == piet
    with pytest.raises(NotAllowed, match="Nog 4 poging"):
        authenticate(uow, piet.person_id, "0000")


def test_manager_can_unlock_early(uow: UnitOfWork, manager: Actor) -> None:
    ria = volunteer(uow, manager)
    _fail(uow, ria, 5, pin="9999")
    assert next(a for a in desk_accounts(uow) if a.name == "Ria Jansen").locked_until is not None
    unlock(uow, manager, ria.person_id)
    assert recent_entries(uow, manager, limit=1)[0].action == "account.unlock"
    assert authenticate(uow, ria.person_id, "1111") == ria


def test_a_volunteer_cannot_unlock(uow: UnitOfWork, manager: Actor) -> None:
    ria = volunteer(uow, manager)
    piet = volunteer(uow, manager, name="Piet Visser", pin="2468")
    _fail(uow, piet, 5)
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        unlock(uow, ria, piet.person_id)
    with pytest.raises(NotAllowed, match="Te vaak"):
        authenticate(uow, piet.person_id, "2468")


def test_success_resets_the_count(uow: UnitOfWork, manager: Actor) -> None:
    _fail(uow, manager, 4)
    authenticate(uow, manager.person_id, MANAGER_PIN)
    with pytest.raises(NotAllowed, match="Nog 4 poging"):
        authenticate(uow, manager.person_id, "0000")


@pytest.mark.parametrize("pin", ["1234", "12345"])
def test_a_manager_pin_has_six_digits(uow: UnitOfWork, manager: Actor, pin: str) -> None:
    with pytest.raises(InvalidInput, match="minstens 6 cijfers"):
        people.create_account(uow, manager, name="Joke de Boer", role=Role.MANAGER, pin=pin)
    with pytest.raises(InvalidInput, match="minstens 6 cijfers"):
        people.reset_pin(uow, manager, manager.person_id, pin)
    assert [a.name for a in desk_accounts(uow)] == ["Sanne de Vries"]
    assert authenticate(uow, manager.person_id, MANAGER_PIN) == manager


def test_a_manager_with_a_short_pin_must_choose_a_new_one(uow: UnitOfWork, manager: Actor) -> None:
    joke = volunteer(uow, manager, name="Joke de Boer", pin="8642")
    people.change_role(uow, manager, joke.person_id, Role.MANAGER)  # her PIN stays 4 digits
    pending = authenticate(uow, joke.person_id, "8642")
    assert pending.needs_new_pin
    with pytest.raises(NotAllowed, match="Kies eerst een nieuwe pincode"):
        unlock(uow, pending, manager.person_id)
    with pytest.raises(InvalidInput, match="minstens 6 cijfers"):
        people.choose_own_pin(uow, pending, "2468")
    settled = people.choose_own_pin(uow, pending, "864213")
    assert not settled.needs_new_pin
    unlock(uow, settled, manager.person_id)
    assert recent_entries(uow, settled, limit=2)[1].action == "account.own_pin"
    assert not authenticate(uow, joke.person_id, "864213").needs_new_pin
    with pytest.raises(NotAllowed, match="Onjuiste pincode"):
        authenticate(uow, joke.person_id, "8642")


def test_old_hashes_are_rehashed_at_the_next_login(uow: UnitOfWork, manager: Actor) -> None:
    before = _stored_hash(uow, manager)
    use_pin_cost_in_tests(PinCost(time_cost=2, memory_cost=128, parallelism=1))
    try:
        authenticate(uow, manager.person_id, MANAGER_PIN)
        after = _stored_hash(uow, manager)
    finally:
        use_pin_cost_in_tests(TEST_PIN_COST)
    assert "m=64,t=1,p=1" in before
    assert "m=128,t=2,p=1" in after
    assert authenticate(uow, manager.person_id, MANAGER_PIN) == manager


def test_a_wrong_pin_leaves_the_hash_alone(uow: UnitOfWork, manager: Actor) -> None:
    before = _stored_hash(uow, manager)
    use_pin_cost_in_tests(PinCost(time_cost=2, memory_cost=128, parallelism=1))
    try:
        _fail(uow, manager, 1)
    finally:
        use_pin_cost_in_tests(TEST_PIN_COST)
    assert _stored_hash(uow, manager) == before


def test_hash_pin_refuses_what_is_no_pin() -> None:
    with pytest.raises(InvalidInput):
        hash_pin("12a4")
