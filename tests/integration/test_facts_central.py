"""The organisation's facts from the central database equal the centres' own, added up."""

from __future__ import annotations

import json

import psycopg
import pytest
from psycopg import sql

from desk_app.cli import main
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def _local_facts(folder: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["--data-dir", folder, "report", "facts", "--year", "2026", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out)["total"])


def test_central_facts_are_the_sum_of_the_centres(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    desks = [make_centre("Alleman", days=25, seed=5), make_centre("Westend", days=25, seed=6)]
    for desk in desks:
        run_sync(desk.uow, central_url)
    local = [_local_facts(str(desk.folder.root), capsys) for desk in desks]
    argv = ["report", "facts", "--year", "2026", "--central", central_url, "--json"]
    assert main(argv) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["source"] == "central"
    assert set(facts["centres"]) == {"ALM", "WES"}
    summed = ("visits", "unique_visitors", "volunteers_active", "bar_turnover_cents")
    for key in (*summed, "card_turnover_cents", "participants_elderly"):
        assert facts["total"][key] == sum(int(str(one[key])) for one in local), key
    assert facts["total"]["card_turnover_cents"] > 0  # each demo stamps its chair yoga
    assert facts["centres"]["ALM"]["visits"] == local[0]["visits"]
    assert facts["centres"]["WES"]["occupancy_pct"] == local[1]["occupancy_pct"]
    assert main([*argv[:-1], "--centre", "WES", "--json"]) == 0
    only = json.loads(capsys.readouterr().out)
    assert list(only["centres"]) == ["WES"]
    assert only["total"]["visits"] == local[1]["visits"]


def test_one_centre_counts_only_its_own_shifts_when_ids_recur_elsewhere(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    """Keys are unique per centre: a sign-out joins the sign-in of its own centre only."""
    desk = make_centre("Westend", days=10, seed=6)
    run_sync(desk.uow, central_url)
    local = _local_facts(str(desk.folder.root), capsys)
    assert int(str(local["volunteer_hours"])) > 0
    with psycopg.connect(central_url) as connection:
        for table in ("sign_in", "sign_out", "visit"):
            connection.execute(
                sql.SQL(
                    "CREATE TEMP TABLE copied AS SELECT * FROM {0} WHERE centre_code = 'WES';"
                    "UPDATE copied SET centre_code = 'KLO';"
                    "INSERT INTO {0} SELECT * FROM copied; DROP TABLE copied"
                ).format(sql.Identifier(table))
            )
    argv = ["report", "facts", "--year", "2026", "--central", central_url, "--json"]
    assert main([*argv[:-1], "--centre", "WES", "--json"]) == 0
    only = json.loads(capsys.readouterr().out)["total"]
    for key in ("volunteer_hours", "visits", "unique_visitors"):
        assert only[key] == local[key], key
