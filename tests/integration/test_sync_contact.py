"""Every sync contact reaches the office: an empty sync keeps a centre fresh, a failure says why."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import psycopg
import pytest

from desk_app.central.contact import record_contact
from desk_app.central.logins import add_centre, add_office
from desk_app.cli import main
from desk_app.services.office.signal_texts import SignalKind
from desk_app.services.office.signals import CentreSync, office_signals
from desk_app.sync.push import CentralAhead
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central

TWO_DAYS_AGO = "now() - interval '2 days 1 hour'"


def _age_everything(url: str) -> None:
    """As if the centre's last sync was two days ago."""
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute(f"UPDATE sync_progress SET updated_at = {TWO_DAYS_AGO}")
        owner.execute(
            f"UPDATE sync_contact SET contacted_at = {TWO_DAYS_AGO}, last_ok_at = {TWO_DAYS_AGO}"
        )


def _centre(office: str, code: str) -> CentreSync:
    found = office_signals(office, None, datetime.now(UTC))
    return next(centre for centre in found.centres if centre.code == code)


def test_a_sync_with_nothing_new_keeps_the_centre_fresh(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre("Alleman", days=2, seed=5)
    login = add_centre(central_url, "ALM", "Alleman")
    run_sync(desk.uow, login)
    office = add_office(central_url, "kantoor")
    _age_everything(central_url)
    assert _centre(office, "ALM").stale(datetime.now(UTC))
    result = run_sync(desk.uow, login)
    assert result.sent == 0, "nothing new was sent"
    centre = _centre(office, "ALM")
    assert not centre.stale(datetime.now(UTC))
    assert centre.last_ok is True
    assert centre.last_message is not None
    assert centre.last_message.message.startswith("0 verzonden, 0 geweigerd")
    found = office_signals(office, None, datetime.now(UTC))
    assert not [s for s in found.signals if s.kind in (SignalKind.STALE, SignalKind.FAILED)]


def test_a_failed_syncs_message_reaches_the_office(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre("Westend", days=2, seed=6)
    login = add_centre(central_url, "WES", "Westend")
    run_sync(desk.uow, login)
    with psycopg.connect(central_url, autocommit=True) as owner:
        owner.execute("UPDATE sync_progress SET high_water = high_water + 1000")
        good = owner.execute("SELECT last_ok_at FROM sync_contact").fetchone()
    with pytest.raises(CentralAhead):
        run_sync(desk.uow, login)
    office = add_office(central_url, "kantoor")
    centre = _centre(office, "WES")
    assert centre.last_ok is False
    assert centre.last_message is not None
    assert "al tot nummer" in centre.last_message.message
    assert centre.last_contact is not None
    assert good is not None
    assert centre.last_sync == good[0] < centre.last_contact  # the failure kept the good time
    found = office_signals(office, None, datetime.now(UTC))
    [failed] = [s for s in found.signals if s.kind is SignalKind.FAILED]
    assert failed.centre_code == "WES"
    assert failed.what == centre.last_message  # the desk's own words, each reader translates
    capsys.readouterr()
    assert main(["central", "status", "--central", office, "--json"]) == 1
    [shown] = json.loads(capsys.readouterr().out)["centres"]
    assert shown["last_ok"] is False
    assert "al tot nummer" in shown["last_message"]
    assert main(["central", "status", "--central", office]) == 1
    out = capsys.readouterr().out
    assert "(MISLUKT): De centrale database zegt" in out
    assert "Synchronisatie mislukt:" in out


def test_another_centres_login_cannot_write_its_contact(central_url: str) -> None:
    alleman = add_centre(central_url, "ALM", "Alleman")
    westend = add_centre(central_url, "WES", "Westend")
    record_contact(alleman, "ALM", ok=True, message="")
    for code in ("ALM", "BOL"):  # an existing centre's row, and a new one
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            record_contact(westend, code, ok=False, message="vals")
    with psycopg.connect(central_url) as owner:
        rows = owner.execute("SELECT centre_code, ok, message FROM sync_contact").fetchall()
    assert rows == [("ALM", True, "")]
