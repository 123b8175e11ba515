"""An identity is issued by the PIN login, not built: services refuse any other Actor."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk_app.errors import NotAllowed
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor, check_pin, log_out
from desk_app.services.living_room.passes import Holder, issue_passes, register_holder, visitor_data
from desk_app.services.till.pricing import ProductDraft, price_list, save_product
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN
from tests.unit.factories import volunteer
from tests.unit.till_factories import START, set_up_bar


def _forgeries(manager: Actor, other: Actor) -> dict[str, Actor]:
    """Objects that name the manager without her PIN login behind them."""
    return {
        "built by hand": Actor(manager.person_id, manager.name, manager.role),
        "another person's ticket": replace(other, person_id=manager.person_id, role=manager.role),
        "a made-up ticket": replace(manager, ticket="x" * 32),
    }


FORGERIES = ["built by hand", "another person's ticket", "a made-up ticket"]


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_forged_manager_cannot_change_a_price(
    uow: UnitOfWork, manager: Actor, forgery: str
) -> None:
    bar = set_up_bar(uow, manager, on_duty=False)
    fake = _forgeries(manager, bar.seller)[forgery]
    before = price_list(uow)
    entries = len(recent_entries(uow, manager))
    koffie = ProductDraft("Koffie en thee", "Koffie", 1, 9, False, START, None, 0)
    with pytest.raises(NotAllowed, match="Log eerst in"):
        save_product(uow, fake, koffie, bar.products["Koffie"])
    assert price_list(uow) == before
    assert len(recent_entries(uow, manager)) == entries


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_forged_manager_cannot_export_visitor_data(
    uow: UnitOfWork, manager: Actor, forgery: str
) -> None:
    ria = volunteer(uow, manager)
    [code] = issue_passes(uow, manager)
    register_holder(uow, manager, code, Holder("Nel Smit", "0612345678", True))
    entries = len(recent_entries(uow, manager))
    with pytest.raises(NotAllowed, match="Log eerst in"):
        visitor_data(uow, _forgeries(manager, ria)[forgery], code)
    assert len(recent_entries(uow, manager)) == entries
    assert visitor_data(uow, manager, code).holder_name == "Nel Smit"


def test_a_session_ends_at_log_out(uow: UnitOfWork, manager: Actor) -> None:
    [code] = issue_passes(uow, manager)
    log_out(uow, manager)
    with pytest.raises(NotAllowed, match="Log eerst in"):
        visitor_data(uow, manager, code)


def test_a_pin_check_alone_issues_nothing(uow: UnitOfWork, manager: Actor) -> None:
    checked = check_pin(uow, manager.person_id, MANAGER_PIN)
    with pytest.raises(NotAllowed, match="Log eerst in"):
        issue_passes(uow, checked)


def test_another_desk_does_not_know_this_desks_sessions(uow: UnitOfWork, manager: Actor) -> None:
    elsewhere = UnitOfWork(uow.database, clock=uow.clock)
    with pytest.raises(NotAllowed, match="Log eerst in"):
        issue_passes(elsewhere, manager)
    assert len(issue_passes(uow.on_clock(uow.clock), manager)) == 1
