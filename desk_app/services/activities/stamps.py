"""Stamps at the door: one per person, asked before a second, undone by a reversal row.

Each stamp turns its share of the card's price from prepaid credit into turnover (VAT at the
card's rate); the shares of a card add up to its price, the last stamp taking the cents left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from sqlalchemy import case, func, select

from desk_app.codes import CodeKind, parse_code
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.formatting import to_local
from desk_app.models import (
    ActivityOccurrence,
    CardStamp,
    MultiVisitCard,
    Person,
    Product,
    Role,
    SaleLine,
)
from desk_app.services.auth import Actor, require_role, role_allows
from desk_app.services.day_close.day_lock import clean_reason, ensure_day_open
from desk_app.services.uow import Transaction, UnitOfWork

MAX_SCAN_LENGTH = 64
_REVERSED_IDS = select(CardStamp.reverses_id).where(CardStamp.reverses_id.is_not(None))
# Stamps that still count: not a reversal row, and not reversed by one.
_STILL_COUNTS = (CardStamp.reverses_id.is_(None), CardStamp.id.not_in(_REVERSED_IDS))
_COUNTING = select(CardStamp).where(*_STILL_COUNTS)
STAMP_ON_THE_DAY = QT_TRANSLATE_NOOP(
    "Errors", "Afstempelen kan alleen op de dag van de bijeenkomst."
)
# The desk may undo its own slip this long after; later only the social manager may.
UNDO_MINUTES = 5


@dataclass(frozen=True)
class Stamped:
    """A stamp at the door: the card, its stamps and those left.

    ``asks_another`` is set, and nothing written, when the card was stamped for this session
    already: the desk asks whether someone else (a couple sharing a card) comes in on it.
    """

    code: str
    stamps: int
    left: int
    asks_another: bool = False


@dataclass(frozen=True)
class StampInfo:
    """A stamp of a session that still counts, for the desk to undo a slip."""

    stamp_id: UUID
    code: str
    at: datetime


def stamp_card(
    uow: UnitOfWork, actor: Actor, session_id: UUID, raw: str, *, another: bool = False
) -> Stamped:
    """One stamp off a card at the door of today's session; an empty card is refused."""
    code = _card_code(raw)
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        check_session_today(tx, session_id)
        card = tx.session.scalar(select(MultiVisitCard).where(MultiVisitCard.code == code))
        if card is None or not card.active:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze strippenkaart is niet bekend."))
        used = stamps_used(tx, card.id)
        if used >= card.stamps:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Deze strippenkaart is op: alle {stamps} strippen zijn gebruikt. "
                    "Aan de bar is een nieuwe kaart te koop.",
                ),
                stamps=card.stamps,
            )
        if not another and stamps_used(tx, card.id, session_id):
            return Stamped(card.code, card.stamps, card.stamps - used, asks_another=True)
        price, rate = _card_price(tx, card)
        tx.session.add(
            CardStamp(
                centre_code=tx.centre_code(),
                created_at=tx.now,
                card_id=card.id,
                session_id=session_id,
                by_id=actor.person_id,
                value_cents=stamp_value(price, card.stamps, used),
                vat_rate=rate,
            )
        )
        return Stamped(card.code, card.stamps, card.stamps - used - 1)


def undo_stamp(uow: UnitOfWork, actor: Actor, stamp_id: UUID, reason: str) -> Stamped:
    """Undo a stamp by a reversal row with a reason: the desk within minutes, the manager later."""
    why = clean_reason(reason)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.RECEPTION)
        stamp = tx.session.get(CardStamp, stamp_id)
        if stamp is None or stamp.reverses_id is not None or _reversed(tx, stamp_id):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Deze stempel bestaat niet of is al teruggedraaid.")
            )
        _reverse(tx, person, stamp, why)
        card = tx.session.get_one(MultiVisitCard, stamp.card_id)
        tx.session.flush()
        return Stamped(card.code, card.stamps, card.stamps - stamps_used(tx, card.id))


def undo_session_stamps(tx: Transaction, person: Person, session_id: UUID, reason: str) -> int:
    """Undo every stamp of a session that still counts, in the caller's transaction (a session
    called off gives its stamps back); the same rules as :func:`undo_stamp`. How many."""
    why = clean_reason(reason)
    counting = tx.session.scalars(_COUNTING.where(CardStamp.session_id == session_id)).all()
    for stamp in counting:
        _reverse(tx, person, stamp, why)
    return len(counting)


def _reverse(tx: Transaction, person: Person, stamp: CardStamp, why: str) -> None:
    """The reversal row of ``stamp``: the desk within minutes, the manager later, on an open day."""
    late = tx.now - stamp.created_at > timedelta(minutes=UNDO_MINUTES)
    if late and not role_allows(person.role, Role.MANAGER):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Een stempel van meer dan {minutes} minuten geleden draait alleen "
                "de sociaal beheerder terug.",
            ),
            minutes=UNDO_MINUTES,
        )
    ensure_day_open(tx.session, to_local(stamp.created_at).date())
    tx.session.add(
        CardStamp(
            centre_code=tx.centre_code(),
            created_at=tx.now,
            card_id=stamp.card_id,
            session_id=stamp.session_id,
            by_id=person.id,
            value_cents=-stamp.value_cents,
            vat_rate=stamp.vat_rate,
            reverses_id=stamp.id,
            reason=why,
        )
    )


def session_stamps(uow: UnitOfWork, session_id: UUID) -> list[StampInfo]:
    """The session's stamps not undone, newest first."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(CardStamp.id, MultiVisitCard.code, CardStamp.created_at)
            .join(MultiVisitCard, MultiVisitCard.id == CardStamp.card_id)
            .where(CardStamp.session_id == session_id, *_STILL_COUNTS)
            .order_by(CardStamp.created_at.desc())
        ).all()
        return [StampInfo(stamp_id, code, at) for stamp_id, code, at in rows]


def stamp_value(price_cents: int, stamps: int, used: int) -> int:
    """The share of ``price_cents`` the stamp after ``used`` others turns into turnover."""
    return price_cents * (used + 1) // stamps - price_cents * used // stamps


def stamps_used(tx: Transaction, card_id: UUID, session_id: UUID | None = None) -> int:
    """The stamps taken off a card and not undone (for one session, when given)."""
    net = func.sum(case((CardStamp.reverses_id.is_(None), 1), else_=-1))
    query = select(func.coalesce(net, 0)).where(CardStamp.card_id == card_id)
    if session_id is not None:
        query = query.where(CardStamp.session_id == session_id)
    return int(tx.session.scalar(query) or 0)


def _card_code(raw: str) -> str:
    text = raw.strip()
    parsed = parse_code(text) if len(text) <= MAX_SCAN_LENGTH else None
    if parsed is None or parsed[0] is not CodeKind.MULTI_VISIT_CARD:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Dit is geen strippenkaart."))
    return parsed[1]


def _card_price(tx: Transaction, card: MultiVisitCard) -> tuple[int, int]:
    """The price the card was sold for and its VAT rate (the price list's, without a sale)."""
    line = tx.session.execute(
        select(SaleLine.amount_cents, SaleLine.vat_rate).where(
            SaleLine.sale_id == card.sale_id, SaleLine.product_id == card.product_id
        )
    ).first()
    if line is not None:
        return int(line[0]), int(line[1])
    product = tx.session.get_one(Product, card.product_id)
    return product.price_cents, product.vat_rate


def _reversed(tx: Transaction, stamp_id: UUID) -> bool:
    found = tx.session.scalar(select(CardStamp.id).where(CardStamp.reverses_id == stamp_id))
    return found is not None


def check_session_today(
    tx: Transaction, session_id: UUID, wrong_day: str = STAMP_ON_THE_DAY
) -> None:
    """Refuse a session at whose door nothing can be counted: unknown, called off, not today
    (``wrong_day`` says so for the way in: stamping, scanning), or today's books closed."""
    session = tx.session.get(ActivityOccurrence, session_id)
    if session is None or session.cancelled:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Deze bijeenkomst bestaat niet of gaat niet door.")
        )
    today = to_local(tx.now).date()
    if session.day != today:
        raise InvalidInput(wrong_day)
    ensure_day_open(tx.session, today)
