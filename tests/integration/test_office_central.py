"""The office's overview and signals, read through an office login, against the real PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import psycopg
import pytest

from desk_app.bootstrap import Desk
from desk_app.central.logins import add_office
from desk_app.cli import main
from desk_app.facts.office import FIGURES, DaySpan, organisation_overview
from desk_app.facts.sheet import FACTS
from desk_app.services.office.overview import PeriodKind, Span, centre_detail
from desk_app.services.office.signal_texts import SignalKind
from desk_app.services.office.signals import office_signals
from desk_app.sync.service import run_sync
from tests.integration.conftest import DEMO_END, MakeCentre

pytestmark = pytest.mark.central


def _synced(central_url: str, make_centre: MakeCentre) -> list[Desk]:
    desks = [
        make_centre("Alleman", days=12, seed=5),
        make_centre("Westend", days=12, seed=6),
        make_centre("De Bolder", days=12, seed=7),
    ]
    for desk in desks:
        run_sync(desk.uow, central_url)
    return desks


def _local(desk: Desk, span: Span) -> dict[str, object]:
    """The centre's own facts over ``span``, counted on its own SQLite database."""
    period = DaySpan(span.first.year, None, span.first, span.last)
    with desk.uow.read() as tx:
        return {
            fact.key: fact.local(tx.connection, period).total
            for fact in FACTS
            if fact.key in FIGURES and fact.local is not None
        }


def test_the_overview_equals_each_centres_own_facts(
    central_url: str, make_centre: MakeCentre
) -> None:
    desks = _synced(central_url, make_centre)
    office = add_office(central_url, "kantoor")
    for kind in (PeriodKind.YEAR, PeriodKind.MONTH, PeriodKind.WEEK):
        overview = organisation_overview(office, None, kind, date(2026, 2, 20))
        assert [c.code for c in overview.centres] == ["ALM", "BOL", "WES"]
        by_code = {centre.code: centre for centre in overview.centres}
        for desk, code in zip(desks, ("ALM", "WES", "BOL"), strict=True):
            local = _local(desk, overview.span)
            shown = {key: by_code[code].figure(key) for key in local}
            assert shown == local, (kind, code)
            assert by_code[code].last_sync is not None
        assert int(by_code["ALM"].figure("visits") or 0) > 0
        assert overview.previous.first.year == 2025
        assert all(c.figure("visits", last_year=True) == 0 for c in overview.centres)


def test_a_centres_detail_holds_its_days_and_z_totals(
    central_url: str, make_centre: MakeCentre
) -> None:
    desks = _synced(central_url, make_centre)
    office = add_office(central_url, "kantoor")
    span = Span(date(2026, 2, 1), DEMO_END)
    detail = centre_detail(office, None, "WES", span)
    assert detail.name == "Westend"
    assert detail.days
    assert detail.days[0].day >= detail.days[-1].day
    assert sum(day.visits for day in detail.days) == _local(desks[1], span)["visits"]
    assert detail.closed, "the demo closes its days"
    assert detail.z_total("cash_takings_cents") >= 0


def test_a_centres_day_turnover_is_the_facts_bar_turnover_without_card_sales(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre("Westend", days=12, seed=6)  # its strippenkaarten sold on its last day
    run_sync(desk.uow, central_url)
    span = Span(date(2026, 2, 1), date(2026, 3, 2))
    detail = centre_detail(add_office(central_url, "kantoor"), None, "WES", span)
    shown = sum(day.turnover_cents for day in detail.days)
    assert shown == _local(desk, span)["bar_turnover_cents"]
    with psycopg.connect(central_url) as connection:
        row = connection.execute("SELECT sum(total_cents) FROM sale WHERE NOT training").fetchone()
    assert row is not None
    assert shown < int(row[0])  # the cards' sales are in the till, not in the bar's turnover


def test_central_status_flags_a_centre_silent_for_two_days(
    central_url: str, make_centre: MakeCentre, capsys: pytest.CaptureFixture[str]
) -> None:
    _synced(central_url, make_centre)
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute("UPDATE sync_progress SET updated_at = now() - interval '2 days 1 hour'")
        admin.execute("UPDATE sync_progress SET updated_at = now() WHERE centre_code <> 'WES'")
        admin.execute(  # the desk's own word on its last sync came two days ago too
            "UPDATE sync_contact SET contacted_at = now() - interval '2 days 1 hour', "
            "last_ok_at = now() - interval '2 days 1 hour' WHERE centre_code = 'WES'"
        )
    office = add_office(central_url, "kantoor")
    capsys.readouterr()
    assert main(["central", "status", "--central", office, "--json"]) == 1
    status = json.loads(capsys.readouterr().out)
    stale = {centre["code"]: centre["stale"] for centre in status["centres"]}
    assert stale == {"ALM": False, "BOL": False, "WES": True}
    [signal] = [s for s in status["signals"] if s["kind"] == "stale"]
    assert signal["centre_code"] == "WES"
    assert "Westend synchroniseert niet meer" in signal["what"]
    assert signal["advice"].startswith("Bel het buurthuis")
    assert status["centres"][0]["rows_received"] > 0
    assert main(["central", "status", "--central", office]) == 1
    out = capsys.readouterr().out
    assert "WES    Westend" in out
    assert "NIET GESYNCHRONISEERD" in out
    assert "Wat te doen: Bel het buurthuis" in out
    found = office_signals(office, None, datetime.now(UTC))
    assert [s.kind for s in found.signals if s.centre_code == "WES"] == [SignalKind.STALE]


def test_late_rows_refused_rows_and_never_synced_centres_are_signals(
    central_url: str, make_centre: MakeCentre
) -> None:
    _synced(central_url, make_centre)
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute("UPDATE visit SET late = true WHERE id IN (SELECT id FROM visit LIMIT 2)")
        admin.execute(
            "INSERT INTO sync_error (centre_code, epoch, seq, table_name, reason, payload) "
            "SELECT centre_code, epoch, 1, 'sale', 'kolom onbekend', '{}' FROM sync_progress "
            "WHERE centre_code = 'ALM'"
        )
        admin.execute("INSERT INTO centre_registry (code, name) VALUES ('OHF', 'Open Hof')")
    found = office_signals(central_url, None, datetime.now(UTC))
    kinds = {(s.kind, s.centre_code) for s in found.signals}
    assert (SignalKind.REFUSED, "ALM") in kinds
    assert (SignalKind.STALE, "OHF") in kinds
    assert any(s.kind is SignalKind.LATE for s in found.signals)
    [refused] = [s for s in found.signals if s.kind is SignalKind.REFUSED]
    assert "kolom onbekend" in refused.what.message
    assert found.open_for("OHF") == 1
