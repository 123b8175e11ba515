"""Ringing up a sale: one transaction holds the receipt number, lines, payments and checks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, bindparam, insert, update

from desk_app.db.prepared import Prepared
from desk_app.formatting import to_local
from desk_app.models import (
    Base,
    CoffeeCardMovement,
    Payment,
    Person,
    ReceiptCounter,
    Role,
    Sale,
    SaleKind,
    SaleLine,
)
from desk_app.models.types import new_id
from desk_app.services.auth import Acting, Actor, require_acting
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.till.alcohol import check_alcohol
from desk_app.services.till.basket import LineIn, PricedLine, check_quantities, price_lines
from desk_app.services.till.payments import PaymentIn, PlannedPayment, plan_payments
from desk_app.services.till.pricing import product_rows
from desk_app.services.till.receipts import Receipt, ReceiptLine, ReceiptPayment
from desk_app.services.till.settings import till_settings
from desk_app.services.till.vat import vat_breakdown
from desk_app.services.uow import CoreTransaction, UnitOfWork


def sell(
    uow: UnitOfWork,
    actor: Actor,
    lines: Sequence[LineIn],
    payments: Sequence[PaymentIn],
    *,
    training: bool = False,
    age_confirmed: bool = False,
) -> Receipt:
    """Ring up and pay a basket in one transaction; return its receipt.

    A bare Core transaction: every check and write below reads and stores plain columns.
    """
    check_quantities(lines)
    with uow.write_core() as tx:
        seller = require_acting(tx, actor, Role.BAR)
        at = tx.now
        priced = price_lines(product_rows(tx), lines, to_local(at).date())
        settings = till_settings(tx)
        if any(line.is_alcohol for line in priced):
            check_alcohol(tx.connection, at, settings, youth=False, age_confirmed=age_confirmed)
        total = sum(line.amount_cents for line in priced)
        planned, rounding = plan_payments(
            tx.connection, total, payments, at, settings.volunteer_allowance_cents
        )
        return record_sale(tx, seller, priced, planned, rounding=rounding, training=training)


def next_receipt_number(connection: Connection, centre_code: str) -> int:
    """Raise the centre's counter inside the caller's transaction, so numbers never skip.

    One Core ``UPDATE … RETURNING`` on the sale's hot path, instead of loading the row first.
    """
    raised = _RAISE_RECEIPT.scalar(connection, {"centre": centre_code})
    if raised is None:
        _START_RECEIPTS.execute(connection, [{"centre_code": centre_code, "last_number": 1}])
        return 1
    return int(raised)


def record_sale(
    tx: CoreTransaction,
    seller: Person | Acting,
    priced: Sequence[PricedLine],
    planned: Sequence[PlannedPayment],
    *,
    rounding: int = 0,
    training: bool = False,
    tab_id: UUID | None = None,
    reverses: Sale | None = None,
    approved_by: Person | None = None,
    reason: str = "",
    moves_cards: bool | None = None,
) -> Receipt:
    """Store a checked sale (or reversal) with its number, lines, payments and card spends.

    The rows go in as plain values, one Core statement per table (the sale first), past the
    unit of work: the till's busiest write builds no ORM object. A practice sale spends
    nothing off a coffee card unless ``moves_cards`` says otherwise (a reversal mirrors its
    original).
    """
    spends = not training if moves_cards is None else moves_cards
    centre = tx.centre_code()
    at = tx.now
    ensure_day_open(tx.connection, to_local(at).date())
    sale: dict[str, Any] = {
        "id": new_id(),
        "centre_code": centre,
        "created_at": at,
        "receipt_number": next_receipt_number(tx.connection, centre),
        "kind": SaleKind.SALE if reverses is None else SaleKind.REVERSAL,
        "seller_id": seller.id,
        "seller_name": seller.name,
        "total_cents": sum(line.amount_cents for line in priced),
        "rounding_cents": rounding,
        "training": training,
        "tab_id": tab_id,
        "reverses_id": reverses.id if reverses else None,
        "approved_by_id": approved_by.id if approved_by else None,
        "reason": reason,
    }
    fact = {"centre_code": centre, "created_at": at, "sale_id": sale["id"]}
    connection = tx.connection
    for statement, rows in (
        (_INSERT_SALE, [sale]),
        (_INSERT_LINE, [_line(fact, n, line) for n, line in enumerate(priced)]),
        (_INSERT_PAYMENT, [_payment(fact, part) for part in planned]),
        (
            _INSERT_CARD_MOVEMENT,
            [_card_spend(fact, part, seller.id) for part in planned if part.card_id and spends],
        ),
    ):
        if rows:
            statement.execute(connection, rows)
    return _receipt(tx, sale, priced, planned, reverses)


_SALE = Base.metadata.tables[Sale.__tablename__]
_LINE = Base.metadata.tables[SaleLine.__tablename__]
_PAYMENT = Base.metadata.tables[Payment.__tablename__]
_CARD_MOVEMENT = Base.metadata.tables[CoffeeCardMovement.__tablename__]
# Built once and run on the short path: on the till's busiest write SQLAlchemy's work around
# each statement costs more than the statement.
_INSERT_SALE = Prepared(insert(_SALE))
_INSERT_LINE = Prepared(insert(_LINE))
_INSERT_PAYMENT = Prepared(insert(_PAYMENT))
_INSERT_CARD_MOVEMENT = Prepared(insert(_CARD_MOVEMENT))
_COUNTER = Base.metadata.tables[ReceiptCounter.__tablename__]
_RAISE_RECEIPT = Prepared(
    update(_COUNTER)
    .where(_COUNTER.c.centre_code == bindparam("centre"))
    .values(last_number=_COUNTER.c.last_number + 1)
    .returning(_COUNTER.c.last_number)
)
_START_RECEIPTS = Prepared(insert(_COUNTER))


def _line(fact: dict[str, Any], position: int, line: PricedLine) -> dict[str, Any]:
    return {
        **fact,
        "id": new_id(),
        "position": position,
        "product_id": line.product_id,
        "name": line.name,
        "category": line.category,
        "quantity": line.quantity,
        "unit_price_cents": line.unit_price_cents,
        "vat_rate": line.vat_rate,
        "is_alcohol": line.is_alcohol,
        "amount_cents": line.amount_cents,
    }


def _payment(fact: dict[str, Any], part: PlannedPayment) -> dict[str, Any]:
    return {
        **fact,
        "id": new_id(),
        "method": part.method,
        "amount_cents": part.amount_cents,
        "tendered_cents": part.tendered_cents,
        "change_cents": part.change_cents,
        "account_holder": part.account_holder,
        "volunteer_id": part.volunteer_id,
        "card_id": part.card_id,
        "hirer_id": part.hirer_id,
    }


def _card_spend(fact: dict[str, Any], part: PlannedPayment, by: UUID) -> dict[str, Any]:
    return {
        **fact,
        "id": new_id(),
        "card_id": part.card_id,
        "amount_cents": -part.amount_cents,
        "method": None,
        "by_id": by,
    }


def _receipt(
    tx: CoreTransaction,
    sale: dict[str, Any],
    priced: Sequence[PricedLine],
    planned: Sequence[PlannedPayment],
    reverses: Sale | None,
) -> Receipt:
    """The receipt of the sale just stored, from the values it was stored with."""
    header = tx.centre_header()
    return Receipt(
        sale_id=sale["id"],
        centre_name=header.name if header else sale["centre_code"],
        vat_number=header.vat_number if header else "",
        number=sale["receipt_number"],
        at=sale["created_at"],
        seller_name=sale["seller_name"],
        lines=tuple(
            ReceiptLine(li.name, li.quantity, li.unit_price_cents, li.amount_cents, li.vat_rate)
            for li in priced
        ),
        vat_rows=tuple(vat_breakdown((li.vat_rate, li.amount_cents) for li in priced)),
        total_cents=sale["total_cents"],
        rounding_cents=sale["rounding_cents"],
        payments=tuple(
            ReceiptPayment(
                p.method, p.amount_cents, p.tendered_cents, p.change_cents, p.account_holder
            )
            for p in planned
        ),
        training=sale["training"],
        reverses_number=reverses.receipt_number if reverses else None,
        reason=sale["reason"],
    )
