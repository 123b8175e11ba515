"""Bar sales on a hirer's account reach the hirer's invoice once, split per VAT rate."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import UUID

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.errors import InvalidInput
from desk_app.models import InvoiceLine, PaymentMethod, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.rooms.account_sales import account_hirers, split_in_proportion
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.invoicing import invoice_booking, invoice_hirer_month
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.reversals import reverse_sale
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.duty import toggle_with_pin
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit import hire_factories as hire
from tests.unit.till_factories import Bar, set_up_bar

MARCH = date(2026, 3, 1)
EVENING = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # beer may be served


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


@pytest.fixture
def club(uow: UnitOfWork, manager: Actor) -> UUID:
    return hire.hirer(uow, manager, "Koor Zanglust")


def _on_account(uow: UnitOfWork, bar: Bar, club: UUID, **lines: int) -> UUID:
    """Sell the products named (quantity each) wholly on the club's account."""
    basket = [LineIn(bar.products[name], quantity) for name, quantity in lines.items()]
    total = {"Koffie": 120, "Pils": 250, "Appeltaart": 250}
    amount = sum(total[name] * quantity for name, quantity in lines.items())
    on_account = PaymentIn(PaymentMethod.ON_ACCOUNT, amount, hirer_id=club)
    paid = sell(uow, bar.seller, basket, [on_account], age_confirmed=True)
    return paid.sale_id


def _lines(uow: UnitOfWork, invoice_id: UUID) -> list[tuple[str, int, int, bool]]:
    with uow.read() as tx:
        rows = tx.session.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == invoice_id)
            .order_by(InvoiceLine.position)
        )
        return [(r.description, r.amount_cents, r.vat_rate, r.payment_id is not None) for r in rows]


def test_sales_on_account_go_onto_the_month_invoice_per_rate(
    uow: UnitOfWork, manager: Actor, bar: Bar, club: UUID, clock: FakeClock
) -> None:
    clock.moment = EVENING
    _on_account(uow, bar, club, Koffie=10, Pils=2)  # 12,00 at 9 % and 5,00 at 21 %
    issued = invoice_hirer_month(uow, manager, club, MARCH)
    lines = _lines(uow, issued.id)
    assert [(net, rate, linked) for _text, net, rate, linked in lines] == [
        (1101, 9, True),  # 12,00 holds 0,99 VAT
        (413, 21, True),  # 5,00 holds 0,87 VAT
    ]
    assert all("bon 1" in text for text, *_ in lines)
    assert issued.total_cents == 1101 + 99 + 413 + 87
    with pytest.raises(InvalidInput, match="niets"):
        invoice_hirer_month(uow, manager, club, MARCH)


def test_a_credited_invoice_frees_its_bar_sales_for_the_next(
    uow: UnitOfWork, manager: Actor, bar: Bar, club: UUID
) -> None:
    _on_account(uow, bar, club, Appeltaart=2)
    first = invoice_hirer_month(uow, manager, club, MARCH)
    credit_invoice(uow, manager, first.id, "Verkeerde huurder")
    again = invoice_hirer_month(uow, manager, club, MARCH)
    assert again.number != first.number
    assert again.total_cents == first.total_cents


def test_a_sale_reversed_after_invoicing_comes_off_the_next_invoice(
    uow: UnitOfWork, manager: Actor, bar: Bar, club: UUID
) -> None:
    sale_id = _on_account(uow, bar, club, Koffie=1)
    first = invoice_hirer_month(uow, manager, club, MARCH)
    reverse_sale(
        uow,
        manager,
        sale_id,
        manager_id=manager.person_id,
        manager_pin=MANAGER_PIN,
        reason="Dubbel aangeslagen",
    )
    second = invoice_hirer_month(uow, manager, club, MARCH)
    assert second.total_cents == -first.total_cents
    assert [net for _text, net, _rate, _linked in _lines(uow, second.id)] == [-110]


def test_training_sales_are_never_invoiced(
    uow: UnitOfWork, manager: Actor, bar: Bar, club: UUID
) -> None:
    coffee = [LineIn(bar.products["Koffie"], 1)]
    on_account = PaymentIn(PaymentMethod.ON_ACCOUNT, 120, hirer_id=club)
    sell(uow, bar.seller, coffee, [on_account], training=True)
    with pytest.raises(InvalidInput, match="niets"):
        invoice_hirer_month(uow, manager, club, MARCH)


def test_a_split_payment_puts_only_its_share_on_account(
    uow: UnitOfWork, manager: Actor, bar: Bar, club: UUID, clock: FakeClock
) -> None:
    clock.moment = EVENING
    basket = [LineIn(bar.products["Koffie"], 1), LineIn(bar.products["Pils"], 1)]  # 1,20 + 2,50
    parts = [
        PaymentIn(PaymentMethod.CARD, 100),
        PaymentIn(PaymentMethod.ON_ACCOUNT, 270, hirer_id=club),
    ]
    sell(uow, bar.seller, basket, parts, age_confirmed=True)
    issued = invoice_hirer_month(uow, manager, club, MARCH)
    lines = _lines(uow, issued.id)
    assert [rate for _text, _net, rate, _linked in lines] == [9, 21]
    # 2,70 over 1,20 : 2,50 is 0,88 (9 %) and 1,82 (21 %); without their VAT 0,81 and 1,50
    assert [net for _text, net, _rate, _linked in lines] == [81, 150]


def test_a_booking_invoice_takes_the_bar_sales_of_its_day(
    uow: UnitOfWork, manager: Actor, bar: Bar, club: UUID, clock: FakeClock
) -> None:
    room_id = hire.room(uow, manager)
    booking = book_room(uow, manager, hire.request(room_id, club))
    _on_account(uow, bar, club, Koffie=1)  # today, not the booking's day
    clock.moment = datetime(2026, 3, 9, 19, 0, tzinfo=UTC)  # during the booked evening
    toggle_with_pin(uow, bar.seller.person_id, "2222")  # Henk signs in again a week later
    _on_account(uow, bar, club, Pils=4)
    issued = invoice_booking(uow, manager, booking.id)
    texts = [text for text, *_ in _lines(uow, issued.id)]
    assert texts[0].startswith("Zaalhuur")
    assert [text for text in texts if "Bar op rekening" in text] == [
        "Bar op rekening, 09-03-2026, bon 2"
    ]


def test_the_centre_itself_is_not_offered_for_sales_on_account(
    uow: UnitOfWork, manager: Actor, club: UUID
) -> None:
    hire.hirer(uow, manager, "De Meent (eigen activiteiten)", TariffClass.INTERNAL)
    assert [h.name for h in account_hirers(uow)] == ["Koor Zanglust"]


@example(amount=15625, weights={0: 1, 9: 384, 21: 990}, negative=True)
@given(
    amount=st.integers(min_value=-500_000, max_value=500_000),
    weights=st.dictionaries(
        st.sampled_from([0, 9, 21]), st.integers(min_value=1, max_value=500_000), min_size=1
    ),
    negative=st.booleans(),
)
def test_a_split_sums_exactly_and_stays_within_a_cent(
    amount: int, weights: dict[int, int], negative: bool
) -> None:
    if negative:
        weights = {key: -weight for key, weight in weights.items()}
    shares = split_in_proportion(amount, weights)
    assert sum(shares.values()) == amount
    total = sum(weights.values())
    for key, share in shares.items():
        assert abs(share - amount * weights[key] / total) < 1
