"""Volunteers counted for the year asked for: who signed in that year, not today's register."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from desk_app.bootstrap import Desk
from desk_app.central.logins import add_office
from desk_app.cli import main
from desk_app.facts.queries import volunteers_active
from desk_app.facts.registry import Period
from desk_app.kinds import VolunteerKind
from desk_app.services.auth import Actor
from desk_app.services.office.municipality import municipal_report
from desk_app.services.people import set_active
from desk_app.services.volunteers.duty import toggle_by_badge
from desk_app.services.volunteers.register import VolunteerDetails, add_volunteer, register
from desk_app.sync.service import run_sync
from tests.conftest import FakeClock

pytestmark = pytest.mark.central

# Who signs in which year: Anna left after 2025, Eef is paid staff, Fem never came.
PEOPLE = (
    ("Anna Bakker", VolunteerKind.REGULAR, (2025,)),
    ("Bert Claassen", VolunteerKind.SOCIAL_RETURN, (2025, 2026)),
    ("Cor Dekker", VolunteerKind.INTERN, (2026,)),
    ("Dini Evers", VolunteerKind.REGULAR, (2026,)),
    ("Eef Franssen", VolunteerKind.STAFF, (2026,)),
    ("Fem Gerritsen", VolunteerKind.REGULAR, ()),
)
WANTED = {  # key: (2026, 2025)
    "volunteers_active": (3, 2),
    "volunteers_social_return": (1, 1),
    "volunteers_intern": (1, 0),
}


def _two_years_of_duty(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    for name, kind, years in PEOPLE:
        person = add_volunteer(desk.uow, manager, VolunteerDetails(name, kind=kind))
        badge = next(row.badge_code for row in register(desk.uow) if row.person_id == person)
        assert badge is not None
        for year in years:
            clock.moment = datetime(year, 2, 3, 9, tzinfo=UTC)
            toggle_by_badge(desk.uow, manager, badge)
            clock.moment = datetime(year, 2, 3, 12, tzinfo=UTC)
            toggle_by_badge(desk.uow, manager, badge)
        if name == "Anna Bakker":
            set_active(desk.uow, manager, person, False)
    clock.moment = datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_volunteers_are_those_who_signed_in_that_year_locally_and_centrally(
    central_url: str,
    desk: Desk,
    manager: Actor,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _two_years_of_duty(desk, manager, clock)
    with desk.uow.read() as tx:
        local = {
            year: volunteers_active(tx.connection, Period(year)).total for year in (2026, 2025)
        }
    assert local == {2026: 3, 2025: 2}

    run_sync(desk.uow, central_url)
    report = municipal_report(add_office(central_url, "kantoor"), 2026)
    lines = {line.key: line for line in report.lines}
    for key, (this_year, last_year) in WANTED.items():
        assert (lines[key].total, lines[key].previous_total) == (this_year, last_year), key
        assert lines[key].per_centre["MEE"] == this_year, key
        assert lines[key].previous_per_centre["MEE"] == last_year, key
    for year in (2026, 2025):
        capsys.readouterr()
        argv = ["report", "facts", "--year", str(year), "--central", central_url, "--json"]
        assert main(argv) == 0
        central = json.loads(capsys.readouterr().out)
        assert central["total"]["volunteers_active"] == local[year]
        assert central["centres"]["MEE"]["volunteers_active"] == local[year]
