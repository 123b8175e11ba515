"""VAT properties: for any basket the lines add up to the total and each rate is consistent."""

from __future__ import annotations

import weakref
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.till.vat import round_cash, vat_breakdown, vat_in_gross
from desk_app.services.uow import UnitOfWork
from tests.unit.till_factories import PRICE_LIST, Bar, set_up_bar

_bars: weakref.WeakKeyDictionary[UnitOfWork, Bar] = weakref.WeakKeyDictionary()


def _bar_for(uow: UnitOfWork, manager: Actor) -> Bar:
    """One price list per test database, however many examples run on it."""
    if uow not in _bars:
        _bars[uow] = set_up_bar(uow, manager)
    return _bars[uow]


lines = st.lists(
    st.tuples(st.sampled_from((0, 9, 21)), st.integers(0, 10_000), st.integers(1, 99)),
    min_size=1,
    max_size=40,
)


@given(lines)
def test_rates_add_up_to_the_total_and_split_consistently(
    basket: list[tuple[int, int, int]],
) -> None:
    total = sum(price * quantity for _, price, quantity in basket)
    rows = vat_breakdown((rate, price * quantity) for rate, price, quantity in basket)
    assert sum(row.gross_cents for row in rows) == total
    for row in rows:
        assert row.vat_cents + row.net_cents == row.gross_cents
        exact = Fraction(row.gross_cents * row.rate, 100 + row.rate)
        assert abs(row.vat_cents - exact) <= Fraction(1, 2)


@given(st.integers(-(10**9), 10**9), st.sampled_from((0, 9, 21)))
def test_vat_and_rounding_are_symmetric_for_reversals(gross: int, rate: int) -> None:
    assert vat_in_gross(-gross, rate) == -vat_in_gross(gross, rate)
    assert round_cash(-gross) == -round_cash(gross)
    assert abs(round_cash(gross) - gross) <= 2
    assert round_cash(gross) % 5 == 0


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(("Koffie", "Thee", "Appeltaart", "Koek")), st.integers(1, 99)),
        min_size=1,
        max_size=10,
    )
)
def test_a_stored_receipt_adds_up(
    uow: UnitOfWork, manager: Actor, basket: list[tuple[str, int]]
) -> None:
    bar = _bar_for(uow, manager)
    paid = sell(
        uow,
        bar.seller,
        [LineIn(bar.products[name], quantity) for name, quantity in basket],
        [PaymentIn(PaymentMethod.CASH)],
    )
    prices = {name: price for _, name, price, _, _ in PRICE_LIST}
    assert paid.total_cents == sum(prices[name] * quantity for name, quantity in basket)
    assert sum(line.amount_cents for line in paid.lines) == paid.total_cents
    assert sum(row.gross_cents for row in paid.vat_rows) == paid.total_cents
    assert paid.payments[0].amount_cents == paid.total_cents + paid.rounding_cents
