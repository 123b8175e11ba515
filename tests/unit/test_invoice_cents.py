"""A hirer's invoice charges exactly the cents the till booked on the hirer's account."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from itertools import count
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.documents.invoice_data import invoice_document
from desk_app.documents.invoice_pdf import invoice_pdf
from desk_app.models import PaymentMethod, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import STANDARD_EXTRAS, book_room
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.invoice_lines import totals
from desk_app.services.rooms.invoicing import invoice_booking, invoice_hirer_month
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import ProductDraft, save_product
from desk_app.services.till.reversals import reverse_sale
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.documents import pdf_text
from tests.unit import hire_factories as hire
from tests.unit.till_factories import START, Bar, set_up_bar

MARCH = date(2026, 3, 1)
EVENING = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # beer may be served
NAMES = count(1)

# One line of a basket: price including VAT, VAT rate, quantity.
LINE = st.tuples(st.integers(1, 2_500), st.sampled_from([9, 21]), st.integers(1, 12))
# A sale: its lines, how much of it is paid by card (the rest goes on account), reversed or not.
SALE = st.tuples(st.lists(LINE, min_size=1, max_size=4), st.floats(0, 0.9), st.booleans())
SaleSpec = tuple[list[tuple[int, int, int]], float, bool]


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> Bar:
    clock.moment = EVENING
    return set_up_bar(uow, manager)


def _product(uow: UnitOfWork, manager: Actor, price: int, rate: int) -> UUID:
    name = f"Artikel {next(NAMES)}"
    draft = ProductDraft("Diversen", name, price, rate, False, START, None, 99)
    return save_product(uow, manager, draft).product_id


def _sell_on_account(uow: UnitOfWork, bar: Bar, club: UUID, sale: SaleSpec) -> int:
    """Sell the lines, part by card and the rest on the club's account; return what stays on it.

    A reversed sale comes off the account again at the till: nothing of it stays.
    """
    lines, by_card, reversed_ = sale
    basket = [LineIn(_product(uow, bar.manager, p, rate), q) for p, rate, q in lines]
    total = sum(price * quantity for price, _rate, quantity in lines)
    card = int(total * by_card)
    parts = [PaymentIn(PaymentMethod.ON_ACCOUNT, total - card, hirer_id=club)]
    if card:
        parts.insert(0, PaymentIn(PaymentMethod.CARD, card))
    sold = sell(uow, bar.seller, basket, parts, age_confirmed=True)
    if not reversed_:
        return total - card
    manager = bar.manager.person_id
    reverse_sale(
        uow, bar.manager, sold.sale_id, manager_id=manager, manager_pin=MANAGER_PIN, reason="Fout"
    )
    return 0


def _assert_charged(uow: UnitOfWork, manager: Actor, club: UUID, booked: int) -> None:
    """The month's invoice, its document and its credit note all carry exactly ``booked``."""
    issued = invoice_hirer_month(uow, manager, club, MARCH)
    assert issued.total_cents == booked
    document = invoice_document(uow, issued.id)
    sums = document.totals
    assert sums.total_cents == booked
    assert sum(line.amount_cents for line in document.lines) == sums.net_cents
    credit = credit_invoice(uow, manager, issued.id, "Controle")
    assert invoice_document(uow, credit.id).totals.total_cents == -booked


def test_a_mixed_basket_is_invoiced_at_what_the_till_booked(
    uow: UnitOfWork, manager: Actor, bar: Bar
) -> None:
    club = hire.hirer(uow, manager, "Koor Zanglust")
    names = {"Koffie": 1, "Pils": 1, "Rode wijn": 4, "Appeltaart": 4}  # 11,20 at 9 %, 14,50 at 21 %
    basket = [LineIn(bar.products[name], quantity) for name, quantity in names.items()]
    sell(
        uow,
        bar.seller,
        basket,
        [PaymentIn(PaymentMethod.ON_ACCOUNT, 2570, hirer_id=club)],
        age_confirmed=True,
    )
    issued = invoice_hirer_month(uow, manager, club, MARCH)
    assert issued.total_cents == 2570  # VAT recomputed over the lines made it 2571
    sums = invoice_document(uow, issued.id).totals
    assert sums.net_cents + sums.vat_cents == 2571
    assert sums.rounding_cents == -1
    text = pdf_text(invoice_pdf(invoice_document(uow, issued.id)))
    assert "Afronding bar op rekening" in text
    assert "25,70" in text


def test_an_invoice_without_bar_sales_has_no_rounding(
    uow: UnitOfWork, manager: Actor, bar: Bar
) -> None:
    del bar
    club = hire.hirer(uow, manager, "Koor Zanglust")
    booking = book_room(uow, manager, hire.request(hire.room(uow, manager), club))
    issued = invoice_booking(uow, manager, booking.id)
    document = invoice_document(uow, issued.id)
    assert document.totals.rounding_cents == 0
    assert "Afronding" not in pdf_text(invoice_pdf(document))


def test_hire_at_21_percent_beside_bar_sales_keeps_both_exact(
    uow: UnitOfWork, manager: Actor, bar: Bar, clock: FakeClock
) -> None:
    shop = hire.hirer(uow, manager, "Bakkerij Brood BV", TariffClass.COMMERCIAL)
    request = hire.request(hire.room(uow, manager), shop)
    booking = book_room(uow, manager, replace(request, extras=(STANDARD_EXTRAS[1],)))
    clock.moment = datetime(2026, 3, 9, 19, 0, tzinfo=UTC)  # during the booked evening
    booked = sum(
        _sell_on_account(uow, bar, shop, (lines, 0.0, False))
        for lines in ([(63, 21, 1)], [(1_450, 21, 1), (1_120, 9, 1)], [(37, 21, 3)])
    )
    issued = invoice_booking(uow, manager, booking.id)
    document = invoice_document(uow, issued.id)
    hire_lines = [line for line in document.lines if "Bar op rekening" not in line.description]
    assert [line.vat_rate for line in hire_lines] == [21, 21]
    assert issued.total_cents == totals(hire_lines).total_cents + booked
    assert document.totals.total_cents == issued.total_cents


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],  # each example its own hirer
)
@given(sales=st.lists(SALE, min_size=1, max_size=5))
def test_the_invoice_total_is_the_sum_booked_on_account(
    uow: UnitOfWork,
    manager: Actor,
    bar: Bar,
    sales: list[SaleSpec],
) -> None:
    club = hire.hirer(uow, manager, f"Huurder {next(NAMES)}")
    booked = sum(_sell_on_account(uow, bar, club, sale) for sale in sales)
    _assert_charged(uow, manager, club, booked)
