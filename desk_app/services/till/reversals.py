"""Voids after payment: a reversal sale, approved with the manager's PIN, with a reason."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import CoffeeCardMovement, Payment, Role, Sale, SaleKind, SaleLine
from desk_app.services import audit
from desk_app.services.activities.cards import end_sold_card
from desk_app.services.auth import Actor, approval, require_role
from desk_app.services.till.basket import PricedLine
from desk_app.services.till.payments import PlannedPayment
from desk_app.services.till.receipts import Receipt
from desk_app.services.till.sales import record_sale
from desk_app.services.uow import Transaction, UnitOfWork

MAX_REASON_LENGTH = 200


def _clean_reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if len(cleaned) < 3 or len(cleaned) > MAX_REASON_LENGTH or not cleaned.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef een reden van 3 tot {max} tekens."),
            max=MAX_REASON_LENGTH,
        )
    return cleaned


def reverse_sale(
    uow: UnitOfWork,
    actor: Actor,
    sale_id: UUID,
    *,
    manager_id: UUID,
    manager_pin: str,
    reason: str,
) -> Receipt:
    """Book the exact opposite of a paid sale; the original stays as it was.

    A wrong manager PIN counts against the manager and against the person at the till.
    """
    reason = _clean_reason(reason)
    with approval(uow, actor, manager_id, manager_pin) as approver:
        return _reverse(uow, actor, approver, sale_id, reason)


def _reverse(uow: UnitOfWork, actor: Actor, approver: Actor, sale_id: UUID, reason: str) -> Receipt:
    with uow.write() as tx:
        seller = require_role(tx, actor, Role.BAR)
        manager = require_role(tx, approver, Role.MANAGER)
        original = tx.session.get(Sale, sale_id)
        if original is None or original.kind is not SaleKind.SALE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Deze bon kan niet worden teruggedraaid.")
            )
        if tx.session.scalar(select(Sale.id).where(Sale.reverses_id == sale_id)) is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bon is al teruggedraaid."))
        lines = tx.session.scalars(
            select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.position)
        ).all()
        payments = tx.session.scalars(select(Payment).where(Payment.sale_id == sale_id)).all()
        end_sold_card(tx, sale_id)
        receipt = record_sale(
            tx,
            seller,
            [
                PricedLine(
                    li.product_id,
                    li.name,
                    li.category,
                    -li.quantity,
                    li.unit_price_cents,
                    li.vat_rate,
                    li.is_alcohol,
                )
                for li in lines
            ],
            [
                PlannedPayment(
                    p.method,
                    -p.amount_cents,
                    None,
                    0,
                    p.account_holder,
                    p.volunteer_id,
                    p.card_id,
                    p.hirer_id,
                )
                for p in payments
            ],
            rounding=-original.rounding_cents,
            training=original.training,
            moves_cards=_moved_cards(tx, sale_id),
            reverses=original,
            approved_by=manager,
            reason=reason,
        )
        audit.record(
            tx.session,
            centre_code=original.centre_code,
            actor=manager,
            action="sale.reverse",
            subject=f"bon {original.receipt_number}",
            at=tx.now,
            before={"receipt": original.receipt_number, "total_cents": original.total_cents},
            after={"receipt": receipt.number, "reason": reason, "by": seller.name},
        )
        return receipt


def _moved_cards(tx: Transaction, sale_id: UUID) -> bool:
    """Whether a sale spent off coffee cards (a practice sale does not): its reversal mirrors it."""
    moved = select(CoffeeCardMovement.id).where(CoffeeCardMovement.sale_id == sale_id).limit(1)
    return tx.session.scalar(moved) is not None
