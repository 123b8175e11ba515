"""Correcting a coffee-card load: a negative load, approved with the manager's PIN, with a reason.

A movement is a fact and has no column that points at the load it undoes: the reversal is a
negative movement with the load's method and amount, its reason and approver in the audit
log. Of equal loads (same amount and method) the newest count as the reversed ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money, NotAllowed
from desk_app.models import CoffeeCard, CoffeeCardMovement, PaymentMethod, Role
from desk_app.services import audit
from desk_app.services.auth import Actor, approval, require_role
from desk_app.services.day_close.day_lock import clean_reason
from desk_app.services.till.coffee_cards import CardInfo, add_movement
from desk_app.services.till.payments import card_balance, card_by_code
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class CardLoad:
    """A load still standing on a coffee card: when, how much and how it was paid."""

    movement_id: UUID
    code: str
    at: datetime
    amount_cents: int
    method: PaymentMethod


def last_load(uow: UnitOfWork, code: str) -> CardLoad:
    """The newest load of a scanned card not reversed yet, shown before it is reversed."""
    with uow.read() as tx:
        card = card_by_code(tx.session, code)
        standing = _standing_loads(tx.session, card.id)
        if not standing:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Op deze koffiekaart staat geen opwaardering meer.")
            )
        load = standing[0]
        assert load.method is not None  # a load always says how it was paid
        return CardLoad(load.id, card.code, load.created_at, load.amount_cents, load.method)


def reverse_load(
    uow: UnitOfWork,
    actor: Actor,
    movement_id: UUID,
    *,
    manager_id: UUID,
    manager_pin: str,
    reason: str,
) -> CardInfo:
    """Take a load off its card again (paid back as it was paid); the load itself stays.

    A wrong manager PIN counts against the manager and against the person at the till.
    """
    reason = clean_reason(reason)
    with approval(uow, actor, manager_id, manager_pin) as approver:
        return _reverse(uow, actor, approver, movement_id, reason)


def _reverse(
    uow: UnitOfWork, actor: Actor, approver: Actor, movement_id: UUID, reason: str
) -> CardInfo:
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        manager = require_role(tx, approver, Role.MANAGER)
        load = tx.session.get(CoffeeCardMovement, movement_id)
        if load is None or load.method is None or not _standing(tx.session, load):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Deze opwaardering bestaat niet of is al teruggedraaid."
                )
            )
        card = tx.session.get_one(CoffeeCard, load.card_id)
        left = card_balance(tx.session, card.id) - load.amount_cents
        if left < 0:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Van deze opwaardering is al {spent} besteed: terugdraaien kan niet meer.",
                ),
                spent=Money(-left),
            )
        add_movement(tx, card, person, value=-load.amount_cents, method=load.method)
        audit.record(
            tx.session,
            centre_code=card.centre_code,
            actor=manager,
            action="coffee_card.reverse_load",
            subject=card.code,
            at=tx.now,
            before={
                "amount_cents": load.amount_cents,
                "method": load.method,
                "at": load.created_at,
            },
            after={"reason": reason, "by": person.name, "balance_cents": left},
        )
        return CardInfo(card.id, card.code, left)


def _loads(session: Session, card_id: UUID) -> list[CoffeeCardMovement]:
    """A card's loads and load reversals (spends carry no method), newest first."""
    query = (
        select(CoffeeCardMovement)
        .where(CoffeeCardMovement.card_id == card_id, CoffeeCardMovement.method.is_not(None))
        .order_by(CoffeeCardMovement.created_at.desc(), CoffeeCardMovement.id.desc())
    )
    return list(session.scalars(query))


def _standing_loads(session: Session, card_id: UUID) -> list[CoffeeCardMovement]:
    """The loads no reversal took back, newest first (a reversal takes the newest equal one)."""
    moves = _loads(session, card_id)
    taken = Counter((-m.amount_cents, m.method) for m in moves if m.amount_cents < 0)
    standing = []
    for move in (m for m in moves if m.amount_cents > 0):
        key = (move.amount_cents, move.method)
        if taken[key]:
            taken[key] -= 1
        else:
            standing.append(move)
    return standing


def _standing(session: Session, load: CoffeeCardMovement) -> bool:
    """Whether a load (not a spend, nor a reversal) still has an equal one standing."""
    if load.method is None or load.amount_cents <= 0:
        return False
    equal = (load.amount_cents, load.method)
    standing = _standing_loads(session, load.card_id)
    return any((m.amount_cents, m.method) == equal for m in standing)
