"""Who is in the building now: visitors by purpose, with or without a pass, until closing time.

Closing time ends the visits made before it; a visitor checked in after it (a late event, a
day set closed) stays in until checking out or midnight. The day close is a closing time too:
once the day is signed off, nobody counts as inside.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Checkout, DayClose, Purpose, Visit
from desk_app.services.clock import LocalMoment, closing_time, place
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
    if _closed(tx, here.day):
        return Presence(at)
    since = _cut_off(tx, here)
    arrived = Counter[tuple[Purpose, bool]]()
    for purpose, anonymous, visitors in tx.session.execute(_arrivals(here.day, since)):
        arrived[(purpose, bool(anonymous))] += int(visitors)
    for purpose, anonymous, visitors in tx.session.execute(_departures(here.day, since)):
        arrived[(purpose, bool(anonymous))] -= int(visitors)
    return Presence(
        at,
        with_pass={p: n for (p, anon), n in arrived.items() if not anon and n > 0},
        anonymous={p: n for (p, anon), n in arrived.items() if anon and n > 0},
    )


def _cut_off(tx: Transaction, here: LocalMoment) -> datetime | None:
    """Past closing time, the moment it passed: only visits made since then still count."""
    closes = closing_time(tx.session, here.day)
    if closes is None or here.time < closes:
        return None  # open, or closed all day: every visit of the day counts
    return datetime.combine(here.day, closes, LOCAL_ZONE).astimezone(UTC)


_original = aliased(Visit)


def _arrivals(day: date, since: datetime | None) -> Select[Purpose, bool, int]:
    """Visitors counted in on ``day`` (an undo with its visit), per purpose and pass or not."""
    query = select(Visit.purpose, Visit.pass_id.is_(None), func.sum(Visit.visitors))
    if since is not None:
        made = func.coalesce(_original.created_at, Visit.created_at)
        query = query.outerjoin(_original, _original.id == Visit.reverses_id).where(made >= since)
    return query.where(Visit.local_day == day).group_by(Visit.purpose, Visit.pass_id.is_(None))


def _departures(day: date, since: datetime | None) -> Select[Purpose, bool, int]:
    """Visitors checked out on ``day``: after ``since``, only those of visits made since."""
    query = select(Checkout.purpose, Checkout.visit_id.is_(None), func.sum(Checkout.visitors))
    if since is not None:
        made = func.coalesce(Visit.created_at, Checkout.created_at)
        query = query.outerjoin(Visit, Visit.id == Checkout.visit_id).where(made >= since)
    return query.where(Checkout.local_day == day).group_by(
        Checkout.purpose, Checkout.visit_id.is_(None)
    )


def _closed(tx: Transaction, day: date) -> bool:
    latest = tx.session.scalar(select(func.max(DayClose.local_day)))
    return latest is not None and day <= latest


def presence(uow: UnitOfWork) -> Presence:
    """Who is in the building right now."""
    with uow.read() as tx:
        return visitors_in(tx, tx.now)
