"""Who is in the building now: visitors by purpose, with or without a pass, until closing time.

The day close is a closing time too: once the day is signed off, nobody counts as inside.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from desk_app.models import Checkout, DayClose, Purpose, Visit
from desk_app.services.clock import closing_time, place
from desk_app.services.uow import Transaction, UnitOfWork


@dataclass(frozen=True)
class Presence:
    """Visitors inside now; after closing time everyone counts as checked out."""

    at: datetime
    with_pass: dict[Purpose, int] = field(default_factory=dict)
    anonymous: dict[Purpose, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.with_pass.values()) + sum(self.anonymous.values())

    def for_purpose(self, purpose: Purpose) -> int:
        """Everyone inside for ``purpose``."""
        return self.with_pass.get(purpose, 0) + self.anonymous.get(purpose, 0)

    def anonymous_for(self, purpose: Purpose) -> int:
        """Visitors without a pass inside for ``purpose``."""
        return self.anonymous.get(purpose, 0)


def visitors_in(tx: Transaction, at: datetime) -> Presence:
    """Count today's check-ins minus check-outs, inside the caller's transaction."""
    here = place(tx, at)
    closes = closing_time(tx.session, here.day)
    if closes is None or here.time >= closes or _closed(tx, here.day):
        return Presence(at)
    arrived = Counter[tuple[Purpose, bool]]()
    for purpose, anonymous, visitors in tx.session.execute(
        select(Visit.purpose, Visit.pass_id.is_(None), func.sum(Visit.visitors))
        .where(Visit.local_day == here.day)
        .group_by(Visit.purpose, Visit.pass_id.is_(None))
    ):
        arrived[(purpose, bool(anonymous))] += int(visitors)
    for purpose, anonymous, visitors in tx.session.execute(
        select(Checkout.purpose, Checkout.visit_id.is_(None), func.sum(Checkout.visitors))
        .where(Checkout.local_day == here.day)
        .group_by(Checkout.purpose, Checkout.visit_id.is_(None))
    ):
        arrived[(purpose, bool(anonymous))] -= int(visitors)
    return Presence(
        at,
        with_pass={p: n for (p, anon), n in arrived.items() if not anon and n > 0},
        anonymous={p: n for (p, anon), n in arrived.items() if anon and n > 0},
    )


def _closed(tx: Transaction, day: date) -> bool:
    latest = tx.session.scalar(select(func.max(DayClose.local_day)))
    return latest is not None and day <= latest


def presence(uow: UnitOfWork) -> Presence:
    """Who is in the building right now."""
    with uow.read() as tx:
        return visitors_in(tx, tx.now)
