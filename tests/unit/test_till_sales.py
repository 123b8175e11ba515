"""Selling at the till: payments, cash rounding, receipt numbers, prices copied onto lines."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import ChangeLogEntry, Payment, PaymentMethod, Sale, SaleLine, TariffClass
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor
from desk_app.services.till.basket import LineIn
from desk_app.services.till.coffee_cards import card_info, issue_card
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import ProductDraft, price_list, save_product
from desk_app.services.till.receipts import receipt
from desk_app.services.till.reversals import reverse_sale
from desk_app.services.till.sales import sell
from desk_app.services.till.vat import round_cash
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN
from tests.unit import hire_factories as hire
from tests.unit.till_factories import Bar, set_up_bar

CASH = PaymentIn(PaymentMethod.CASH)


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


@pytest.mark.parametrize(
    ("total", "rounded"),
    [
        (0, 0),
        (1, 0),
        (2, 0),
        (3, 5),
        (4, 5),
        (5, 5),
        (6, 5),
        (7, 5),
        (8, 10),
        (9, 10),
        (122, 120),
        (123, 125),
        (1997, 1995),
        (1998, 2000),
        (-7, -5),
        (-8, -10),
    ],
)
def test_cash_is_rounded_to_five_cents(total: int, rounded: int) -> None:
    assert round_cash(total) == rounded


def test_coffee_paid_cash_stores_the_change(uow: UnitOfWork, bar: Bar) -> None:
    bought = sell(
        uow,
        bar.seller,
        [LineIn(bar.products["Koffie"], 2)],
        [PaymentIn(PaymentMethod.CASH, tendered_cents=500)],
    )
    assert bought.total_cents == 240
    assert bought.change_cents == 260
    assert bought.number == 1
    with uow.read() as tx:
        payment = tx.session.scalars(select(Payment)).one()
        assert (payment.amount_cents, payment.tendered_cents, payment.change_cents) == (
            240,
            500,
            260,
        )


def test_cash_rounding_is_booked_apart_and_card_is_exact(uow: UnitOfWork, bar: Bar) -> None:
    cake = [LineIn(bar.products["Koek"], 1)]  # 0,73
    cash = sell(uow, bar.seller, cake, [CASH])
    card = sell(uow, bar.seller, cake, [PaymentIn(PaymentMethod.CARD, amount_cents=73)])
    assert (cash.total_cents, cash.payments[0].amount_cents, cash.rounding_cents) == (73, 75, 2)
    assert (card.total_cents, card.payments[0].amount_cents, card.rounding_cents) == (73, 73, 0)


def test_split_payment_rounds_only_the_cash_part(uow: UnitOfWork, bar: Bar) -> None:
    lines = [LineIn(bar.products["Appeltaart"], 1), LineIn(bar.products["Koek"], 1)]  # 3,23
    paid = sell(uow, bar.seller, lines, [PaymentIn(PaymentMethod.CARD, amount_cents=200), CASH])
    assert [(p.method, p.amount_cents) for p in paid.payments] == [
        (PaymentMethod.CARD, 200),
        (PaymentMethod.CASH, 125),
    ]
    assert paid.rounding_cents == 2


def test_receipt_numbers_are_gapless(uow: UnitOfWork, bar: Bar) -> None:
    coffee = [LineIn(bar.products["Koffie"], 1)]
    sell(uow, bar.seller, coffee, [CASH])
    with pytest.raises(InvalidInput):
        sell(uow, bar.seller, coffee, [PaymentIn(PaymentMethod.CARD, amount_cents=1)])
    sell(uow, bar.seller, coffee, [CASH])
    with uow.read() as tx:
        assert list(
            tx.session.scalars(select(Sale.receipt_number).order_by(Sale.receipt_number))
        ) == [
            1,
            2,
        ]


def test_on_account_needs_the_hirer(uow: UnitOfWork, bar: Bar) -> None:
    coffee = [LineIn(bar.products["Koffie"], 10)]
    with pytest.raises(InvalidInput):
        sell(uow, bar.seller, coffee, [PaymentIn(PaymentMethod.ON_ACCOUNT, amount_cents=1200)])
    choir = hire.hirer(uow, bar.manager, "Koor Zanglust")
    paid = sell(
        uow,
        bar.seller,
        coffee,
        [PaymentIn(PaymentMethod.ON_ACCOUNT, amount_cents=1200, hirer_id=choir)],
    )
    assert paid.payments[0].account_holder == "Koor Zanglust"
    with uow.read() as tx:
        assert tx.session.scalars(select(Payment.hirer_id)).one() == choir


def test_on_account_refuses_the_centre_itself(uow: UnitOfWork, bar: Bar) -> None:
    own = hire.hirer(uow, bar.manager, "De Meent", TariffClass.INTERNAL)
    coffee = [LineIn(bar.products["Koffie"], 1)]
    with pytest.raises(InvalidInput, match="Eigen activiteiten"):
        sell(uow, bar.seller, coffee, [PaymentIn(PaymentMethod.ON_ACCOUNT, 120, hirer_id=own)])


def test_volunteer_consumption_counts_against_the_allowance(uow: UnitOfWork, bar: Bar) -> None:
    coffee = [LineIn(bar.products["Koffie"], 2)]
    free = PaymentIn(PaymentMethod.VOLUNTEER, amount_cents=240, volunteer_id=bar.seller.person_id)
    sell(uow, bar.seller, coffee, [free])
    sell(uow, bar.seller, coffee, [free])
    with pytest.raises(NotAllowed, match="tegoed"):
        sell(uow, bar.seller, coffee, [free])


def test_two_parts_on_one_coffee_card_cannot_overspend_it(uow: UnitOfWork, bar: Bar) -> None:
    card = issue_card(uow, bar.seller, 200, PaymentMethod.CASH)
    half = PaymentIn(PaymentMethod.COFFEE_CARD, amount_cents=120, card_code=card.code)
    before = _row_counts(uow)
    with pytest.raises(NotAllowed, match="te weinig op de koffiekaart"):
        sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 2)], [half, half])
    assert _row_counts(uow) == before
    assert card_info(uow, card.code).balance_cents == 200


def test_two_own_use_parts_cannot_double_the_allowance(uow: UnitOfWork, bar: Bar) -> None:
    part = PaymentIn(PaymentMethod.VOLUNTEER, amount_cents=300, volunteer_id=bar.seller.person_id)
    five = [LineIn(bar.products["Koffie"], 5)]  # 6,00, over the day's 5,00 in two parts of 3,00
    before = _row_counts(uow)
    with pytest.raises(NotAllowed, match="tegoed"):
        sell(uow, bar.seller, five, [part, part])
    assert _row_counts(uow) == before


def test_practice_sales_leave_coffee_cards_and_the_allowance_alone(
    uow: UnitOfWork, bar: Bar
) -> None:
    card = issue_card(uow, bar.seller, 300, PaymentMethod.CASH)
    coffee = [LineIn(bar.products["Koffie"], 2)]  # 2,40
    by_card = PaymentIn(PaymentMethod.COFFEE_CARD, amount_cents=240, card_code=card.code)
    own = PaymentIn(PaymentMethod.VOLUNTEER, amount_cents=240, volunteer_id=bar.seller.person_id)
    practised = [sell(uow, bar.seller, coffee, [pay], training=True) for pay in (by_card, by_card)]
    for _ in range(3):
        sell(uow, bar.seller, coffee, [own], training=True)
    reverse_sale(
        uow,
        bar.seller,
        practised[0].sale_id,
        manager_id=bar.manager.person_id,
        manager_pin=MANAGER_PIN,
        reason="oefenbon",
    )
    assert card_info(uow, card.code).balance_cents == 300
    sell(uow, bar.seller, coffee, [by_card])  # the real card is charged once, for real
    assert card_info(uow, card.code).balance_cents == 60
    sell(uow, bar.seller, coffee, [own])
    sell(uow, bar.seller, coffee, [own])  # the practice left the whole allowance
    with pytest.raises(NotAllowed, match="tegoed"):
        sell(uow, bar.seller, coffee, [own])


def test_prices_changed_after_a_sale_leave_it_alone(uow: UnitOfWork, bar: Bar) -> None:
    sold = sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])
    coffee = next(row for row in price_list(uow) if row.name == "Koffie")
    save_product(
        uow,
        bar.manager,
        ProductDraft(coffee.category, "Koffie", 150, 9, False, date(2026, 1, 1)),
        coffee.product_id,
    )
    assert receipt(uow, sold.sale_id).lines[0].unit_price_cents == 120
    assert receipt(uow, sold.sale_id).total_cents == 120
    later = sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])
    assert later.total_cents == 150


def _row_counts(uow: UnitOfWork) -> tuple[int, ...]:
    with uow.read() as tx:
        return tuple(
            tx.session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Sale, SaleLine, Payment, ChangeLogEntry)
        )


@pytest.mark.parametrize(
    ("quantity", "payment"),
    [
        (0, CASH),
        (-1, CASH),
        (100, CASH),
        (10**9, CASH),
        (1, PaymentIn(PaymentMethod.CASH, tendered_cents=-500)),
        (1, PaymentIn(PaymentMethod.CASH, tendered_cents=10**12)),
        (1, PaymentIn(PaymentMethod.CASH, tendered_cents=100)),
        (1, PaymentIn(PaymentMethod.CARD, amount_cents=-120)),
        (1, PaymentIn(PaymentMethod.CARD, amount_cents=10**12)),
        (1, PaymentIn(PaymentMethod.ON_ACCOUNT, amount_cents=120, hirer_id=uuid.uuid4())),
        (1, PaymentIn(PaymentMethod.COFFEE_CARD, amount_cents=120, card_code="NONSENSE")),
    ],
)
def test_bad_input_writes_nothing(
    uow: UnitOfWork, bar: Bar, quantity: int, payment: PaymentIn
) -> None:
    before = _row_counts(uow)
    with pytest.raises((InvalidInput, NotAllowed)):
        sell(uow, bar.seller, [LineIn(bar.products["Koffie"], quantity)], [payment])
    assert _row_counts(uow) == before


def test_an_inactive_product_cannot_be_sold(uow: UnitOfWork, bar: Bar) -> None:
    tea = next(row for row in price_list(uow) if row.name == "Thee")
    save_product(
        uow,
        bar.manager,
        ProductDraft(tea.category, "Thee", 100, 9, False, date(2026, 1, 1), active=False),
        tea.product_id,
    )
    before = _row_counts(uow)
    with pytest.raises(InvalidInput, match="niet \\(meer\\) te koop"):
        sell(uow, bar.seller, [LineIn(tea.product_id, 1)], [CASH])
    assert _row_counts(uow) == before


def test_a_10000_character_product_name_is_refused(uow: UnitOfWork, bar: Bar) -> None:
    with pytest.raises(InvalidInput):
        save_product(
            uow, bar.manager, ProductDraft("Eten", "x" * 10_000, 100, 9, False, date(2026, 1, 1))
        )
    assert len(price_list(uow)) == 6


@pytest.mark.parametrize("rate", [0, 9])
def test_alcohol_at_a_low_vat_rate_is_refused(uow: UnitOfWork, bar: Bar, rate: int) -> None:
    beer = next(row for row in price_list(uow) if row.name == "Pils")
    draft = ProductDraft(beer.category, "Pils", 250, rate, True, date(2026, 1, 1))
    with pytest.raises(InvalidInput, match="hoge btw-tarief van 21%"):
        save_product(uow, bar.manager, draft, beer.product_id)
    with pytest.raises(InvalidInput, match="hoge btw-tarief"):
        save_product(uow, bar.manager, replace(draft, name="Radler"))
    assert [row.vat_rate for row in price_list(uow) if row.is_alcohol] == [21, 21]


def test_only_the_manager_edits_prices_and_it_is_audited(uow: UnitOfWork, bar: Bar) -> None:
    draft = ProductDraft("Eten", "Tosti", 250, 9, False, date(2026, 1, 1))
    with pytest.raises(NotAllowed):
        save_product(uow, bar.seller, draft)
    save_product(uow, bar.manager, draft)

    assert recent_entries(uow, bar.manager)[0].action == "product.create"
    assert recent_entries(uow, bar.manager)[0].after["price_cents"] == 250
