"""Any change can be shown as it arrived and written again: ``desk-app central payload``."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from desk_app.central.logins import add_centre
from desk_app.cli import main
from desk_app.sync.service import run_sync
from tests.integration.checks import compare
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central

_FIRST_VISIT = (
    "SELECT centre_code, id, sync_epoch, sync_seq, visitors FROM visit ORDER BY sync_seq LIMIT 1"
)


def _argv(url: str, centre: str, epoch: uuid.UUID, seq: int) -> list[str]:
    where = ["--centre", centre, "--epoch", str(epoch), "--seq", str(seq)]
    return ["central", "payload", "--central", url, *where]


def test_a_row_changed_by_hand_is_shown_as_it_arrived_and_restored(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre(days=3)
    run_sync(desk.uow, central_url, batch_size=100)
    with psycopg.connect(central_url, autocommit=True) as connection:
        found = connection.execute(_FIRST_VISIT).fetchone()
        assert found is not None
        centre, row_id, epoch, seq, visitors = found
        connection.execute(
            "UPDATE visit SET visitors = visitors + 40 WHERE centre_code = %s AND id = %s",
            (centre, row_id),
        )
    argv = _argv(central_url, centre, epoch, seq)
    assert main(argv) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["table"], shown["seq"], shown["epoch"]) == ("visit", seq, str(epoch))
    assert uuid.UUID(shown["row_id"]) == row_id
    assert shown["row"]["visitors"] == visitors
    assert not compare(desk, central_url, seed=1).clean  # the hand-made change shows

    assert main([*argv, "--apply"]) == 0
    assert f"Opnieuw geschreven: visit {shown['row_id']}" in capsys.readouterr().out
    with psycopg.connect(central_url) as connection:
        restored = connection.execute(
            "SELECT visitors FROM visit WHERE centre_code = %s AND id = %s", (centre, row_id)
        ).fetchone()
    assert restored == (visitors,)
    report = compare(desk, central_url, seed=1)
    assert report.clean, report


def test_a_centre_login_shows_only_its_own_changes(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre(days=1)
    run_sync(desk.uow, central_url, batch_size=100)
    with psycopg.connect(central_url) as connection:
        found = connection.execute(_FIRST_VISIT).fetchone()
    assert found is not None
    centre, _row_id, epoch, seq, _visitors = found
    other = add_centre(central_url, "ALM")
    assert main(_argv(other, centre, epoch, seq)) == 1
    assert f"Geen wijziging nr {seq} van buurthuis {centre}" in capsys.readouterr().out
    assert main(_argv(central_url, centre, epoch, 10**9)) == 1
