"""Visit figures: visits and unique visitors per period and part of the day, and satisfaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from desk_app.models import DayPartKey, Mood, SatisfactionVote, Visit
from desk_app.services.clock import place
from desk_app.services.uow import UnitOfWork


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


def visit_counts(
    session: Session, first: date, last: date, part: DayPartKey | None = None
) -> Counts:
    """Counts for the days ``first`` to ``last`` inclusive, optionally one part of the day."""
    period = _in_period(select(func.coalesce(func.sum(Visit.visitors), 0)), first, last, part)
    reversal = aliased(Visit)
    unique = _in_period(select(func.count(func.distinct(Visit.pass_id))), first, last, part).where(
        Visit.pass_id.is_not(None),
        Visit.visitors > 0,
        ~exists().where(reversal.reverses_id == Visit.id),
    )
    return Counts(int(session.scalar(period) or 0), int(session.scalar(unique) or 0))


def _in_period(
    query: Select[tuple[int]], first: date, last: date, part: DayPartKey | None
) -> Select[tuple[int]]:
    query = query.where(Visit.local_day.between(first, last))
    return query if part is None else query.where(Visit.day_part == part)


def mood_counts(session: Session, first: date, last: date) -> MoodCounts:
    """Satisfaction taps in a period."""
    rows = session.execute(
        select(SatisfactionVote.mood, func.count())
        .where(SatisfactionVote.local_day.between(first, last))
        .group_by(SatisfactionVote.mood)
    ).all()
    taps = {Mood(mood): int(count) for mood, count in rows}
    return MoodCounts(taps.get(Mood.UNHAPPY, 0), taps.get(Mood.NEUTRAL, 0), taps.get(Mood.HAPPY, 0))


def visit_figures(uow: UnitOfWork) -> VisitFigures:
    """Today, this week (from Monday), this year, and today per part of the day."""
    with uow.read() as session:
        day = place(uow, session, uow.now()).day
        monday = day - timedelta(days=day.weekday())
        return VisitFigures(
            day=day,
            today=visit_counts(session, day, day),
            week=visit_counts(session, monday, day),
            year=visit_counts(session, day.replace(month=1, day=1), day),
            today_per_part={part: visit_counts(session, day, day, part) for part in DayPartKey},
            moods_today=mood_counts(session, day, day),
        )


def record_mood(uow: UnitOfWork, mood: Mood) -> None:
    """A leaving visitor tapped a face; anonymous, so anyone may record it."""
    with uow.write() as session:
        here = place(uow, session, uow.now())
        session.add(
            SatisfactionVote(
                centre_code=uow.centre_code(session),
                created_at=uow.now(),
                local_day=here.day,
                day_part=here.part,
                mood=int(mood),
            )
        )
