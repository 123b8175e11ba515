"""A product at 0 % VAT (an activity fee, a donation): sold, on the receipt and reports, booked."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from lxml import etree

from desk_app.bootstrap import Desk
from desk_app.db.migrate import upgrade_database
from desk_app.documents.receipt_printer import receipt_text
from desk_app.documents.x_report import x_report_text
from desk_app.documents.xaf import xaf_bytes
from desk_app.documents.z_report_slip import z_report_slip
from desk_app.errors import InvalidInput
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.books.books import period_books
from desk_app.services.books.ledger import DEFAULT_LEDGER as LEDGER
from desk_app.services.books.till_days import till_entries
from desk_app.services.books.till_period import TillDay
from desk_app.services.day_close.sign_off import Closing, close_day
from desk_app.services.day_close.z_report_data import z_report
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import ProductDraft, save_product
from desk_app.services.till.reports import x_report
from desk_app.services.till.sales import sell
from desk_app.services.till.vat import VatRow
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN
from tests.unit.day_close_factories import counts_for
from tests.unit.till_factories import START, Bar, set_up_bar

DAY = date(2026, 3, 2)
XSD = Path(__file__).parent.parent / "books" / "XmlAuditfileFinancieel3.2.xsd"
NS = {"x": "http://www.auditfiles.nl/XAF/3.2"}


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


def _fee(uow: UnitOfWork, manager: Actor, rate: int = 0) -> UUID:
    draft = ProductDraft("Activiteiten", "Bijdrage creatief", 250, rate, False, START, None, 99)
    return save_product(uow, manager, draft).product_id


def _cents(line: etree._Element) -> int:
    """A transaction line's amount in cents, debit positive."""
    euros, cents = (line.findtext("x:amnt", namespaces=NS) or "0").split(".")
    value = int(euros) * 100 + int(cents)
    return value if line.findtext("x:amntTp", namespaces=NS) == "D" else -value


def _sell_fee_and_coffee(uow: UnitOfWork, bar: Bar) -> None:
    lines = [LineIn(_fee(uow, bar.manager), 2), LineIn(bar.products["Koffie"], 1)]
    sell(uow, bar.seller, lines, [PaymentIn(PaymentMethod.CARD, amount_cents=620)])


def test_a_manager_may_set_zero_but_not_six(uow: UnitOfWork, manager: Actor) -> None:
    assert _fee(uow, manager)
    with pytest.raises(InvalidInput, match="0, 9 of 21"):
        _fee(uow, manager, rate=6)


def test_the_receipt_and_z_report_show_a_zero_line_only_with_turnover_at_zero(
    uow: UnitOfWork, bar: Bar
) -> None:
    one = [LineIn(bar.products["Koffie"], 1)]
    coffee = sell(uow, bar.seller, one, [PaymentIn(PaymentMethod.CARD, amount_cents=120)])
    assert [row.rate for row in coffee.vat_rows] == [9]
    assert [row.rate for row in x_report(uow, bar.manager, DAY).vat_rows] == [9]
    two = [LineIn(_fee(uow, bar.manager), 2)]
    fee = sell(uow, bar.seller, two, [PaymentIn(PaymentMethod.CARD, amount_cents=500)])
    assert fee.vat_rows == (VatRow(0, 500, 0, 500),)
    assert "0%" in receipt_text(fee)
    report = close_day(
        uow, bar.manager, MANAGER_PIN, Closing(DAY, counts_for(0), card_terminal_cents=620)
    )
    assert report == z_report(uow, DAY)
    assert report.overview.till.vat_rows == (VatRow(0, 500, 0, 500), VatRow(9, 120, 10, 110))
    assert "btw 0%" in z_report_slip(report)
    assert "0%" in x_report_text(x_report(uow, bar.manager, DAY))


def test_the_books_put_the_fee_on_the_zero_slot_without_vat_and_the_xaf_balances(
    uow: UnitOfWork, bar: Bar
) -> None:
    _sell_fee_and_coffee(uow, bar)
    books = period_books(uow, DAY, DAY)
    (entry,) = books.entries
    assert entry.debit_cents == entry.credit_cents == 620
    on_zero = [line for line in entry.lines if line.account == LEDGER.bar[0]]
    assert [(line.cents, line.group) for line in on_zero] == [(-500, "Activiteiten")]
    assert {line.vat_rate for line in entry.lines} == {None, 9}  # no VAT line at 0 %
    audit = etree.fromstring(xaf_bytes(books, DAY))
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(audit), schema.error_log
    (transaction,) = audit.findall(".//x:transaction", NS)
    amounts = {
        line.findtext("x:accID", namespaces=NS): _cents(line)
        for line in transaction.findall("x:trLine", NS)
    }
    assert sum(amounts.values()) == 0
    assert amounts[LEDGER.bar[0].number] == -500
    assert LEDGER.bar[0].number in {
        a.findtext("x:accID", namespaces=NS) for a in audit.findall(".//x:ledgerAccount", NS)
    }


def test_stamps_of_a_card_at_zero_become_activity_turnover_without_vat() -> None:
    day = TillDay(stamps={0: 300, 9: 109})
    (used,) = [entry for entry in till_entries(LEDGER, DAY, day) if entry.number.startswith("STR")]
    assert sum(line.cents for line in used.lines) == 0
    on = {(line.account.number, line.vat_rate): line.cents for line in used.lines}
    assert on[(LEDGER.activities[0].number, None)] == -300
    assert on[(LEDGER.vat[9].number, 9)] == -9
    assert 0 not in {line.vat_rate for line in used.lines}


def test_the_upgrade_rebuilds_the_product_table_under_the_sales_that_refer_to_it(
    desk: Desk, bar: Bar
) -> None:
    coffee = [LineIn(bar.products["Koffie"], 1)]
    sell(desk.uow, bar.seller, coffee, [PaymentIn(PaymentMethod.CARD, amount_cents=120)])
    with desk.database.writer.begin() as connection:  # as an installed 0021 database
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0021'")
    assert upgrade_database(desk.database, desk.folder.backups, desk.uow.now()) is not None
    with desk.database.writer.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        names = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'product'"
        assert sorted(connection.exec_driver_sql(names).scalars()) == [
            "product_log_insert",
            "product_log_update",
        ]
    assert _fee(desk.uow, bar.manager)  # 0 % is taken, and the coffee sold still refers
    assert [row.rate for row in x_report(desk.uow, bar.manager, DAY).vat_rows] == [9]
