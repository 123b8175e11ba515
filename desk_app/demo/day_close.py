"""Demo steps for the day close: paid-outs now and then, and every past day signed off.

The closes are computed from the demo's own sales in a few grouped queries (not day by day
through the service), so a year stays quick; the counts carry a few small cash differences.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta
from random import Random
from typing import Any

from sqlalchemy import select

from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.formatting import to_local
from desk_app.models import (
    CoffeeCardMovement,
    DayClose,
    PaidOut,
    Payment,
    PaymentMethod,
    Person,
    Role,
    Sale,
)
from desk_app.services.day_close.cash_count import DENOMINATIONS, encode_counts

PAID_OUT_REASONS = (
    "boodschappen melk en suiker",
    "bloemetje jarige vrijwilliger",
    "schoonmaakmiddel",
    "koekjes voor de ouderenochtend",
    "knutselspullen kinderclub",
    "statiegeld terug",
)
FLOAT_CENTS = 15_000
CLOSE_AT = time(22, 30)
Totals = dict[date, dict[PaymentMethod, int]]


def paid_outs(context: DemoContext) -> None:
    """About two paid-outs a week from the drawer, each with its reason."""
    rng = context.rng
    with context.uow.write() as tx:
        bar = list(tx.session.scalars(select(Person).where(Person.tasks.contains("bar"))))
        rows = []
        for day in _past_days(context):
            if rng.random() < 0.3:
                moment = context.moment(day, time(rng.randint(10, 19), rng.randint(0, 59)))
                person = rng.choice(bar)
                rows.append(
                    {
                        "id": context.new_id_at(moment),
                        "centre_code": context.centre_code,
                        "created_at": moment,
                        "local_day": day,
                        "amount_cents": rng.randint(2, 80) * 50,
                        "reason": rng.choice(PAID_OUT_REASONS),
                        "by_id": person.id,
                        "by_name": person.name,
                    }
                )
        bulk_insert(tx.session, PaidOut, rows)
    context.count("uitbetalingen", len(rows))


def closes(context: DemoContext) -> None:
    """Every day before the last signed off by the manager, numbered from 1."""
    with context.uow.write() as tx:
        manager = tx.session.scalars(select(Person).where(Person.role == Role.MANAGER)).first()
        assert manager is not None
        takings = _takings(tx.session)
        paid = _paid_outs_per_day(tx.session)
        rows, opening = [], 0
        for number, day in enumerate(_past_days(context), start=1):
            row = _close(
                context, manager, day, number=number, takings=takings.get(day, {}), opening=opening
            )
            row["paid_out_cents"] = paid.get(day, 0)
            row["cash_expected_cents"] -= paid.get(day, 0)
            _count(context.rng, row)
            opening = row["float_left_cents"]
            rows.append(row)
        bulk_insert(tx.session, DayClose, rows)
    context.count("dagafsluitingen", len(rows))


def _past_days(context: DemoContext) -> list[date]:
    first, last = context.options.start, context.options.end
    return [first + timedelta(days=n) for n in range((last - first).days)]


def _takings(session: Any) -> Totals:
    """Cash and card per local day: sale payments and coffee cards loaded."""
    totals: Totals = defaultdict(lambda: defaultdict(int))
    query = (
        select(Sale.created_at, Payment.method, Payment.amount_cents)
        .join(Sale, Sale.id == Payment.sale_id)
        .where(
            Sale.training.is_(False), Payment.method.in_([PaymentMethod.CASH, PaymentMethod.CARD])
        )
    )
    loads = select(
        CoffeeCardMovement.created_at, CoffeeCardMovement.method, CoffeeCardMovement.amount_cents
    ).where(CoffeeCardMovement.method.in_([PaymentMethod.CASH, PaymentMethod.CARD]))
    for statement in (query, loads):
        for at, method, cents in session.execute(statement):
            totals[to_local(at).date()][method] += cents
    return totals


def _paid_outs_per_day(session: Any) -> dict[date, int]:
    totals: dict[date, int] = defaultdict(int)
    for day, cents in session.execute(select(PaidOut.local_day, PaidOut.amount_cents)):
        totals[day] += cents
    return totals


def _close(
    context: DemoContext,
    manager: Person,
    day: date,
    *,
    number: int,
    takings: dict[PaymentMethod, int],
    opening: int,
) -> dict[str, Any]:
    moment = context.moment(day, CLOSE_AT)
    cash, card = takings.get(PaymentMethod.CASH, 0), takings.get(PaymentMethod.CARD, 0)
    return {
        "id": context.new_id_at(moment),
        "centre_code": context.centre_code,
        "created_at": moment,
        "local_day": day,
        "number": number,
        "closed_by_id": manager.id,
        "closed_by_name": manager.name,
        "opening_float_cents": opening,
        "cash_takings_cents": cash,
        "cash_expected_cents": opening + cash,
        "card_recorded_cents": card,
        "card_terminal_cents": card,
        "card_reason": "",
    }


def _count(rng: Random, row: dict[str, Any]) -> None:
    """The drawer as counted: mostly exact, now and then a few coins off, rarely more."""
    expected = row["cash_expected_cents"]
    roll, difference, reason = rng.random(), 0, ""
    if roll < 0.12:
        difference = rng.choice((-50, -20, -10, -5, 5, 10, 20))
    elif roll < 0.14:
        difference = rng.choice((-1000, -500, 500))
        reason = "wisselgeld verkeerd teruggegeven" if difference < 0 else "fooi in de kas"
    counted = max(0, expected + difference)
    row["cash_counted_cents"] = counted
    row["cash_reason"] = reason
    row["denominations"] = encode_counts(_pieces(rng, counted))
    row["float_left_cents"] = min(FLOAT_CENTS, counted)


def _pieces(rng: Random, cents: int) -> dict[int, int]:
    """A believable drawer: a handful of each coin, notes for the rest, exact to the cent."""
    counts = dict.fromkeys(DENOMINATIONS, 0)
    for coin in DENOMINATIONS[:6]:
        take = min(rng.randint(2, 20), (cents // 2) // coin)
        counts[coin] += take
        cents -= coin * take
    for value in sorted(DENOMINATIONS, reverse=True):
        extra, cents = divmod(cents, value)
        counts[value] += extra
    return counts
