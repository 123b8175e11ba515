"""The till's day in the books: cash rounding, VAT per rate, turnover per product group."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.books.books import period_books
from desk_app.services.books.entries import Entry
from desk_app.services.books.ledger import DEFAULT_LEDGER as LEDGER
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit.till_factories import Bar, set_up_bar

DAY = date(2026, 3, 2)


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


def _till_day(uow: UnitOfWork) -> Entry:
    books = period_books(uow, DAY, DAY)
    (entry,) = books.entries
    return entry


def _on(entry: Entry, number: str) -> int:
    return sum(line.cents for line in entry.lines if line.account.number == number)


def test_a_cash_sale_books_its_rounding_and_balances(uow: UnitOfWork, bar: Bar) -> None:
    sell(uow, bar.seller, [LineIn(bar.products["Koek"], 1)], [PaymentIn(PaymentMethod.CASH)])
    entry = _till_day(uow)
    assert entry.debit_cents == entry.credit_cents == 75
    assert _on(entry, LEDGER.cash.number) == 75
    assert _on(entry, LEDGER.cash_rounding.number) == -2
    assert _on(entry, LEDGER.bar[9].number) + _on(entry, LEDGER.vat[9].number) == -73


def test_turnover_is_split_per_product_group_and_rate(
    uow: UnitOfWork, bar: Bar, clock: FakeClock
) -> None:
    clock.advance(timedelta(hours=9))  # the evening, when the bar may serve beer
    lines = [
        LineIn(bar.products["Koffie"], 3),
        LineIn(bar.products["Appeltaart"], 2),
        LineIn(bar.products["Pils"], 4),
    ]
    card = [PaymentIn(PaymentMethod.CARD, amount_cents=1860)]
    sell(uow, bar.seller, lines, card, age_confirmed=True)
    entry = _till_day(uow)
    assert entry.debit_cents == entry.credit_cents == 1860
    groups = {line.group: -line.cents for line in entry.lines if line.group}
    vat_low, vat_high = -_on(entry, LEDGER.vat[9].number), -_on(entry, LEDGER.vat[21].number)
    assert (vat_low, vat_high) == (71, 174)  # 860 and 1000 including 9 % and 21 %
    assert groups["Koffie en thee"] + groups["Eten"] == 860 - vat_low
    assert groups["Bier"] == 1000 - vat_high
    assert _on(entry, LEDGER.card_clearing.number) == 1860
