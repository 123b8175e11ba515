"""Prepaid coffee cards: sold with a QR code, loaded for cash or card, spent at the till."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from desk_app.codes import CodeKind, new_code
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money
from desk_app.formatting import to_local
from desk_app.models import CoffeeCard, CoffeeCardMovement, PaymentMethod, Person, Role
from desk_app.services.auth import Actor, require_role
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.till.payments import card_balance, card_by_code
from desk_app.services.uow import Transaction, UnitOfWork

MAX_LOAD_CENTS = 10_000
# A card is cash in anyone's pocket (no name, gone when lost): the bar keeps what it owes low.
MAX_BALANCE_CENTS = 10_000
LOAD_METHODS = (PaymentMethod.CASH, PaymentMethod.CARD)


@dataclass(frozen=True)
class CardInfo:
    """A coffee card's code and what is left on it."""

    card_id: UUID
    code: str
    balance_cents: int


def _check_load(value_cents: int, method: PaymentMethod) -> None:
    if not 0 < value_cents <= MAX_LOAD_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Een koffiekaart wordt met 0,01 tot 100 euro opgewaardeerd."
            )
        )
    if method not in LOAD_METHODS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een koffiekaart wordt contant of met pin betaald.")
        )


def _check_room(balance_cents: int, value_cents: int) -> None:
    """Refuse a load that would put more than :data:`MAX_BALANCE_CENTS` on the card."""
    if balance_cents + value_cents > MAX_BALANCE_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Op een koffiekaart staat hoogstens {most}: er kan nog {room} bij."
            ),
            most=Money(MAX_BALANCE_CENTS),
            room=Money(max(0, MAX_BALANCE_CENTS - balance_cents)),
        )


def add_movement(
    tx: Transaction,
    card: CoffeeCard,
    person: Person,
    *,
    value: int,
    method: PaymentMethod,
) -> None:
    """Money onto a card (negative: a load taken back), paid as ``method``, on an open day."""
    ensure_day_open(tx.session, to_local(tx.now).date())
    tx.session.add(
        CoffeeCardMovement(
            centre_code=card.centre_code,
            created_at=tx.now,
            card_id=card.id,
            amount_cents=value,
            method=method,
            by_id=person.id,
        )
    )


def issue_card(uow: UnitOfWork, actor: Actor, value_cents: int, method: PaymentMethod) -> CardInfo:
    """Sell a new card loaded with ``value_cents``, paid in cash or by card."""
    _check_load(value_cents, method)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        card = CoffeeCard(
            centre_code=tx.centre_code(),
            created_at=tx.now,
            code=new_code(CodeKind.COFFEE_CARD),
        )
        tx.session.add(card)
        tx.session.flush()
        add_movement(tx, card, person, value=value_cents, method=method)
        return CardInfo(card.id, card.code, value_cents)


def top_up(
    uow: UnitOfWork, actor: Actor, code: str, value_cents: int, method: PaymentMethod
) -> CardInfo:
    """Load more onto an existing, active card, up to :data:`MAX_BALANCE_CENTS` on it."""
    _check_load(value_cents, method)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        card = card_by_code(tx.session, code)
        balance = card_balance(tx.session, card.id)
        _check_room(balance, value_cents)
        add_movement(tx, card, person, value=value_cents, method=method)
        return CardInfo(card.id, card.code, balance + value_cents)


def card_info(uow: UnitOfWork, code: str) -> CardInfo:
    """A scanned card's balance."""
    with uow.read() as tx:
        card = card_by_code(tx.session, code)
        return CardInfo(card.id, card.code, card_balance(tx.session, card.id))
