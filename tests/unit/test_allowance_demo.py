"""The demo's allowances (one volunteer near the limit, partly in kind) and two private parties."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desk_app.bootstrap import open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.models import Person, Role
from desk_app.paths import DataFolder
from desk_app.services.auth import authenticate
from desk_app.services.rooms.parties import private_parties
from desk_app.services.volunteers.allowance import near_limits

OPTIONS = DemoOptions(days=90, seed=5, end=date(2026, 5, 20))


def test_the_demo_has_allowances_one_near_the_limit_and_two_parties(tmp_path: Path) -> None:
    desk = open_desk(DataFolder(tmp_path))
    try:
        made = generate(desk.uow, OPTIONS)
        with desk.uow.read() as tx:
            manager_id = tx.session.scalar(select(Person.id).where(Person.role == Role.MANAGER))
        assert manager_id is not None
        manager = authenticate(desk.uow, manager_id, DEMO_MANAGER[1])
        near = near_limits(desk.uow, manager, 2026)
        parties = private_parties(desk.uow, 2026)
    finally:
        desk.close()
    assert made["vrijwilligersvergoedingen"] > 0
    assert len(near) == 1
    assert 0.8 <= near[0].nearest().share < 1.0  # near, not over
    assert sum(near[0].in_kind) > 0  # coffee at the till on their shifts counts too
    assert sum(near[0].paid) > sum(near[0].in_kind)
    assert [party.description for party in parties] == ["Verjaardagsfeest", "Bruiloft"]
