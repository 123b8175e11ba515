"""Alcohol law, reversals with the manager's PIN, tabs and the X-report."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import CertificateKind, PaymentMethod, Sale, SaleKind
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor
from desk_app.services.till.alcohol import bar_duty, set_bar_duty
from desk_app.services.till.basket import LineIn
from desk_app.services.till.journal import journal_csv, log_removed_line
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.receipts import receipt
from desk_app.services.till.reports import x_report
from desk_app.services.till.reversals import reverse_sale
from desk_app.services.till.sales import sell
from desk_app.services.till.settings import TillSettings, load_settings, save_settings
from desk_app.services.till.tabs import (
    add_to_tab,
    carry_over_tab,
    close_empty_tab,
    open_tab,
    settle_tab,
    tabs_blocking_close,
    take_off_tab,
)
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.duty import toggle_with_pin
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit.factories import volunteer
from tests.unit.till_factories import Bar, certify, set_up_bar

CASH = PaymentIn(PaymentMethod.CASH)
EVENING = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)  # a Monday, 20:00 in Amstelveen


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> Bar:
    clock.moment = EVENING
    return set_up_bar(uow, manager)


def _beer(bar: Bar) -> list[LineIn]:
    return [LineIn(bar.products["Pils"], 1)]


def test_beer_is_served_in_the_evening_with_a_qualified_person(uow: UnitOfWork, bar: Bar) -> None:
    paid = sell(uow, bar.seller, _beer(bar), [CASH], age_confirmed=True)
    assert paid.total_cents == 250


def test_alcohol_refused_without_a_qualified_person(uow: UnitOfWork, bar: Bar) -> None:
    untrained = volunteer(uow, bar.manager, name="Kees Bos", role=bar.seller.role, pin="3333")
    toggle_with_pin(uow, bar.seller.person_id, "2222")  # Henk, with his IVA, signs out
    toggle_with_pin(uow, untrained.person_id, "3333")  # Kees, without one, signs in
    set_bar_duty(uow, bar.seller, [untrained.person_id])
    with pytest.raises(NotAllowed, match="IVA- of SVH-diploma"):
        sell(uow, bar.seller, _beer(bar), [CASH], age_confirmed=True)
    certify(uow, untrained.person_id, CertificateKind.SVH)
    sell(uow, bar.seller, _beer(bar), [CASH], age_confirmed=True)
    assert [row.name for row in bar_duty(uow) if row.on_duty and row.qualified] == ["Kees Bos"]


def test_alcohol_refused_outside_the_hours(uow: UnitOfWork, bar: Bar, clock: FakeClock) -> None:
    clock.moment = EVENING - timedelta(hours=6)  # 14:00 local on a weekday
    with pytest.raises(NotAllowed, match="schenktijden"):
        sell(uow, bar.seller, _beer(bar), [CASH], age_confirmed=True)
    hours: dict[int, tuple[time, time] | None] = dict.fromkeys(range(7), (time(12, 0), time(23, 0)))
    save_settings(uow, bar.manager, TillSettings(alcohol_hours=hours))
    sell(uow, bar.seller, _beer(bar), [CASH], age_confirmed=True)
    assert "till.settings" in [entry.action for entry in recent_entries(uow, bar.manager)]


def test_alcohol_only_around_activities_refuses_without_one(uow: UnitOfWork, bar: Bar) -> None:
    save_settings(uow, bar.manager, TillSettings(only_around_activities=True))
    with pytest.raises(NotAllowed, match="schenktijden"):
        sell(uow, bar.seller, _beer(bar), [CASH], age_confirmed=True)


def test_alcohol_refused_on_a_youth_tab(uow: UnitOfWork, bar: Bar) -> None:
    tab = open_tab(uow, bar.seller, "Jongerenavond", youth=True)
    with pytest.raises(NotAllowed, match="jeugdactiviteit"):
        add_to_tab(uow, bar.seller, tab.tab_id, _beer(bar), age_confirmed=True)
    add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Koffie"], 3)])


def test_age_must_be_confirmed_when_the_setting_asks(uow: UnitOfWork, bar: Bar) -> None:
    with pytest.raises(NotAllowed, match="18 jaar"):
        sell(uow, bar.seller, _beer(bar), [CASH])
    save_settings(uow, bar.manager, TillSettings(confirm_age=False))
    sell(uow, bar.seller, _beer(bar), [CASH])


def test_only_the_manager_changes_till_settings(uow: UnitOfWork, bar: Bar) -> None:
    with pytest.raises(NotAllowed):
        save_settings(uow, bar.seller, TillSettings(confirm_age=False))
    with pytest.raises(InvalidInput):
        save_settings(uow, bar.manager, TillSettings(volunteer_allowance_cents=-1))
    assert load_settings(uow).confirm_age


def test_reversal_needs_the_managers_pin_and_leaves_the_original(uow: UnitOfWork, bar: Bar) -> None:
    sold = sell(uow, bar.seller, [LineIn(bar.products["Koek"], 1)], [CASH])
    with pytest.raises(NotAllowed, match="pincode"):
        reverse_sale(
            uow,
            bar.seller,
            sold.sale_id,
            manager_id=bar.manager.person_id,
            manager_pin="0000",
            reason="verkeerd aangeslagen",
        )
    with pytest.raises(NotAllowed):
        reverse_sale(
            uow,
            bar.seller,
            sold.sale_id,
            manager_id=bar.seller.person_id,
            manager_pin="2222",
            reason="verkeerd aangeslagen",
        )
    undone = reverse_sale(
        uow,
        bar.seller,
        sold.sale_id,
        manager_id=bar.manager.person_id,
        manager_pin=MANAGER_PIN,
        reason="verkeerd aangeslagen",
    )
    assert (undone.total_cents, undone.rounding_cents, undone.reverses_number) == (-73, -2, 1)
    assert undone.payments[0].amount_cents == -75
    assert receipt(uow, sold.sale_id) == sold
    assert recent_entries(uow, bar.manager)[0].action == "sale.reverse"
    with pytest.raises(InvalidInput, match="al teruggedraaid"):
        reverse_sale(
            uow,
            bar.seller,
            sold.sale_id,
            manager_id=bar.manager.person_id,
            manager_pin=MANAGER_PIN,
            reason="nog eens",
        )
    with uow.read() as tx:
        kinds = tx.session.scalars(select(Sale.kind).order_by(Sale.receipt_number)).all()
    assert kinds == [SaleKind.SALE, SaleKind.REVERSAL]


def test_a_tab_is_settled_at_its_own_prices_and_blocks_the_close(uow: UnitOfWork, bar: Bar) -> None:
    tab = open_tab(uow, bar.seller, "Biljartclub")
    add_to_tab(uow, bar.seller, tab.tab_id, _beer(bar) * 3, age_confirmed=True)
    add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Koffie"], 2)])
    after = take_off_tab(uow, bar.seller, tab.tab_id, bar.products["Pils"], 1)
    assert after.total_cents == 2 * 250 + 2 * 120
    assert [t.name for t in tabs_blocking_close(uow)] == ["Biljartclub"]
    carry_over_tab(uow, bar.seller, tab.tab_id)
    assert tabs_blocking_close(uow) == []
    paid = settle_tab(
        uow, bar.seller, tab.tab_id, [PaymentIn(PaymentMethod.CARD, amount_cents=740)]
    )
    assert paid.total_cents == 740
    with pytest.raises(InvalidInput, match="niet \\(meer\\) open"):
        add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Koffie"], 1)])


def test_an_empty_tab_is_closed_audited_and_no_longer_blocks(uow: UnitOfWork, bar: Bar) -> None:
    tab = open_tab(uow, bar.seller, "Biljartclub")
    add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Koffie"], 2)])
    with pytest.raises(InvalidInput, match="staat nog iets"):
        close_empty_tab(uow, bar.seller, tab.tab_id)
    take_off_tab(uow, bar.seller, tab.tab_id, bar.products["Koffie"], 2)
    with pytest.raises(InvalidInput, match="nog niets op de bon"):
        settle_tab(uow, bar.seller, tab.tab_id, [CASH])
    closed = close_empty_tab(uow, bar.seller, tab.tab_id)
    assert (closed.name, closed.total_cents) == ("Biljartclub", 0)
    assert tabs_blocking_close(uow) == []
    entry = recent_entries(uow, bar.manager)[0]
    assert (entry.action, entry.subject, entry.actor_name) == (
        "tab.close",
        "Biljartclub",
        "Henk Bakker",
    )
    with pytest.raises(InvalidInput, match="niet \\(meer\\) open"):
        close_empty_tab(uow, bar.seller, tab.tab_id)
    with uow.read() as tx:
        assert tx.session.scalars(select(Sale)).all() == []


def test_x_report_keeps_training_and_counts_reversals(uow: UnitOfWork, bar: Bar) -> None:
    sell(
        uow,
        bar.seller,
        _beer(bar),
        [PaymentIn(PaymentMethod.CARD, amount_cents=250)],
        age_confirmed=True,
    )
    cake = sell(uow, bar.seller, [LineIn(bar.products["Koek"], 1)], [CASH])
    sell(uow, bar.seller, [LineIn(bar.products["Appeltaart"], 1)], [CASH], training=True)
    reverse_sale(
        uow,
        bar.seller,
        cake.sale_id,
        manager_id=bar.manager.person_id,
        manager_pin=MANAGER_PIN,
        reason="klant wilde niet",
    )
    log_removed_line(uow, bar.seller, bar.products["Koffie"], 2)
    report = x_report(uow, bar.manager)
    assert (report.receipts, report.first_number, report.last_number) == (4, 1, 4)
    assert report.turnover_cents == 250
    assert [(r.rate, r.gross_cents, r.vat_cents, r.net_cents) for r in report.vat_rows] == [
        (9, 0, 0, 0),
        (21, 250, 43, 207),
    ]
    assert dict(report.payments) == {PaymentMethod.CARD: 250, PaymentMethod.CASH: 0}
    assert (report.reversals, report.reversals_cents) == (1, -73)
    assert (report.training_receipts, report.training_cents) == (1, 250)
    assert (report.removed_lines, report.removed_cents) == (1, 240)
    with pytest.raises(NotAllowed):
        x_report(uow, bar.seller)


def test_journal_exports_lines_payments_and_removed_lines(uow: UnitOfWork, bar: Bar) -> None:
    sold = sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 2)], [CASH])
    reverse_sale(
        uow,
        bar.seller,
        sold.sale_id,
        manager_id=bar.manager.person_id,
        manager_pin=MANAGER_PIN,
        reason="dubbel aangeslagen",
    )
    log_removed_line(uow, bar.seller, bar.products["Thee"], 1)
    text = journal_csv(uow, bar.manager, EVENING - timedelta(days=1), EVENING + timedelta(days=1))
    rows = [line.split(";") for line in text.splitlines()]
    assert rows[0][:3] == ["soort", "bon", "tijd"]
    assert [row[0] for row in rows[1:]] == ["regel", "regel", "betaling", "betaling", "verwijderd"]
    assert rows[2][11:] == ["1", "dubbel aangeslagen"]
    assert rows[5][5] == "Thee"
