"""PIN hashing, wrong PINs, lock-out and unlock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.services.auth import Actor, authenticate, hash_pin, validate_pin
from desk_app.services.people import desk_accounts, unlock
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit.factories import volunteer


def test_pin_is_stored_as_an_argon2_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the production settings, not the quick ones of the other tests
    hashed = hash_pin("123456")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3")
    assert "123456" not in hashed


@pytest.mark.parametrize("pin", ["", "123", "1234567", "abcd", "12a4", " 1234", "١٢٣٤"])
def test_pin_must_be_four_to_six_digits(pin: str) -> None:
    with pytest.raises(InvalidInput, match="4 tot 6 cijfers"):
        validate_pin(pin)


def test_right_pin_gives_the_actor(uow: UnitOfWork, manager: Actor) -> None:
    again = authenticate(uow, manager.person_id, MANAGER_PIN)
    assert again == manager


def test_wrong_pin_counts_down(uow: UnitOfWork, manager: Actor) -> None:
    with pytest.raises(NotAllowed, match="Nog 4 poging"):
        authenticate(uow, manager.person_id, "0000")
    with pytest.raises(NotAllowed, match="Nog 3 poging"):
        authenticate(uow, manager.person_id, "0000")


def test_five_wrong_pins_lock_for_a_minute(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    for _ in range(5):
        with pytest.raises(NotAllowed):
            authenticate(uow, manager.person_id, "0000")
    with pytest.raises(NotAllowed, match="Te vaak"):
        authenticate(uow, manager.person_id, MANAGER_PIN)
    clock.advance(timedelta(seconds=59))
    with pytest.raises(NotAllowed, match="Te vaak"):
        authenticate(uow, manager.person_id, MANAGER_PIN)
    clock.advance(timedelta(seconds=2))
    assert authenticate(uow, manager.person_id, MANAGER_PIN) == manager


def test_manager_can_unlock_early(uow: UnitOfWork, manager: Actor) -> None:
    ria = volunteer(uow, manager)
    for _ in range(5):
        with pytest.raises(NotAllowed):
            authenticate(uow, ria.person_id, "9999")
    assert next(a for a in desk_accounts(uow) if a.name == "Ria Jansen").locked_until is not None
    unlock(uow, manager, ria.person_id)
    assert authenticate(uow, ria.person_id, "1111") == ria


def test_success_resets_the_count(uow: UnitOfWork, manager: Actor) -> None:
    for _ in range(4):
        with pytest.raises(NotAllowed):
            authenticate(uow, manager.person_id, "0000")
    authenticate(uow, manager.person_id, MANAGER_PIN)
    with pytest.raises(NotAllowed, match="Nog 4 poging"):
        authenticate(uow, manager.person_id, "0000")
