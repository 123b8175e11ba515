"""The till journal's CSV: the drawer's cash can be counted from the file alone."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date

from desk_app.kinds import SettlementMethod
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.day_close.day_lock import record_paid_out
from desk_app.services.day_close.sign_off import Closing, close_day, day_to_close
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoice_payments import PaymentEntry, register_payment
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.till.basket import LineIn
from desk_app.services.till.coffee_cards import issue_card, top_up
from desk_app.services.till.journal import COLUMNS, journal_csv
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.reports import day_bounds
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN
from tests.unit import hire_factories as make
from tests.unit.day_close_factories import counts_for
from tests.unit.till_factories import Bar, set_up_bar

TODAY, YESTERDAY = date(2026, 3, 2), date(2026, 3, 1)  # the test clock's day
FLOAT = 10_000
CASH = PaymentIn(PaymentMethod.CASH)


def _script_the_day(uow: UnitOfWork, bar: Bar, manager: Actor) -> None:
    """Rounded cash sales (one for practice), a card sale, cards loaded, a paid-out, an invoice."""
    products = bar.products
    sell(uow, bar.seller, [LineIn(products["Koek"], 1)], [CASH])  # 0,73 paid 0,75
    sell(uow, bar.seller, [LineIn(products["Koek"], 2)], [CASH], training=True)
    card = PaymentIn(PaymentMethod.CARD, amount_cents=120)
    sell(uow, bar.seller, [LineIn(products["Koffie"], 1)], [card])
    loaded = issue_card(uow, bar.seller, 1000, PaymentMethod.CASH)
    top_up(uow, bar.seller, loaded.code, 500, PaymentMethod.CARD)
    record_paid_out(uow, bar.seller, 1250, "boodschappen melk")
    hirer = make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(make.room(uow, manager), hirer))
    invoice = invoice_booking(uow, manager, booking.id)
    paid = PaymentEntry(invoice.id, 2000, SettlementMethod.CASH, TODAY)
    register_payment(uow, manager, paid)


def _rows(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text), delimiter=";")
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_the_cash_rows_add_up_to_the_closes_expected_cash(uow: UnitOfWork, manager: Actor) -> None:
    closing = Closing(YESTERDAY, counts_for(FLOAT), FLOAT, 0, cash_reason="beginvoorraad kas")
    close_day(uow, manager, MANAGER_PIN, closing)
    bar = set_up_bar(uow, manager)
    _script_the_day(uow, bar, manager)

    rows = _rows(journal_csv(uow, manager, *day_bounds(TODAY)))
    expected = day_to_close(uow, manager, TODAY).cash_expected_cents

    real = [row for row in rows if row["oefen"] != "ja"]
    cash = sum(int(row["bedrag_cent"]) for row in real if row["betaalwijze"] == "cash")
    assert cash == expected - FLOAT == 75 + 1000 - 1250 + 2000
    kinds = {row["soort"] for row in rows}
    assert kinds >= {"afronding", "opwaardering", "uitbetaling", "factuurbetaling"}
    loads = [
        (row["bedrag_cent"], row["betaalwijze"]) for row in rows if row["soort"] == "opwaardering"
    ]
    assert loads == [("1000", "cash"), ("500", "card")]
    paid_out = next(row for row in rows if row["soort"] == "uitbetaling")
    assert (paid_out["bedrag_cent"], paid_out["reden"]) == ("-1250", "boodschappen melk")


def test_a_receipts_lines_and_rounding_make_its_payments(uow: UnitOfWork, manager: Actor) -> None:
    bar = set_up_bar(uow, manager)
    sell(uow, bar.seller, [LineIn(bar.products["Koek"], 1)], [CASH])  # 0,73 paid 0,75
    sell(uow, bar.seller, [LineIn(bar.products["Koek"], 3)], [CASH])  # 2,19 paid 2,20
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])  # no rounding

    rows = _rows(journal_csv(uow, manager, *day_bounds(TODAY)))

    per_receipt: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        per_receipt[row["bon"]][row["soort"]] += int(row["bedrag_cent"] or 0)
    assert {bon: sums["afronding"] for bon, sums in per_receipt.items()} == {
        "1": 2,
        "2": 1,
        "3": 0,
    }
    for sums in per_receipt.values():
        assert sums["regel"] + sums["afronding"] == sums["betaling"]
