"""Visit figures per period and part of the day, unique visitors, and satisfaction."""

from __future__ import annotations

from datetime import date, timedelta

from desk_app.models import DayPartKey, Mood
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import count_walk_in, scan_pass, undo_visit
from desk_app.services.living_room.figures import (
    long_period_counts,
    record_mood,
    visit_counts,
    visit_figures,
)
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock


def test_parts_of_the_day_and_unique_passes(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    regular, newcomer = issue_passes(uow, manager, 2)
    scan_pass(uow, manager, regular)  # 10:30 local: morning
    count_walk_in(uow, manager, visitors=4)
    clock.advance(timedelta(hours=4))  # 14:30: afternoon
    scan_pass(uow, manager, regular)  # checks out
    scan_pass(uow, manager, newcomer)
    clock.advance(timedelta(hours=5))  # 19:30: evening
    scan_pass(uow, manager, regular)  # back in: a second visit
    figures = visit_figures(uow)
    assert (figures.today.visits, figures.today.unique_visitors) == (7, 2)
    per_part = {part: (c.visits, c.unique_visitors) for part, c in figures.today_per_part.items()}
    assert per_part == {
        DayPartKey.MORNING: (5, 1),
        DayPartKey.AFTERNOON: (1, 1),
        DayPartKey.EVENING: (1, 1),
    }


def test_week_and_year_add_up_and_a_reversal_subtracts(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    count_walk_in(uow, manager, visitors=3)  # Monday 2 March 2026
    clock.advance(timedelta(days=3))
    mistake = count_walk_in(uow, manager, visitors=10)
    undo_visit(uow, manager, mistake.visit_id)
    count_walk_in(uow, manager)
    figures = visit_figures(uow)
    assert (figures.today.visits, figures.week.visits, figures.year.visits) == (1, 4, 4)
    clock.advance(timedelta(days=7))
    assert visit_figures(uow).week.visits == 0


def test_satisfaction_is_counted_per_day(uow: UnitOfWork, manager: Actor) -> None:
    for mood in (Mood.HAPPY, Mood.HAPPY, Mood.HAPPY, Mood.NEUTRAL, Mood.UNHAPPY):
        record_mood(uow, mood)
    moods = visit_figures(uow).moods_today
    assert (moods.happy, moods.neutral, moods.unhappy, moods.satisfied_pct) == (3, 1, 1, 60.0)


def test_unique_visitors_over_days_count_each_pass_once(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    regular, newcomer = issue_passes(uow, manager, 2)
    scan_pass(uow, manager, regular)  # Monday
    clock.advance(timedelta(days=3))  # Thursday
    assert visit_figures(uow).week == visit_figures(uow).year  # the cached past, read twice
    scan_pass(uow, manager, regular)
    scan_pass(uow, manager, newcomer)
    figures = visit_figures(uow)
    assert (figures.week.visits, figures.week.unique_visitors) == (3, 2)
    assert (figures.year.visits, figures.year.unique_visitors) == (3, 2)
    assert (figures.today.visits, figures.today.unique_visitors) == (2, 2)


def test_counting_pass_by_pass_agrees_with_counting_the_visits(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    early, regular, undone, late = issue_passes(uow, manager, 4)
    scan_pass(uow, manager, early)  # Monday 2 March, before the periods below
    for _ in range(3):  # Tuesday to Thursday
        clock.advance(timedelta(days=1))
        scan_pass(uow, manager, regular)
        count_walk_in(uow, manager, visitors=2)
    outcome = scan_pass(uow, manager, undone)  # Thursday, then taken back
    assert outcome.visit is not None
    undo_visit(uow, manager, outcome.visit.visit_id)
    clock.advance(timedelta(days=1))
    scan_pass(uow, manager, late)  # Friday
    periods = [(3, 5), (3, 6), (2, 2), (4, 4), (6, 6), (1, 31)]
    with uow.read() as tx:
        for first, last in periods:
            days = date(2026, 3, first), date(2026, 3, last)
            assert long_period_counts(tx.session, *days) == visit_counts(tx.session, *days), days
        whole = long_period_counts(tx.session, date(2026, 3, 1), date(2026, 3, 31))
    assert (whole.visits, whole.unique_visitors) == (1 + 3 * 3 + 1, 3)
