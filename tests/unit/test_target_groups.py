"""The office's own target groups at the desk: picked when planning, counted in the facts."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from desk_app.errors import InvalidInput
from desk_app.models import Activity, OwnTargetGroup, Recurrence, TargetGroup
from desk_app.models.types import new_id
from desk_app.services.activities import programme as activities
from desk_app.services.activities.reach import reach_by_group
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork

MONDAY = date(2026, 3, 2)


def _group(uow: UnitOfWork, name: str, *, active: bool = True) -> object:
    """A group as the pull stores it from the office's release."""
    with uow.write() as tx:
        group = OwnTargetGroup(
            id=new_id(), centre_code=tx.centre_code(), created_at=tx.now, name=name, active=active
        )
        tx.session.add(group)
        return group.id


def _plan(own_group_id: object) -> activities.ActivityPlan:
    return activities.ActivityPlan(
        "Alzheimer Café",
        TargetGroup.ELDERLY,
        Recurrence.ONCE,
        MONDAY,
        MONDAY,
        time(14),
        time(16),
        own_group_id=own_group_id,  # type: ignore[arg-type]
    )


def test_an_own_group_is_picked_and_counted_with_its_participants(
    uow: UnitOfWork, manager: Actor
) -> None:
    dementia = _group(uow, "Mensen met dementie")
    _group(uow, "Vervallen groep", active=False)
    assert activities.own_group_choices(uow) == [(dementia, "Mensen met dementie")]
    [held] = activities.plan_activity(uow, manager, _plan(dementia))
    assert held.own_group == "Mensen met dementie"
    activities.record_attendance(uow, manager, held.occurrence_id, 14)
    with uow.read() as tx:
        rows = reach_by_group(tx.connection, date(2026, 1, 1), date(2026, 12, 31))
    assert [(r.target_group, r.own_group, r.activities, r.participants) for r in rows] == [
        ("elderly", "Mensen met dementie", 1, 14)
    ]


def test_a_retired_or_unknown_group_is_refused_and_nothing_is_planned(
    uow: UnitOfWork, manager: Actor
) -> None:
    retired = _group(uow, "Vervallen groep", active=False)
    for group_id in (retired, new_id()):
        with pytest.raises(InvalidInput):
            activities.plan_activity(uow, manager, _plan(group_id))
    with uow.read() as tx:
        assert tx.session.scalar(select(func.count()).select_from(Activity)) == 0
