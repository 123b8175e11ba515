"""Visitor passes and privacy: consent, retention, export and erasure."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import VisitorPass
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import scan_pass
from desk_app.services.living_room.figures import visit_figures
from desk_app.services.living_room.passes import (
    MAX_PASSES_AT_ONCE,
    Holder,
    apply_retention,
    erase_visitor,
    issue_passes,
    register_holder,
    set_retention_months,
    visitor_data,
)
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit.factories import volunteer


def test_passes_are_random_and_unique(uow: UnitOfWork, manager: Actor) -> None:
    codes = issue_passes(uow, manager, MAX_PASSES_AT_ONCE)
    assert len(set(codes)) == MAX_PASSES_AT_ONCE
    assert all(code.startswith("P") and len(code) == 14 for code in codes)


def test_a_name_needs_consent(uow: UnitOfWork, manager: Actor) -> None:
    [code] = issue_passes(uow, manager)
    with pytest.raises(InvalidInput, match="toestemming"):
        register_holder(uow, manager, code, Holder("Nel Smit", "0612345678", False))
    assert visitor_data(uow, manager, code).holder_name is None
    register_holder(uow, manager, code, Holder("Nel Smit", "0612345678", True))
    data = visitor_data(uow, manager, code)
    assert (data.holder_name, data.holder_phone) == ("Nel Smit", "0612345678")
    assert data.consent_at == uow.now()


def test_retention_erases_names_but_keeps_counts(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    old, recent = issue_passes(uow, manager, 2)
    for code in (old, recent):
        register_holder(uow, manager, code, Holder("Nel Smit", "", True))
        scan_pass(uow, manager, code)
    clock.advance(timedelta(days=400))
    scan_pass(uow, manager, recent)
    clock.advance(timedelta(days=400))  # old: 800 days since its last visit; recent: 400
    assert apply_retention(uow) == 1
    assert visitor_data(uow, manager, old).holder_name is None
    assert visitor_data(uow, manager, old).visits == 1
    assert visitor_data(uow, manager, recent).holder_name == "Nel Smit"
    set_retention_months(uow, manager, 12)
    assert apply_retention(uow) == 1
    assert visitor_data(uow, manager, recent).holder_name is None


def test_export_and_erase_by_the_manager(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> None:
    [code] = issue_passes(uow, manager)
    register_holder(uow, manager, code, Holder("Nel Smit", "0612345678", True))
    scan_pass(uow, manager, code)
    exported = json.loads(visitor_data(uow, manager, code).as_json())
    clock.advance(timedelta(seconds=1))
    assert exported["holder_name"] == "Nel Smit"
    assert exported["visits"] == 1
    erase_visitor(uow, manager, code)
    assert visitor_data(uow, manager, code).holder_phone is None
    assert visit_figures(uow).today.unique_visitors == 1
    actions = [entry.action for entry in recent_entries(uow, manager, limit=3)]
    assert actions == ["visitor.export", "visitor.erase", "visitor.export"]


def test_volunteers_cannot_see_or_erase_visitor_data(uow: UnitOfWork, manager: Actor) -> None:
    helper = volunteer(uow, manager)
    [code] = issue_passes(uow, helper)
    with pytest.raises(NotAllowed):
        visitor_data(uow, helper, code)
    with pytest.raises(NotAllowed):
        erase_visitor(uow, helper, code)
    with pytest.raises(NotAllowed):
        set_retention_months(uow, helper, 6)


@pytest.mark.parametrize("count", [0, MAX_PASSES_AT_ONCE + 1, 100, -1])
def test_pass_batches_are_bounded(uow: UnitOfWork, manager: Actor, count: int) -> None:
    with pytest.raises(InvalidInput, match="Maak 1 tot 50 passen tegelijk"):
        issue_passes(uow, manager, count)
    with uow.read() as tx:
        assert tx.session.scalar(select(func.count()).select_from(VisitorPass)) == 0


@pytest.mark.parametrize(
    ("name", "phone"), [("", "0612345678"), ("Nel", "bel me maar"), ("x" * 10_000, "")]
)
def test_bad_holder_details_write_nothing(
    uow: UnitOfWork, manager: Actor, name: str, phone: str
) -> None:
    [code] = issue_passes(uow, manager)
    with pytest.raises(InvalidInput):
        register_holder(uow, manager, code, Holder(name, phone, True))
    assert visitor_data(uow, manager, code).holder_name is None


def test_a_new_pass_with_its_holder_in_one_go(uow: UnitOfWork, manager: Actor) -> None:
    [code] = issue_passes(uow, manager, 1, Holder("Nel Smit", "020 123 4567", consent=True))
    assert visitor_data(uow, manager, code).holder_phone == "020 123 4567"
    with pytest.raises(InvalidInput):
        issue_passes(uow, manager, 2, Holder("Nel Smit", "", consent=True))
    with pytest.raises(InvalidInput):
        issue_passes(uow, manager, 1, Holder("Nel Smit", "", consent=False))
