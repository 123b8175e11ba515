"""Stamps of a strippenkaart: their share of the price, the couple's second stamp, undoing one,
and the card in the books (credit until stamped), the X-report and the yearly facts."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

import pytest

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.facts.cards import card_turnover_cents
from desk_app.facts.queries import bar_turnover_cents, visits
from desk_app.facts.registry import Period
from desk_app.facts.target_groups import TARGET_GROUP_FACTS
from desk_app.kinds import PaymentMethod
from desk_app.services.activities import attendance, cards, stamps
from desk_app.services.activities.programme import programme
from desk_app.services.auth import Actor
from desk_app.services.books.books import period_books
from desk_app.services.books.entries import JournalKind
from desk_app.services.books.ledger import DEFAULT_LEDGER as LEDGER
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.reports import x_report
from desk_app.services.till.reversals import reverse_sale
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit.factories import table_counts, volunteer
from tests.unit.test_activity_signups import TODAY, plan_session

CASH = [PaymentIn(PaymentMethod.CASH)]


def _sold(uow: UnitOfWork, manager: Actor, stamps_on: int = 3, price: int = 1000) -> str:
    product = cards.add_card_product(
        uow, manager, "Strippenkaart", stamps=stamps_on, price_cents=price, vat_rate=9
    )
    return cards.sell_card(uow, manager, product.product_id, CASH).code


def _stamp_ids(uow: UnitOfWork, session: UUID) -> list[UUID]:
    return [stamp.stamp_id for stamp in stamps.session_stamps(uow, session)]


def test_the_stamps_shares_add_up_to_the_price() -> None:
    assert [stamps.stamp_value(1000, 3, used) for used in range(3)] == [333, 333, 334]
    assert sum(stamps.stamp_value(2250, 10, used) for used in range(10)) == 2250


def test_a_second_stamp_for_the_same_session_is_asked_not_silent(
    uow: UnitOfWork, manager: Actor
) -> None:
    code, session = _sold(uow, manager), plan_session(uow, manager)
    first = stamps.stamp_card(uow, manager, session, code)
    assert (first.left, first.asks_another) == (2, False)
    before = table_counts(uow, "card_stamp")
    asked = stamps.stamp_card(uow, manager, session, code)
    assert (asked.left, asked.asks_another) == (2, True)
    assert table_counts(uow, "card_stamp") == before
    second = stamps.stamp_card(uow, manager, session, code, another=True)
    assert (second.left, second.asks_another) == (1, False)
    other = plan_session(uow, manager)  # another session the same day: no question
    assert not stamps.stamp_card(uow, manager, other, code).asks_another


def test_the_desk_undoes_a_stamp_within_minutes_the_manager_later(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    desk = volunteer(uow, manager)
    code, session = _sold(uow, manager), plan_session(uow, manager)
    stamps.stamp_card(uow, desk, session, code)
    [slip] = _stamp_ids(uow, session)
    before = table_counts(uow, "card_stamp")
    with pytest.raises(InvalidInput):
        stamps.undo_stamp(uow, desk, slip, " ")  # a reason is needed
    assert table_counts(uow, "card_stamp") == before
    clock.advance(timedelta(minutes=stamps.UNDO_MINUTES - 1))
    undone = stamps.undo_stamp(uow, desk, slip, "Verkeerde kaart gescand")
    assert undone.left == 3
    assert _stamp_ids(uow, session) == []
    with pytest.raises(InvalidInput):
        stamps.undo_stamp(uow, manager, slip, "Nog een keer")
    stamps.stamp_card(uow, desk, session, code)
    [late] = _stamp_ids(uow, session)
    clock.advance(timedelta(minutes=stamps.UNDO_MINUTES + 1))
    before = table_counts(uow, "card_stamp")
    with pytest.raises(NotAllowed):
        stamps.undo_stamp(uow, desk, late, "Te laat gezien")
    assert table_counts(uow, "card_stamp") == before
    assert stamps.undo_stamp(uow, manager, late, "Te laat gezien").left == 3
    assert attendance.session_attendance(uow, session).stamps == 0


def test_a_card_is_credit_until_its_stamps_make_turnover_at_its_rate(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    code = _sold(uow, manager, stamps_on=4, price=1090)
    session = plan_session(uow, manager)
    for another in (False, True):
        stamps.stamp_card(uow, manager, session, code, another=another)  # 272, then 273
        clock.advance(timedelta(minutes=1))
    [newest, _first] = _stamp_ids(uow, session)
    stamps.undo_stamp(uow, manager, newest, "Dubbel gestempeld")
    books = period_books(uow, TODAY, TODAY)
    till = next(e for e in books.entries if e.journal is JournalKind.TILL)
    on = {line.account.number: line.cents for line in till.lines}
    assert on[LEDGER.multi_visit_cards.number] == -1090
    assert not set(on) & {a.number for a in [*LEDGER.bar.values(), *LEDGER.vat.values()]}
    [used] = [e for e in books.entries if e.journal is JournalKind.STAMPS]
    assert used.debit_cents == used.credit_cents == 272  # one stamp of 1090 / 4 is left
    lines = {line.account.number: line.cents for line in used.lines}
    assert lines[LEDGER.activities[9].number] + lines[LEDGER.vat[9].number] == -272
    assert lines[LEDGER.vat[9].number] == -22
    report = x_report(uow, manager)
    assert (report.turnover_cents, report.cards_sold_cents) == (0, 1090)
    assert report.stamps_used_cents == 272


def test_a_stamp_is_a_participant_of_the_activity_not_a_visit(
    uow: UnitOfWork, manager: Actor
) -> None:
    code, session = _sold(uow, manager), plan_session(uow, manager)
    stamps.stamp_card(uow, manager, session, code)
    stamps.stamp_card(uow, manager, session, code, another=True)
    [shown] = [o for o in programme(uow, TODAY, TODAY) if o.occurrence_id == session]
    assert (shown.stamped, shown.attendance) == (2, 2)
    participants = {fact.key: fact.local for fact in TARGET_GROUP_FACTS}["participants_adults"]
    assert participants is not None
    with uow.read() as tx:
        year = Period(TODAY.year)
        assert participants(tx.connection, year).total == 2
        assert visits(tx.connection, year).total == 0
        assert bar_turnover_cents(tx.connection, year).total == 0
        assert card_turnover_cents(tx.connection, year).total == 333 + 333


def _reverse(uow: UnitOfWork, manager: Actor, sold: cards.SoldCard) -> None:
    reverse_sale(
        uow,
        manager,
        sold.receipt.sale_id,
        manager_id=manager.person_id,
        manager_pin=MANAGER_PIN,
        reason="Verkeerde kaart verkocht",
    )


def _sell(uow: UnitOfWork, manager: Actor) -> cards.SoldCard:
    product = cards.add_card_product(uow, manager, "Strippenkaart", stamps=3, price_cents=1000)
    return cards.sell_card(uow, manager, product.product_id, CASH)


def test_a_reversed_card_sale_ends_the_card(uow: UnitOfWork, manager: Actor) -> None:
    sold, session = _sell(uow, manager), plan_session(uow, manager)
    _reverse(uow, manager, sold)
    with pytest.raises(InvalidInput, match="niet bekend"):
        stamps.stamp_card(uow, manager, session, sold.code)


def test_a_card_with_a_used_stamp_is_not_refunded(uow: UnitOfWork, manager: Actor) -> None:
    sold, session = _sell(uow, manager), plan_session(uow, manager)
    stamps.stamp_card(uow, manager, session, sold.code)
    before = table_counts(uow, "sale", "payment", "audit_entry")
    with pytest.raises(NotAllowed, match="al 1 strip"):
        _reverse(uow, manager, sold)
    assert table_counts(uow, "sale", "payment", "audit_entry") == before
    assert stamps.stamp_card(uow, manager, session, sold.code, another=True).left == 1
