"""Visit figures: visits and unique visitors per period and part of the day, and satisfaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Date, bindparam, exists, func, select
from sqlalchemy.orm import Session, aliased

from desk_app.models import DayPartKey, Mood, SatisfactionVote, Visit, VisitorPass
from desk_app.services.caches import HistoryCache
from desk_app.services.clock import place
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.uow import Transaction, UnitOfWork


@dataclass(frozen=True)
class Counts:
    """Visits (every entry, groups counted in full) and unique visitors (distinct passes)."""

    visits: int = 0
    unique_visitors: int = 0


@dataclass(frozen=True)
class MoodCounts:
    """Taps on each face; satisfied means the happy face."""

    unhappy: int = 0
    neutral: int = 0
    happy: int = 0

    @property
    def total(self) -> int:
        return self.unhappy + self.neutral + self.happy

    @property
    def satisfied_pct(self) -> float | None:
        return round(100 * self.happy / self.total, 1) if self.total else None


@dataclass(frozen=True)
class VisitFigures:
    """What the Huiskamer page shows and the reports use."""

    day: date
    today: Counts
    week: Counts
    year: Counts
    today_per_part: dict[DayPartKey, Counts]
    moods_today: MoodCounts


# Statements are built once: composing them per call costs more than running them.
_FIRST = bindparam("first", type_=Date)
_LAST = bindparam("last", type_=Date)
_IN_PERIOD = Visit.local_day.between(_FIRST, _LAST)
_reversal = aliased(Visit)
_earlier = aliased(Visit)
_COUNTED = (Visit.visitors > 0, ~exists().where(_reversal.reverses_id == Visit.id))
_COUNTED_PASS = (Visit.pass_id.is_not(None), *_COUNTED)
# A period's total without grouping: sorting a year's visits by part cost twice the sum.
_VISITS = select(func.sum(Visit.visitors)).where(_IN_PERIOD)
_VISITS_BY_PART = (
    select(Visit.day_part, func.sum(Visit.visitors)).where(_IN_PERIOD).group_by(Visit.day_part)
)
_UNIQUE_BY_PART = (
    select(Visit.day_part, func.count(func.distinct(Visit.pass_id)))
    .where(_IN_PERIOD, *_COUNTED_PASS)
    .group_by(Visit.day_part)
)
_UNIQUE = select(func.count(func.distinct(Visit.pass_id))).where(_IN_PERIOD, *_COUNTED_PASS)
# Over many days the passes are counted one by one (a search of the pass's visits in the
# period): a year's visits scanned for distinct passes took four times as long at start.
_UNIQUE_BY_PASS = (
    select(func.count())
    .select_from(VisitorPass)
    .where(exists().where(Visit.pass_id == VisitorPass.id, _IN_PERIOD, *_COUNTED))
)
_NEWCOMERS = _UNIQUE.where(
    ~exists().where(
        _earlier.pass_id == Visit.pass_id,
        _earlier.local_day >= bindparam("since", type_=Date),
        _earlier.local_day < _FIRST,
        _earlier.visitors > 0,
    )
)


def visit_counts(session: Session, first: date, last: date) -> Counts:
    """Counts for the days ``first`` to ``last`` inclusive."""
    period = {"first": first, "last": last}
    visits = int(session.scalar(_VISITS, period) or 0)
    return Counts(visits, int(session.scalar(_UNIQUE, period) or 0))


def long_period_counts(session: Session, first: date, last: date) -> Counts:
    """The counts of ``visit_counts``, found pass by pass: faster over weeks and months."""
    period = {"first": first, "last": last}
    visits = int(session.scalar(_VISITS, period) or 0)
    return Counts(visits, int(session.scalar(_UNIQUE_BY_PASS, period) or 0))


def counts_per_part(session: Session, day: date) -> dict[DayPartKey, Counts]:
    """One day's counts for each part of the day."""
    period = {"first": day, "last": day}
    visits = dict(session.execute(_VISITS_BY_PART, period).all())
    unique = dict(session.execute(_UNIQUE_BY_PART, period).all())
    return {
        part: Counts(int(visits.get(part) or 0), int(unique.get(part) or 0)) for part in DayPartKey
    }


def visit_figures(uow: UnitOfWork) -> VisitFigures:
    """Today, this week (from Monday), this year, and today per part of the day."""
    with uow.read() as tx:
        day = place(tx, tx.now).day
        today = visit_counts(tx.session, day, day)
        monday = day - timedelta(days=day.weekday())
        return VisitFigures(
            day=day,
            today=today,
            week=_up_to_today(tx, uow.history, monday, today, day),
            year=_up_to_today(tx, uow.history, day.replace(month=1, day=1), today, day),
            today_per_part=counts_per_part(tx.session, day),
            moods_today=mood_counts(tx.session, day, day),
        )


def _up_to_today(
    tx: Transaction, history: HistoryCache, first: date, today_counts: Counts, today: date
) -> Counts:
    """Counts from ``first`` to today: the past days once per process, today added afresh."""
    if first == today:
        return today_counts
    yesterday = today - timedelta(days=1)
    past = history.visit_counts(
        first, yesterday, lambda: long_period_counts(tx.session, first, yesterday)
    )
    newcomers = tx.session.scalar(_NEWCOMERS, {"first": today, "last": today, "since": first})
    return Counts(past.visits + today_counts.visits, past.unique_visitors + int(newcomers or 0))


def mood_counts(session: Session, first: date, last: date) -> MoodCounts:
    """Satisfaction taps in a period."""
    rows = session.execute(
        select(SatisfactionVote.mood, func.count())
        .where(SatisfactionVote.local_day.between(first, last))
        .group_by(SatisfactionVote.mood)
    ).all()
    taps = {Mood(mood): int(count) for mood, count in rows}
    return MoodCounts(taps.get(Mood.UNHAPPY, 0), taps.get(Mood.NEUTRAL, 0), taps.get(Mood.HAPPY, 0))


def record_mood(uow: UnitOfWork, mood: Mood) -> None:
    """A leaving visitor tapped a face; anonymous, so anyone may record it."""
    with uow.write() as tx:
        here = place(tx, tx.now)
        ensure_day_open(tx.session, here.day)
        tx.session.add(
            SatisfactionVote(
                centre_code=tx.centre_code(),
                created_at=tx.now,
                local_day=here.day,
                day_part=here.part,
                mood=int(mood),
            )
        )
