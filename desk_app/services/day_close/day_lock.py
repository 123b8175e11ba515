"""The day lock and the cash paid out during the day: what the day close builds on.

Once a day is signed off nothing may be dated on it (or on any day before it): every service
that records an entry calls :func:`ensure_day_open` inside its own transaction. Corrections go
in as reversals on a later day, referring to the closed one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from desk_app.db.prepared import Prepared
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money
from desk_app.formatting import to_local
from desk_app.models import DayClose, PaidOut, Role
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.till.vat import round_cash
from desk_app.services.uow import UnitOfWork

MAX_PAID_OUT_CENTS = 50_000
CASH_STEP_CENTS = 5  # the smallest Dutch coin in use
MIN_REASON = 3
MAX_REASON = 200
_LATEST_CLOSE = Prepared(select(func.max(DayClose.local_day)))


@dataclass(frozen=True)
class PaidOutInfo:
    """Cash taken from the drawer, as the close and the Z-report list it."""

    at: datetime
    amount_cents: int
    reason: str
    by_name: str


def ensure_day_open(reader: Session | Connection, day: date) -> None:
    """Refuse an entry dated on a signed-off day (one indexed query on the close's day)."""
    latest = _LATEST_CLOSE.scalar(reader)
    if latest is not None and day <= latest:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De dag {day} is afgesloten: er kan niets meer op worden geboekt. "
                "Een correctie gaat als herstelboeking op een latere dag.",
            ),
            day=latest,
        )


def clean_reason(reason: str) -> str:
    """A reason for a paid-out or a difference: a few words, not too long."""
    text = " ".join(reason.split())
    if not MIN_REASON <= len(text) <= MAX_REASON:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef een reden van 3 tot 200 tekens."),
        )
    return text


def check_paid_out_amount(amount_cents: int) -> None:
    """Refuse an amount the drawer cannot pay out in coins: Dutch cash goes in steps of 5 cents.

    Otherwise the cash expected at the close could not be counted; the message names the
    nearest amount that can.
    """
    if not 0 < amount_cents <= MAX_PAID_OUT_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een uitbetaling ligt tussen 0,05 en 500 euro.")
        )
    if amount_cents % CASH_STEP_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Contant gaat per 5 cent: er zijn geen munten van 1 en 2 cent. "
                "Bedoelt u {nearest}?",
            ),
            nearest=Money(max(CASH_STEP_CENTS, round_cash(amount_cents))),
        )


def record_paid_out(uow: UnitOfWork, actor: Actor, amount_cents: int, reason: str) -> PaidOutInfo:
    """Cash paid out of the drawer with its reason; the close subtracts it from expected cash."""
    check_paid_out_amount(amount_cents)
    text = clean_reason(reason)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        at = tx.now
        day = to_local(at).date()
        ensure_day_open(tx.session, day)
        centre = tx.centre_code()
        tx.session.add(
            PaidOut(
                centre_code=centre,
                created_at=at,
                local_day=day,
                amount_cents=amount_cents,
                reason=text,
                by_id=person.id,
                by_name=person.name,
            )
        )
        audit.record(
            tx.session,
            centre_code=centre,
            actor=person,
            action="till.paid_out",
            subject=str(day),
            at=at,
            after={"amount_cents": amount_cents, "reason": text},
        )
    return PaidOutInfo(at, amount_cents, text, person.name)


def paid_outs(session: Session, day: date) -> list[PaidOutInfo]:
    """The day's paid-outs, in order."""
    rows = session.execute(
        select(PaidOut.created_at, PaidOut.amount_cents, PaidOut.reason, PaidOut.by_name)
        .where(PaidOut.local_day == day)
        .order_by(PaidOut.created_at)
    ).all()
    return [PaidOutInfo(*row) for row in rows]
