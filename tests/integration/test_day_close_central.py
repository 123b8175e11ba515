"""A synced day close tells the central database the day is closed; later rows are marked late."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from desk_app.central.connect import connect
from desk_app.db.rules import bulk_insert
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import DayPartKey, Person, Purpose, Role, Visit
from desk_app.models.types import new_id
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def test_closed_days_reach_the_central_database(central_url: str, make_centre: MakeCentre) -> None:
    from datetime import datetime  # noqa: PLC0415

    desk = make_centre(days=3)
    run_sync(desk.uow, central_url)
    with connect(central_url) as connection:
        closed = connection.execute(
            "SELECT local_day FROM closed_day WHERE centre_code = 'MEE' ORDER BY 1"
        ).fetchall()
        closes = connection.execute("SELECT count(*) FROM day_close").fetchone()
    assert [day for (day,) in closed] == [date(2026, 2, 27), date(2026, 2, 28)]
    assert closes == (2,)
    at = datetime.combine(date(2026, 2, 28), time(16, 0), LOCAL_ZONE)
    with desk.uow.write() as tx:  # a row that slipped past the lock, say a restored backup
        recorder = tx.session.scalars(select(Person.id).where(Person.role == Role.MANAGER)).one()
        row = {
            "id": new_id(),
            "centre_code": "MEE",
            "created_at": at,
            "local_day": date(2026, 2, 28),
            "day_part": DayPartKey.AFTERNOON,
            "visitors": 1,
            "pass_id": None,
            "purpose": Purpose.LIVING_ROOM,
            "purpose_ref": None,
            "age_group": None,
            "first_visit": False,
            "recorded_by": recorder,
            "reverses_id": None,
        }
        bulk_insert(tx.session, Visit, [row])
    run_sync(desk.uow, central_url)
    with connect(central_url) as connection:
        late = connection.execute("SELECT late FROM visit WHERE id = %s", (row["id"],)).fetchone()
    assert late == (True,)
