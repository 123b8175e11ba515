"""The production argon2id costs: one PIN guess takes at least a quarter of a second."""

from __future__ import annotations

import time

from desk_app.services.pin_hashing import PRODUCTION_PIN_COST

MIN_SECONDS_PER_GUESS = 0.25


def test_production_costs_make_each_verify_take_a_quarter_second() -> None:
    hasher = PRODUCTION_PIN_COST.hasher()
    stored = hasher.hash("123456")
    assert stored.startswith("$argon2id$v=19$m=131072,t=3,p=1$")
    # CPU time, not wall time: a busy machine must not make cheap costs look dear.
    timings = []
    for _ in range(3):
        start = time.process_time()
        assert hasher.verify(stored, "123456")
        timings.append(time.process_time() - start)
    assert min(timings) >= MIN_SECONDS_PER_GUESS


def test_stored_hashes_with_other_costs_need_a_rehash() -> None:
    hasher = PRODUCTION_PIN_COST.hasher()
    old_default = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$" + "A" * 43
    assert hasher.check_needs_rehash(old_default)
    assert not hasher.check_needs_rehash(hasher.hash("123456"))
