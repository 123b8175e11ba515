"""Demo steps for the bar: bar duty, a year of sales (about EUR 60,000), tabs and coffee cards."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any
from uuid import UUID

from sqlalchemy import select

from desk_app.codes import CodeKind, new_code
from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext, allowances
from desk_app.demo.till_mix import Basket, basket_for
from desk_app.formatting import to_local
from desk_app.models import (
    Certificate,
    CertificateKind,
    CoffeeCard,
    CoffeeCardMovement,
    Hirer,
    Payment,
    PaymentMethod,
    Person,
    Product,
    ReceiptCounter,
    Role,
    Sale,
    SaleKind,
    SaleLine,
    Setting,
    TariffClass,
)
from desk_app.services.till.alcohol import DUTY_KEY
from desk_app.services.till.vat import round_cash

COFFEE_CARDS = 40
CARD_VALUE = 1_000


@dataclass
class _Rows:
    """Rows to bulk-insert, collected per table."""

    sales: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)
    card_moves: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Bar:
    """What the generator draws from: products, sellers and coffee-card balances."""

    products: dict[str, Product]
    sellers: list[Person]
    cards: dict[UUID, int]
    clubs: list[tuple[UUID, str]] = field(default_factory=list)  # who drink on account
    volunteer: UUID | None = None  # who takes coffee on their shifts from the tegoed
    in_kind: dict[date, list[tuple[time, Basket]]] = field(default_factory=dict)
    rows: _Rows = field(default_factory=_Rows)
    number: int = 0


def bar_duty(context: DemoContext) -> None:
    """Henk (IVA) on bar duty and Sanne (SVH) qualified, so the demo till may pour a beer."""
    with context.uow.write() as tx:
        people = {
            p.name: p
            for p in tx.session.scalars(select(Person).where(Person.pin_hash.is_not(None)))
        }
        for name, kind in (
            ("Henk Bakker", CertificateKind.IVA),
            ("Sanne de Vries", CertificateKind.SVH),
        ):
            tx.session.add(
                Certificate(
                    centre_code=context.centre_code,
                    person_id=people[name].id,
                    kind=kind,
                    issued_on=context.options.start - timedelta(days=400),
                    expires_on=None,
                    created_at=tx.now,
                )
            )
        tx.session.add(Setting(key=DUTY_KEY, value_json=f'["{people["Henk Bakker"].id}"]'))
    context.count("bardienst", 1)


def sales(context: DemoContext) -> None:
    """A year of receipts: coffee in the morning, cake in the afternoon, beer in the evening."""
    with context.uow.write() as tx:
        bar = _Bar(
            products={p.name: p for p in tx.session.scalars(select(Product))},
            sellers=list(
                tx.session.scalars(
                    select(Person)
                    .where((Person.role == Role.BAR) | Person.tasks.contains("bar"))
                    .order_by(Person.name)
                )
            ),
            cards={},
            clubs=[
                (hirer_id, name)
                for hirer_id, name in tx.session.execute(
                    select(Hirer.id, Hirer.name)
                    .where(Hirer.tariff_class == TariffClass.SOCIAL, Hirer.is_organisation)
                    .order_by(Hirer.name)
                )
            ],
        )
        _coffee_cards(context, bar, tx.session)
        _in_kind(context, bar, tx.session)
        day = context.options.start
        while day <= context.options.end:
            _day(context, bar, day)
            day += timedelta(days=1)
        bulk_insert(tx.session, Sale, bar.rows.sales)
        bulk_insert(tx.session, SaleLine, bar.rows.lines)
        bulk_insert(tx.session, Payment, bar.rows.payments)
        bulk_insert(tx.session, CoffeeCardMovement, bar.rows.card_moves)
        tx.session.add(ReceiptCounter(centre_code=context.centre_code, last_number=bar.number))
    context.count("bonnen", bar.number)
    context.count("baromzet (euro)", sum(s["total_cents"] for s in bar.rows.sales) // 100)


def _coffee_cards(context: DemoContext, bar: _Bar, session: Any) -> None:
    moment = context.moment(context.options.start, time(10, 0))
    cards = []
    for _ in range(COFFEE_CARDS):
        card_id = context.new_id_at(moment)
        cards.append(
            {
                "id": card_id,
                "centre_code": context.centre_code,
                "created_at": moment,
                "code": new_code(CodeKind.COFFEE_CARD, context.rng),
                "active": True,
            }
        )
        bar.cards[card_id] = CARD_VALUE
        bar.rows.card_moves.append(
            _row(context, moment)
            | {
                "card_id": card_id,
                "amount_cents": CARD_VALUE,
                "method": PaymentMethod.CASH,
                "sale_id": None,
                "by_id": bar.sellers[0].id,
            }
        )
    bulk_insert(session, CoffeeCard, cards)
    context.count("koffiekaarten", COFFEE_CARDS)


def _row(context: DemoContext, moment: datetime) -> dict[str, Any]:
    return {
        "id": context.new_id_at(moment),
        "centre_code": context.centre_code,
        "created_at": moment,
    }


def _in_kind(context: DemoContext, bar: _Bar, session: Any) -> None:
    """The volunteer near the allowance limit takes a coffee (and pie) on each shift."""
    bar.volunteer, moments = allowances.in_kind(context, session)
    coffee, pie = bar.products["Koffie"], bar.products["Appeltaart"]
    for moment, long_shift in moments:
        local = to_local(moment)
        if local.date() not in bar.in_kind:  # once a day: the till's daily tegoed holds it
            basket = [(coffee, 1), (pie, 1)] if long_shift else [(coffee, 1)]
            bar.in_kind[local.date()] = [(local.time(), basket)]


def _day(context: DemoContext, bar: _Bar, day: date) -> None:
    rng = context.rng
    planned = [(at, basket, False) for at, basket in basket_for(rng, day, bar.products)]
    planned += [(at, basket, True) for at, basket in bar.in_kind.get(day, [])]
    for at, basket, in_kind in sorted(planned, key=lambda plan: plan[0]):
        moment = context.moment(day, at)
        if not context.happened(moment):  # receipts stay numbered without gaps
            continue
        if in_kind:
            _sale(context, bar, moment, basket, bar.sellers[0], volunteer=bar.volunteer)
        else:
            _sale(context, bar, moment, basket, rng.choice(bar.sellers))


def _sale(
    context: DemoContext,
    bar: _Bar,
    moment: datetime,
    basket: Basket,
    seller: Person,
    *,
    volunteer: UUID | None = None,
) -> None:
    bar.number += 1
    sale = _row(context, moment)
    total = sum(quantity * product.price_cents for product, quantity in basket)
    if volunteer is None:
        method, extra = _payment(context.rng, bar, total)
    else:
        method, extra = PaymentMethod.VOLUNTEER, {"volunteer_id": volunteer}
    rounding = round_cash(total) - total if method is PaymentMethod.CASH else 0
    bar.rows.sales.append(
        sale
        | {
            "receipt_number": bar.number,
            "kind": SaleKind.SALE,
            "seller_id": seller.id,
            "seller_name": seller.name,
            "total_cents": total,
            "rounding_cents": rounding,
            "training": False,
            "tab_id": None,
            "reverses_id": None,
            "approved_by_id": None,
            "reason": "",
        }
    )
    for position, (product, quantity) in enumerate(basket):
        bar.rows.lines.append(
            _row(context, moment)
            | {
                "sale_id": sale["id"],
                "position": position,
                "product_id": product.id,
                "name": product.name,
                "category": product.category,
                "quantity": quantity,
                "unit_price_cents": product.price_cents,
                "vat_rate": product.vat_rate,
                "is_alcohol": product.is_alcohol,
                "amount_cents": quantity * product.price_cents,
            }
        )
    bar.rows.payments.append(
        _payment_row(
            context, moment, sale["id"], method=method, amount=total + rounding, extra=extra
        )
    )
    if method is PaymentMethod.COFFEE_CARD:
        bar.rows.card_moves.append(
            _row(context, moment)
            | {
                "card_id": extra["card_id"],
                "amount_cents": -total,
                "method": None,
                "sale_id": sale["id"],
                "by_id": seller.id,
            }
        )


def _payment(rng: Random, bar: _Bar, total: int) -> tuple[PaymentMethod, dict[str, Any]]:
    roll = rng.random()
    if roll < 0.04:
        card = rng.choice(list(bar.cards))
        if bar.cards[card] >= total:
            bar.cards[card] -= total
            return PaymentMethod.COFFEE_CARD, {"card_id": card}
    if roll < 0.06 and bar.clubs:
        hirer_id, name = rng.choice(bar.clubs)
        return PaymentMethod.ON_ACCOUNT, {"account_holder": name, "hirer_id": hirer_id}
    if roll < 0.55:
        return PaymentMethod.CASH, {}
    return PaymentMethod.CARD, {}


def _payment_row(
    context: DemoContext,
    moment: datetime,
    sale_id: UUID,
    *,
    method: PaymentMethod,
    amount: int,
    extra: dict[str, Any],
) -> dict[str, Any]:
    tendered = None
    if method is PaymentMethod.CASH:
        tendered = max(amount, context.rng.choice((amount, 500, 1000, 2000)))
    return _row(context, moment) | {
        "sale_id": sale_id,
        "method": method,
        "amount_cents": amount,
        "tendered_cents": tendered,
        "change_cents": (tendered - amount) if tendered is not None else 0,
        "account_holder": extra.get("account_holder", ""),
        "volunteer_id": extra.get("volunteer_id"),
        "card_id": extra.get("card_id"),
        "hirer_id": extra.get("hirer_id"),
    }
