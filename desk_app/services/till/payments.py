"""How a sale is paid: cash rounded to 5 cents, card exact, split, on account, volunteer, card."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from uuid import UUID

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from desk_app.codes import CodeKind, parse_code
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.formatting import LOCAL_ZONE, to_local
from desk_app.models import (
    CoffeeCard,
    CoffeeCardMovement,
    Hirer,
    Payment,
    PaymentMethod,
    Person,
    Sale,
    TariffClass,
)
from desk_app.services.till.vat import round_cash

MAX_TENDERED_CENTS = 500_000
MAX_PARTS = 6


@dataclass(frozen=True)
class PaymentIn:
    """One part of a payment; a cash part pays what is left, so it carries no amount."""

    method: PaymentMethod
    amount_cents: int | None = None
    tendered_cents: int | None = None
    hirer_id: UUID | None = None
    volunteer_id: UUID | None = None
    card_code: str = ""


@dataclass(frozen=True)
class PlannedPayment:
    """A checked payment part, ready to be stored."""

    method: PaymentMethod
    amount_cents: int
    tendered_cents: int | None = None
    change_cents: int = 0
    account_holder: str = ""
    volunteer_id: UUID | None = None
    card_id: UUID | None = None
    hirer_id: UUID | None = None


def _invalid_amount() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Dit bedrag klopt niet: het ligt tussen 0 en 5000 euro.")
    )


def plan_payments(
    reader: Session | Connection,
    total: int,
    parts: Sequence[PaymentIn],
    at: datetime,
    allowance: int,
) -> tuple[list[PlannedPayment], int]:
    """Check the parts against the total; return them with the cash rounding (booked apart).

    The rows a part names are read as plain columns, so a sale on a bare Core transaction
    plans its payments without an ORM session.
    """
    if total > MAX_TENDERED_CENTS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een bon is hoogstens 5000 euro."))
    if not parts or len(parts) > MAX_PARTS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Kies hoe er betaald wordt."))
    cash = [part for part in parts if part.method is PaymentMethod.CASH]
    if len(cash) > 1 or any(part.amount_cents is not None for part in cash):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Contant betaalt wat er overblijft."))
    planned: list[PlannedPayment] = []
    for part in parts:
        if part.method is not PaymentMethod.CASH:
            planned.append(_plan_exact(reader, part, at, allowance, planned))
    rest = total - sum(part.amount_cents for part in planned)
    if not cash:
        if rest != 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "De betalingen tellen niet op tot het totaal.")
            )
        return planned, 0
    if rest < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Er is meer betaald dan het totaal."))
    due = round_cash(rest)
    tendered = due if cash[0].tendered_cents is None else cash[0].tendered_cents
    if not 0 <= tendered <= MAX_TENDERED_CENTS:
        raise _invalid_amount()
    if tendered < due:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Het ontvangen bedrag is te laag."))
    planned.append(PlannedPayment(PaymentMethod.CASH, due, tendered, tendered - due))
    return planned, due - rest


def _plan_exact(
    reader: Session | Connection,
    part: PaymentIn,
    at: datetime,
    allowance: int,
    earlier: Sequence[PlannedPayment],
) -> PlannedPayment:
    """One part checked together with the ``earlier`` parts of the same card or volunteer."""
    amount = part.amount_cents
    if amount is None or not 0 < amount <= MAX_TENDERED_CENTS:
        raise _invalid_amount()
    if part.method is PaymentMethod.ON_ACCOUNT:
        hirer = _hirer_for_account(reader, part.hirer_id)
        return PlannedPayment(part.method, amount, account_holder=hirer.name, hirer_id=hirer.id)
    if part.method is PaymentMethod.VOLUNTEER:
        return _plan_volunteer(reader, part, amount, at, allowance, earlier=earlier)
    if part.method is PaymentMethod.COFFEE_CARD:
        card_id = _card_with_balance(reader, part, amount, earlier)
        return PlannedPayment(part.method, amount, card_id=card_id)
    return PlannedPayment(part.method, amount)


def _hirer_for_account(
    reader: Session | Connection, hirer_id: UUID | None
) -> Row[UUID, str, bool, TariffClass]:
    """The active, paying room hirer whose next invoice an on-account sale goes onto."""
    hirer = reader.execute(_HIRER, {"hirer_id": hirer_id}).first() if hirer_id else None
    if hirer is None or not hirer.active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Kies de huurder op wiens rekening dit gaat.")
        )
    if hirer.tariff_class is TariffClass.INTERNAL:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Eigen activiteiten van het buurthuis krijgen geen factuur; reken anders af.",
            )
        )
    return hirer


def _plan_volunteer(
    reader: Session | Connection,
    part: PaymentIn,
    amount: int,
    at: datetime,
    allowance: int,
    *,
    earlier: Sequence[PlannedPayment],
) -> PlannedPayment:
    """A volunteer's own consumption, within what is left of today's allowance."""
    person = (
        reader.execute(_VOLUNTEER, {"person_id": part.volunteer_id}).first()
        if part.volunteer_id
        else None
    )
    if person is None or not person.active:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Kies de vrijwilliger die consumeert."))
    same = sum(p.amount_cents for p in earlier if p.volunteer_id == person.id)
    if _used_today(reader, person.id, at) + same + amount > allowance:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("Errors", "{name} heeft het vrijwilligerstegoed van vandaag op."),
            name=person.name,
        )
    return PlannedPayment(part.method, amount, volunteer_id=person.id)


def _used_today(reader: Session | Connection, person_id: UUID, at: datetime) -> int:
    """A volunteer's own consumption today; practice sales are pretend and count for nothing."""
    day_start = datetime.combine(to_local(at).date(), time(0), LOCAL_ZONE).astimezone(UTC)
    used = reader.scalar(
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(
            Payment.method == PaymentMethod.VOLUNTEER,
            Payment.volunteer_id == person_id,
            Payment.created_at >= day_start,
            Sale.training.is_(False),
        )
    )
    return int(used or 0)


def card_by_code(session: Session, raw_code: str) -> CoffeeCard:
    """The active coffee card for a scanned or typed code, or a friendly refusal."""
    code = _card_code(raw_code)
    card = session.scalar(select(CoffeeCard).where(CoffeeCard.code == code)) if code else None
    if card is None or not card.active:
        raise _unknown_card()
    return card


def card_key(reader: Session | Connection, raw_code: str) -> UUID:
    """The key of the active coffee card for a scanned or typed code, or a friendly refusal.

    Plain columns, so a sale on a bare Core transaction reads it without an ORM session.
    """
    code = _card_code(raw_code)
    card = reader.execute(_CARD, {"code": code}).first() if code else None
    if card is None or not card.active:
        raise _unknown_card()
    card_id: UUID = card.id
    return card_id


def _card_code(raw_code: str) -> str | None:
    """The stored code of a coffee card's scanned or typed code; ``None`` for any other code."""
    parsed = parse_code(raw_code)
    return parsed[1] if parsed is not None and parsed[0] is CodeKind.COFFEE_CARD else None


def _unknown_card() -> InvalidInput:
    return InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze koffiekaart is niet bekend."))


def card_balance(reader: Session | Connection, card_id: UUID) -> int:
    """What is left on a card: every load minus every spend."""
    total = reader.scalar(
        select(func.coalesce(func.sum(CoffeeCardMovement.amount_cents), 0)).where(
            CoffeeCardMovement.card_id == card_id
        )
    )
    return int(total or 0)


def _card_with_balance(
    reader: Session | Connection, part: PaymentIn, amount: int, earlier: Sequence[PlannedPayment]
) -> UUID:
    """The card a part names, if it holds this part and the earlier parts on the same card."""
    card_id = card_key(reader, part.card_code)
    same = sum(p.amount_cents for p in earlier if p.card_id == card_id)
    if card_balance(reader, card_id) < same + amount:
        raise NotAllowed(QT_TRANSLATE_NOOP("Errors", "Er staat te weinig op de koffiekaart."))
    return card_id


# Plain columns, so a Core transaction and an ORM session read them alike.
_HIRER = select(Hirer.id, Hirer.name, Hirer.active, Hirer.tariff_class).where(
    Hirer.id == bindparam("hirer_id")
)
_VOLUNTEER = select(Person.id, Person.name, Person.active).where(
    Person.id == bindparam("person_id")
)
_CARD = select(CoffeeCard.id, CoffeeCard.active).where(CoffeeCard.code == bindparam("code"))
