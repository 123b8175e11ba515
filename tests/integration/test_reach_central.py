"""Participants ticked off on a sign-up list count at the centre and centrally alike, once."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from sqlalchemy import select

from desk_app.central.connect import engine_for
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import Purpose, Recurrence, Role, TargetGroup
from desk_app.models import Person
from desk_app.services.activities import programme, signups
from desk_app.services.activities.reach import reach_by_group
from desk_app.services.auth import authenticate
from desk_app.services.living_room.checkin import scan_pass
from desk_app.services.living_room.passes import issue_passes
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def test_ticked_sign_ups_count_once_at_the_centre_and_centrally(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre("Open Hof", days=3, seed=3)
    with desk.uow.read() as tx:
        manager_id = tx.session.scalars(
            select(Person.id).where(Person.role == Role.MANAGER, Person.name == DEMO_MANAGER[0])
        ).one()
    actor = authenticate(desk.uow, manager_id, DEMO_MANAGER[1])
    today = datetime.now(LOCAL_ZONE).date()  # the desk runs on the real clock here
    plan = programme.ActivityPlan(
        "Bingo", TargetGroup.ELDERLY, Recurrence.ONCE, today, today, time(0, 1), time(23, 59)
    )
    [session] = programme.plan_activity(desk.uow, actor, plan)
    scanned, ticked = issue_passes(desk.uow, actor, 2)
    outcomes = [
        signups.sign_up_pass(desk.uow, actor, session.occurrence_id, scanned),
        signups.sign_up_pass(desk.uow, actor, session.occurrence_id, ticked),
        signups.sign_up_name(desk.uow, actor, session.occurrence_id, "Ria"),
    ]
    for outcome in outcomes:
        assert outcome.signed_up is not None
        signups.mark_came(desk.uow, actor, outcome.signed_up.signup_id)
    scan_pass(desk.uow, actor, scanned, purpose=Purpose.ACTIVITY, purpose_ref=session.occurrence_id)
    run_sync(desk.uow, central_url)
    with desk.uow.read() as tx:
        local = reach_by_group(tx.connection, today, today)
    engine = engine_for(central_url)
    try:
        with engine.connect() as connection:
            central = reach_by_group(connection, today, today, ["OHO"])
    finally:
        engine.dispose()
    assert [(r.activities, r.participants) for r in local] == [(1, 3)]
    assert central == local
