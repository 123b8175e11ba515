"""Privileged services refuse volunteers, and each action by a manager is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import Role
from desk_app.services import auth, people
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor, set_void_pins
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.uow import UnitOfWork
from tests.unit.factories import volunteer

Action = Callable[[UnitOfWork, Actor, Actor], object]

PRIVILEGED: dict[str, Action] = {
    "account.create": lambda uow, who, _other: people.create_account(
        uow, who, name="Kees Mulder", role=Role.BAR, pin="5555"
    ),
    "account.role": lambda uow, who, other: people.change_role(uow, who, other.person_id, Role.BAR),
    "account.pin_reset": lambda uow, who, other: people.reset_pin(
        uow, who, other.person_id, "7777"
    ),
    "account.unlock": lambda uow, who, other: people.unlock(uow, who, other.person_id),
    "account.active": lambda uow, who, other: people.set_active(uow, who, other.person_id, False),
    "centre.update": lambda uow, who, _other: update_centre(
        uow, who, replace(centre_details(uow), street="Nieuwe weg 1")
    ),
}


@pytest.mark.parametrize("action", PRIVILEGED, ids=list(PRIVILEGED))
@pytest.mark.parametrize("role", [Role.RECEPTION, Role.BAR])
def test_volunteer_is_refused_and_nothing_changes(
    uow: UnitOfWork, manager: Actor, action: str, role: Role
) -> None:
    helper = volunteer(uow, manager, role=role)
    other = volunteer(uow, manager, name="Piet Visser", pin="2468")
    audit_before = len(recent_entries(uow, manager))
    accounts_before = people.desk_accounts(uow, include_inactive=True)
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        PRIVILEGED[action](uow, helper, other)
    assert len(recent_entries(uow, manager)) == audit_before
    assert people.desk_accounts(uow, include_inactive=True) == accounts_before


@pytest.mark.parametrize("action", PRIVILEGED, ids=list(PRIVILEGED))
def test_manager_action_writes_an_audit_row(uow: UnitOfWork, manager: Actor, action: str) -> None:
    other = volunteer(uow, manager, name="Piet Visser", pin="2468")
    PRIVILEGED[action](uow, manager, other)
    newest = recent_entries(uow, manager, limit=1)[0]
    assert newest.action == action
    assert newest.actor_name == "Sanne de Vries"


def test_a_demoted_manager_loses_rights_at_once(uow: UnitOfWork, manager: Actor) -> None:
    second = volunteer(uow, manager, name="Joke de Boer", role=Role.MANAGER, pin="864297")
    people.change_role(uow, manager, second.person_id, Role.RECEPTION)
    with pytest.raises(NotAllowed):
        people.create_account(uow, second, name="Nieuw", role=Role.BAR, pin="1357")


def test_role_change_keeps_before_and_after(uow: UnitOfWork, manager: Actor) -> None:
    other = volunteer(uow, manager)
    people.change_role(uow, manager, other.person_id, Role.BAR)
    entry = recent_entries(uow, manager, limit=1)[0]
    assert entry.before["role"] == "reception"
    assert entry.after["role"] == "bar"


def test_pin_reset_never_logs_the_pin(uow: UnitOfWork, manager: Actor) -> None:
    other = volunteer(uow, manager)
    people.reset_pin(uow, manager, other.person_id, "97531")
    entry = recent_entries(uow, manager, limit=1)[0]
    assert "97531" not in f"{entry.before}{entry.after}"


def test_manager_cannot_switch_herself_off(uow: UnitOfWork, manager: Actor) -> None:
    with pytest.raises(InvalidInput):
        people.set_active(uow, manager, manager.person_id, False)


@pytest.mark.parametrize("name", ["", "   ", "x" * 10_000, "Kees\x00Mulder"])
def test_bad_names_write_nothing(uow: UnitOfWork, manager: Actor, name: str) -> None:
    before = people.desk_accounts(uow)
    with pytest.raises(InvalidInput):
        people.create_account(uow, manager, name=name, role=Role.BAR, pin="5555")
    assert people.desk_accounts(uow) == before


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.BAR])
def test_only_the_manager_reads_the_audit_log(uow: UnitOfWork, manager: Actor, role: Role) -> None:
    helper = volunteer(uow, manager, role=role)
    with pytest.raises(NotAllowed, match="sociaal beheerder") as refused:
        recent_entries(uow, helper)
    assert refused.value.params == {"role": Role.MANAGER}
    assert recent_entries(uow, manager)[0].action == "account.create"


LAST_MANAGER = "geen enkele sociaal beheerder meer inloggen"


def test_the_last_manager_cannot_give_up_her_role(uow: UnitOfWork, manager: Actor) -> None:
    audit_before = len(recent_entries(uow, manager))
    for role in (Role.RECEPTION, Role.BAR):
        with pytest.raises(NotAllowed, match=LAST_MANAGER):
            people.change_role(uow, manager, manager.person_id, role)
    assert [a.role for a in people.desk_accounts(uow)] == [Role.MANAGER]
    assert len(recent_entries(uow, manager)) == audit_before
    people.change_role(uow, manager, manager.person_id, Role.MANAGER)  # no change: allowed


def test_a_manager_may_step_down_while_another_can_log_in(uow: UnitOfWork, manager: Actor) -> None:
    other = volunteer(uow, manager, name="Piet Visser", role=Role.MANAGER, pin="246802")
    with uow.write() as tx:  # Piet's PIN stopped counting (a restore): he cannot log in
        set_void_pins(tx.session, frozenset({other.person_id}))
    with pytest.raises(NotAllowed, match=LAST_MANAGER):
        people.change_role(uow, manager, manager.person_id, Role.BAR)
    people.reset_pin(uow, manager, other.person_id, "135791")  # a new PIN counts again
    people.change_role(uow, manager, manager.person_id, Role.BAR)
    piet = auth.authenticate(uow, other.person_id, "135791")
    with pytest.raises(NotAllowed, match=LAST_MANAGER):
        people.change_role(uow, piet, other.person_id, Role.RECEPTION)
