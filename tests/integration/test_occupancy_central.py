"""Central occupancy: each centre's figure as at the centre, the total weighted by open parts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desk_app.central.connect import engine_for
from desk_app.facts.occupancy import occupancy_pct
from desk_app.facts.registry import Period
from desk_app.facts.sheet import fact_sheet
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Room
from desk_app.services.rooms.occupancy import occupancy
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central
NOW = datetime(2026, 2, 1, 12, tzinfo=UTC)


def test_occupancy_of_three_centres_from_the_central_database(
    central_url: str, make_centre: MakeCentre
) -> None:
    desks = [
        make_centre("Alleman", days=20, seed=5),
        make_centre("Westend", days=30, seed=6),
        make_centre("Open Hof", days=10, seed=7),
    ]
    with desks[2].uow.write() as tx:  # more rooms: more open parts, more weight
        for number in range(4):
            tx.session.add(
                Room(centre_code="OHO", name=f"Studio {number}", capacity=8, created_at=NOW)
            )
    today = datetime.now(LOCAL_ZONE).date()
    reports = {}
    for desk in desks:
        run_sync(desk.uow, central_url)
        with desk.uow.read() as tx:
            reports[tx.centre_code()] = occupancy(desk.uow, date(2026, 1, 1), today)
    engine = engine_for(central_url)
    try:
        with engine.connect() as connection:
            sheet = fact_sheet(connection, Period(2026), central=True)
            westend = occupancy_pct(connection, Period(2026, "WES"))
    finally:
        engine.dispose()
    assert set(sheet.centres) == set(reports) == {"ALM", "WES", "OHO"}
    for code, report in reports.items():
        assert sheet.per_centre[code]["occupancy_pct"] == round(100 * report.rate, 1), code
    booked = sum(cell.booked for report in reports.values() for cell in report.cells)
    opened = sum(cell.open for report in reports.values() for cell in report.cells)
    assert sheet.total["occupancy_pct"] == round(100 * booked / opened, 1)
    plain_mean = sum(100 * report.rate for report in reports.values()) / len(reports)
    assert sheet.total["occupancy_pct"] != round(plain_mean, 1)  # weighted, not averaged
    assert westend.per_centre == {"WES": sheet.per_centre["WES"]["occupancy_pct"]}
    assert "occupancy_pct" not in sheet.notes
