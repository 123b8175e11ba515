"""The roster reaches the central mirror: the demo's weekly shifts and their one exception."""

from __future__ import annotations

import pytest

from desk_app.central.connect import connect
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def test_the_demo_roster_and_its_exception_reach_the_central_database(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=14)
    run_sync(desk.uow, central_url)
    with connect(central_url) as connection:
        patterns = connection.execute(
            "SELECT count(*), count(DISTINCT task) FROM shift_pattern"
        ).fetchone()
        cancelled = connection.execute(
            "SELECT count(*) FROM shift WHERE cancelled AND pattern_id IS NOT NULL"
        ).fetchone()
    assert patterns is not None
    count, tasks = patterns
    assert isinstance(count, int)
    assert count > 30
    assert tasks == 4  # desk, BHV, bar and youth work
    assert cancelled == (1,)
