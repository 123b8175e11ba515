"""The books for the accountant: the XAF 3.2 audit file and the journal CSV of a demo centre.

The schema ``tests/books/XmlAuditfileFinancieel3.2.xsd`` is the published XML Auditfile
Financieel 3.2 XSD, copied from github.com/OCA/l10n-netherlands
(l10n_nl_xaf_auditfile_export/data/XmlAuditfileFinancieel3.2.xsd, commit f7cd44f6eb00).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from desk_app.bootstrap import open_desk
from desk_app.cli import main
from desk_app.demo import DemoOptions, generate
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.models import AuditEntry
from desk_app.paths import DataFolder
from desk_app.services.books.ledger import DEFAULT_LEDGER
from desk_app.services.books.till_period import TillDay, till_period
from desk_app.services.day_close.z_report_data import closed_days, z_report
from desk_app.services.till.reports import day_figures

XSD = Path(__file__).parent.parent / "books" / "XmlAuditfileFinancieel3.2.xsd"
NS = {"x": "http://www.auditfiles.nl/XAF/3.2"}
OPTIONS = DemoOptions(days=75, seed=2, end=date(2026, 6, 30))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo centre with till days, closes, paid-outs, invoices, a credit note and payments."""
    home = tmp_path_factory.mktemp("books")
    desk = open_desk(DataFolder(home))
    try:
        generate(desk.uow, OPTIONS)
    finally:
        desk.close()
    return home


@pytest.fixture(scope="module")
def audit_file(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> etree._ElementTree:
    out = tmp_path_factory.mktemp("out") / "2026.xaf"
    with pytest.MonkeyPatch.context() as patch:  # the social manager signs the export
        patch.setattr("getpass.getpass", lambda _prompt: DEMO_MANAGER[1])
        argv = ["--data-dir", str(demo), "export", "xaf", "--year", "2026", "--out", str(out)]
        assert main(argv) == 0
    return etree.parse(str(out))


@pytest.fixture(autouse=True)
def manager_types_her_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getpass", lambda _prompt: DEMO_MANAGER[1])


def _cents(line: etree._Element) -> int:
    amount = line.findtext("x:amnt", namespaces=NS) or "0"
    euros, cents = amount.split(".")
    value = int(euros) * 100 + int(cents)
    return value if line.findtext("x:amntTp", namespaces=NS) == "D" else -value


def test_the_audit_file_is_valid_against_the_published_xsd(
    audit_file: etree._ElementTree,
) -> None:
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(audit_file), schema.error_log


def test_every_transaction_balances_and_the_file_holds_every_part(
    audit_file: etree._ElementTree,
) -> None:
    transactions = audit_file.findall(".//x:transaction", NS)
    assert len(transactions) > 75
    for transaction in transactions:
        lines = transaction.findall("x:trLine", NS)
        assert len(lines) >= 2
        assert sum(_cents(line) for line in lines) == 0, transaction.findtext("x:nr", namespaces=NS)
    journals = {
        j.findtext("x:jrnID", namespaces=NS) for j in audit_file.findall(".//x:journal", NS)
    }
    assert journals == {"KAS", "VRK", "ONT", "STR"}
    accounts = {a.text for a in audit_file.findall(".//x:trLine/x:accID", NS)}
    used = ("cash", "card_clearing", "coffee_cards", "multi_visit_cards", "debtors", "paid_out")
    for name in (*used, "bank"):
        assert getattr(DEFAULT_LEDGER, name).number in accounts, name
    assert audit_file.findall(".//x:customerSupplier", NS)
    assert audit_file.findall(".//x:trLine[x:artGrpID]", NS)


def _till_gross_per_rate(audit_file: etree._ElementTree, days: set[str] | None) -> dict[int, int]:
    """Bar turnover including VAT per rate, from the till journal's revenue and VAT lines."""
    rate_of = {a.number: r for r, a in DEFAULT_LEDGER.bar.items()}
    rate_of.update({a.number: r for r, a in DEFAULT_LEDGER.vat.items()})
    totals: dict[int, int] = defaultdict(int)
    for transaction in audit_file.findall(".//x:journal[x:jrnID='KAS']/x:transaction", NS):
        if days is not None and transaction.findtext("x:trDt", namespaces=NS) not in days:
            continue
        for line in transaction.findall("x:trLine", NS):
            account = line.findtext("x:accID", namespaces=NS) or ""
            if account in rate_of:
                totals[rate_of[account]] -= _cents(line)
    return dict(totals)


def test_the_turnover_per_rate_equals_the_z_reports_and_the_yearly_facts(
    demo: Path, audit_file: etree._ElementTree, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = open_desk(DataFolder(demo))
    try:
        closed = [day for day, _ in closed_days(desk.uow, limit=400)]
        z_totals: dict[int, int] = defaultdict(int)
        for day in closed:
            for row in z_report(desk.uow, day).overview.till.vat_rows:
                z_totals[row.rate] += row.gross_cents
    finally:
        desk.close()
    in_file = _till_gross_per_rate(audit_file, {day.isoformat() for day in closed})
    assert in_file == {rate: cents for rate, cents in z_totals.items() if cents}
    assert main(["--data-dir", str(demo), "report", "facts", "--year", "2026", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    year = sum(_till_gross_per_rate(audit_file, None).values())
    assert year == facts["total"]["bar_turnover_cents"] > 0


def _journal_sums(audit_file: etree._ElementTree, journal: str) -> dict[str, int]:
    """Per account, the signed sum of a journal's lines."""
    sums: dict[str, int] = defaultdict(int)
    for line in audit_file.findall(f".//x:journal[x:jrnID='{journal}']//x:trLine", NS):
        sums[line.findtext("x:accID", namespaces=NS) or ""] += _cents(line)
    return sums


def test_strippenkaarten_are_credit_until_stamped_and_their_turnover_equals_the_facts(
    demo: Path, audit_file: etree._ElementTree, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cards sold go to the liability, not turnover; stamps move their share to turnover."""
    liability = DEFAULT_LEDGER.multi_visit_cards.number
    sold = -_journal_sums(audit_file, "KAS")[liability]
    assert sold == 2 * 1250 + 2 * 2250  # the demo's four cards, none in the bar's turnover
    stamps = _journal_sums(audit_file, "STR")
    used = stamps.pop(liability)
    assert used == 2 * 250 + 225  # a couple on a 5-card, one on a 10-card
    activities = {a.number for a in DEFAULT_LEDGER.activities.values()}
    vat = {a.number for a in DEFAULT_LEDGER.vat.values()}
    assert set(stamps) <= activities | vat
    assert -sum(stamps.values()) == used
    assert main(["--data-dir", str(demo), "report", "facts", "--year", "2026", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["total"]["card_turnover_cents"] == used


def test_the_journal_csv_has_the_same_lines(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "journaal.csv"
    argv = ["--data-dir", str(demo), "export", "journal", "--from", "2026-04-01"]
    assert main([*argv, "--to", "2026-06-30", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert rows
    per_entry: dict[str, int] = defaultdict(int)
    for row in rows:
        assert "2026-04-01" <= row["datum"] <= "2026-06-30"
        debit = int((row["debet"] or "0").replace(".", ""))
        credit = int((row["credit"] or "0").replace(".", ""))
        per_entry[row["boekstuk"]] += debit - credit
    assert set(per_entry.values()) == {0}


def test_a_missing_output_folder_gets_a_dutch_message(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bestaat-niet" / "2026.xaf"
    code = main(["--data-dir", str(demo), "export", "xaf", "--year", "2026", "--out", str(out)])
    assert code == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert not out.parent.exists()


def test_a_journal_whose_last_day_comes_first_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "journaal.csv"
    argv = ["--data-dir", str(demo), "export", "journal", "--from", "2026-06-30"]
    assert main([*argv, "--to", "2026-06-01", "--out", str(out)]) == 2
    assert "De laatste dag ligt voor de eerste" in capsys.readouterr().err
    assert not out.exists()


def test_the_period_read_of_the_till_equals_each_days_x_report(demo: Path) -> None:
    """The books read the till in a few queries; every day must still be its X-report."""
    desk = open_desk(DataFolder(demo))
    try:
        with desk.uow.read() as tx:
            period = till_period(tx.session, OPTIONS.start, OPTIONS.end)
            days = [OPTIONS.start + timedelta(days=n) for n in range(OPTIONS.days)]
            reports = [day_figures(tx.session, day, tx.now) for day in days]
    finally:
        desk.close()
    assert sum(1 for report in reports if report.receipts) > 30
    for report in reports:
        till = period.get(report.day, TillDay())
        assert till.vat_rows == list(report.vat_rows), report.day
        assert sorted(till.payments.items()) == sorted(report.payments), report.day
        assert sorted(till.card_loads.items()) == sorted(report.card_loads), report.day
        assert till.rounding_cents == report.cash_rounding_cents, report.day
        assert till.cards_sold_cents == report.cards_sold_cents, report.day
        assert sum(till.stamps.values()) == report.stamps_used_cents, report.day


def test_an_export_needs_the_managers_pin_and_is_audited(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "journaal.csv"
    argv = ["--data-dir", str(demo), "export", "journal", "--from", "2026-06-01"]
    argv += ["--to", "2026-06-30", "--out", str(out)]
    monkeypatch.setattr("getpass.getpass", lambda _prompt: "000000")
    assert main(argv) == 2
    assert "Onjuiste pincode" in capsys.readouterr().err
    assert not out.exists()
    monkeypatch.setattr("getpass.getpass", lambda _prompt: DEMO_MANAGER[1])
    assert main(argv) == 0
    desk = open_desk(DataFolder(demo))
    try:
        with desk.uow.read() as tx:
            newest = select(AuditEntry.actor_name, AuditEntry.subject, AuditEntry.after_json)
            entry = tx.session.execute(
                newest.where(AuditEntry.action == "books.export")
                .order_by(AuditEntry.created_at.desc())
                .limit(1)
            ).one()
    finally:
        desk.close()
    assert entry.actor_name == DEMO_MANAGER[0]
    assert entry.subject == "journaal 2026-06-01 - 2026-06-30"
    assert json.loads(entry.after_json) == {"file": str(out)}
