"""A sent reminder reaches the central mirror like every fact, under the centre's key."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.central.connect import connect
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.models import Person, Role
from desk_app.services.auth import authenticate
from desk_app.services.rooms.open_items import StandingFilter, standings
from desk_app.services.rooms.reminders import send_reminder
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def test_a_reminder_reaches_the_central_database(central_url: str, make_centre: MakeCentre) -> None:
    desk = make_centre(days=40)  # February is invoiced on the first of March, long overdue now
    with desk.uow.read() as tx:
        manager = tx.session.scalars(select(Person).where(Person.role == Role.MANAGER)).first()
        assert manager is not None
        manager_id = manager.id
    actor = authenticate(desk.uow, manager_id, DEMO_MANAGER[1])
    overdue = standings(desk.uow, StandingFilter.OVERDUE)
    assert overdue, "the demo leaves some invoices unpaid"
    made = send_reminder(desk.uow, actor, overdue[0].invoice.id)
    run_sync(desk.uow, central_url)
    with connect(central_url) as connection:
        rows = connection.execute(
            "SELECT id, centre_code, invoice_id, level, due_on, amount_cents FROM invoice_reminder"
        ).fetchall()
    assert rows == [(made.id, "MEE", made.invoice_id, "first", made.due_on, made.amount_cents)]
