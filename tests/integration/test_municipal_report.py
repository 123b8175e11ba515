"""The municipal report from the central database: its figures are the centres' own facts."""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.central.logins import add_centre, add_office
from desk_app.cli import main
from desk_app.commands import EXIT_REFUSED
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.errors import NotAllowed
from desk_app.kinds import Recurrence, Role, TargetGroup
from desk_app.models import Person
from desk_app.services.activities import programme
from desk_app.services.auth import authenticate
from desk_app.services.office.municipality import MunicipalReport, municipal_report
from desk_app.services.office.target_groups import own_groups, publish_own_group
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central

OVERLAP = (
    "visits",
    "unique_visitors",
    "activities",
    "rental_income_cents",
    "occupancy_pct",
    "volunteers_active",
    "volunteer_hours",
    "satisfaction_pct",
    *(f"{kind}_{group.value}" for group in TargetGroup for kind in ("activities", "participants")),
)


def _local_totals(folder: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """``report facts --json`` of one centre's own database: its totals."""
    capsys.readouterr()
    assert main(["--data-dir", folder, "report", "facts", "--year", "2026", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out)["total"])


def _totals(report: MunicipalReport) -> dict[str, object]:
    return {line.key: line.total for line in report.lines}


def test_the_report_totals_are_the_sum_of_the_centres_local_facts(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    desks = [make_centre("Alleman", days=25, seed=5), make_centre("Westend", days=25, seed=6)]
    for desk in desks:
        run_sync(desk.uow, central_url)
    local = [_local_totals(str(d.folder.root), capsys) for d in desks]
    report = municipal_report(add_office(central_url, "kantoor"), 2026)
    totals = _totals(report)
    assert report.centres == {"ALM": "Alleman", "WES": "Westend"}
    for key in OVERLAP:
        if not key.endswith("_pct"):
            assert totals[key] == sum(int(str(one[key])) for one in local), key
    capsys.readouterr()
    assert main(["report", "facts", "--year", "2026", "--central", central_url, "--json"]) == 0
    central = json.loads(capsys.readouterr().out)
    for key in OVERLAP:
        assert totals[key] == central["total"][key], key
        for line in report.lines:
            if line.key == key:
                for code in ("ALM", "WES"):
                    assert line.per_centre[code] == central["centres"][code][key], (key, code)
    assert int(str(totals["visits"])) == sum(
        int(str(totals[f"visits_{age}"]))
        for age in ("child", "youth", "adult", "senior", "unknown")
    )
    assert int(str(totals["free_hours"])) > 0
    assert int(str(totals["free_value_cents"])) > 0


def test_a_municipality_gets_only_its_own_centres(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    desks = [make_centre("Alleman", days=15, seed=5), make_centre("Westend", days=15, seed=6)]
    for desk in desks:
        run_sync(desk.uow, central_url)
    add_centre(central_url, "ALM", "Alleman", municipality="Amstelveen")
    assert (
        main(
            [
                "central",
                "add-centre",
                "WES",
                "--central",
                central_url,
                "--municipality",
                "Ouder-Amstel",
            ]
        )
        == 0
    )
    local = _local_totals(str(desks[0].folder.root), capsys)
    capsys.readouterr()
    argv = ["report", "municipality", "--year", "2026", "--central", central_url]
    assert main([*argv, "--municipality", "amstelveen", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert list(shown["centres"]) == ["ALM"]
    for key in ("visits", "unique_visitors", "volunteer_hours", "activities"):
        assert shown["total"][key] == local[key], key
    assert main([*argv, "--municipality", "Diemen"]) != 0  # no centres there: refused
    assert main(["report", "municipality", "--year", "1", "--central", central_url]) != 0


def test_an_activitys_own_target_group_reaches_the_central_report(
    central_url: str, make_centre: MakeCentre
) -> None:
    office = add_office(central_url, "kantoor")
    publish_own_group(office, "Mensen met dementie")
    desk = make_centre("Open Hof", days=10, seed=3)
    run_sync(desk.uow, central_url)  # the pull brings the group
    [(group_id, name)] = programme.own_group_choices(desk.uow)
    assert name == "Mensen met dementie"
    with desk.uow.read() as tx:
        manager_id = tx.session.scalars(
            select(Person.id).where(Person.role == Role.MANAGER, Person.name == DEMO_MANAGER[0])
        ).one()
    actor = authenticate(desk.uow, manager_id, DEMO_MANAGER[1])
    plan = programme.ActivityPlan(
        name="Alzheimer Café",
        target_group=TargetGroup.ELDERLY,
        recurrence=Recurrence.ONCE,
        first_day=date(2026, 2, 20),
        last_day=date(2026, 2, 20),
        starts=time(14),
        ends=time(16),
        own_group_id=group_id,
    )
    [held] = programme.plan_activity(desk.uow, actor, plan)
    programme.record_attendance(desk.uow, actor, held.occurrence_id, 23)
    run_sync(desk.uow, central_url)
    lines = {line.key: line for line in municipal_report(office, 2026).lines}
    assert lines["activities_own:Mensen met dementie"].total == 1
    assert lines["participants_own:Mensen met dementie"].total == 23
    publish_own_group(office, "mensen met dementie", active=False)
    assert [g.active for g in own_groups(office)] == [False]


def test_the_office_keeps_its_own_groups_from_the_command_line(
    central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    office = add_office(central_url, "kantoor")
    argv = ["central", "target-groups", "--central", office]
    assert main([*argv, "--add", "Mensen met een beperking"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Gepubliceerd als release 1.",
        "Mensen met een beperking",
    ]
    assert main([*argv, "--add", "Mantelzorgers", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [(g["name"], g["active"]) for g in listed] == [
        ("Mantelzorgers", True),
        ("Mensen met een beperking", True),
    ]
    assert main([*argv, "--retire", "Mantelzorgers"]) == 0
    assert "Mantelzorgers (vervallen)" in capsys.readouterr().out
    assert main([*argv, "--retire", "Onbekend"]) != 0  # refused: no such group
    assert main([*argv, "--add", " "]) != 0
    assert len(own_groups(office)) == 2


def test_a_centres_login_is_refused_target_groups_in_words(
    central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    alleman = add_centre(central_url, "ALM", "Alleman")
    argv = ["central", "target-groups", "--central", alleman, "--add", "Mantelzorgers"]
    assert main(argv) == EXIT_REFUSED
    said = capsys.readouterr().err
    assert said.startswith("Alleen het kantoor van de organisatie mag doelgroepen publiceren")
    assert "permission denied" not in said
    with pytest.raises(NotAllowed, match="doelgroepen publiceren"):
        publish_own_group(alleman, "Mantelzorgers", active=False)
    assert own_groups(add_office(central_url, "kantoor")) == []
