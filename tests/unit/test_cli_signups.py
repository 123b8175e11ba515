"""``desk-app activities signups``: a session's lists as text and JSON, the coming sessions."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest

from desk_app.bootstrap import Desk
from desk_app.cli import main
from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import Recurrence, TargetGroup
from desk_app.services.activities import programme as activities
from desk_app.services.activities import signups
from desk_app.services.auth import Actor
from tests.conftest import MANAGER_PIN


@pytest.fixture(autouse=True)
def manager_types_her_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lists name visitors: the social manager logs in with her PIN first."""
    monkeypatch.setattr("getpass.getpass", lambda _prompt: MANAGER_PIN)


def _session(desk: Desk, manager: Actor, day: date) -> str:
    [session] = activities.plan_activity(
        desk.uow,
        manager,
        activities.ActivityPlan(
            "Breicafé", TargetGroup.ELDERLY, Recurrence.ONCE, day, day, time(10), time(12)
        ),
    )
    signups.set_capacity(desk.uow, manager, session.occurrence_id, 1)
    for name in ("Ria", "Kees"):
        signups.sign_up_name(desk.uow, manager, session.occurrence_id, name)
    return str(session.occurrence_id)


def _run(desk: Desk, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--data-dir", str(desk.folder.root), "activities", "signups", *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_sessions_lists_as_json_and_text(
    desk: Desk, manager: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    session = _session(desk, manager, date(2026, 3, 5))
    code, out = _run(desk, capsys, "--session", session, "--json")
    assert code == 0
    listed = json.loads(out)
    assert (listed["capacity"], listed["activity"]) == (1, "Breicafé")
    assert [s["name"] for s in listed["placed"]] == ["Ria"]
    assert [s["name"] for s in listed["waiting"]] == ["Kees"]
    assert listed["attendance"]["absent"] == ["Ria"]
    code, out = _run(desk, capsys, "--session", session)
    assert "Wachtlijst: 1\n  1. Kees" in out


def test_without_a_session_the_coming_ones_are_listed(
    desk: Desk, manager: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    session = _session(desk, manager, datetime.now(LOCAL_ZONE).date())
    code, out = _run(desk, capsys)
    assert code == 0
    assert f"{session}  " in out
    assert "aangemeld 1/1, wachtlijst 1" in out


def test_a_wrong_session_number_is_refused(
    desk: Desk, manager: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(desk, capsys, "--session", "zeven")[0] == 2
    code, out = _run(desk, capsys, "--session", "0190a0a0-0000-7000-8000-000000000000")
    assert code == 2
    assert "bestaat niet" in out


def test_the_lists_need_the_managers_pin(
    desk: Desk, manager: Actor, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _session(desk, manager, date(2026, 3, 5))
    monkeypatch.setattr("getpass.getpass", lambda _prompt: "000000")
    code, out = _run(desk, capsys, "--session", session, "--json")
    assert code == 2
    assert "Onjuiste pincode" in out
    assert "Ria" not in out
