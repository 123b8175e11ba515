"""Weekly shifts: a double booking in any week they cover, ending one, a holiday's name."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

import pytest

from desk_app.errors import InvalidInput
from desk_app.models import DayPartKey, ShiftTask
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.roster_gaps import roster_week
from desk_app.services.volunteers.roster_plan import (
    ShiftPlan,
    plan_shift,
    set_holiday,
    swap_shift,
)
from desk_app.services.volunteers.roster_weekly import end_weekly_shift
from tests.unit.factories import table_counts
from tests.unit.test_roster import MONDAY, ROSTER_TABLES, enrol

TUESDAY = MONDAY + timedelta(days=1)


def weekly(person: UUID, day: date = TUESDAY, task: ShiftTask = ShiftTask.RECEPTION) -> ShiftPlan:
    return ShiftPlan(day, DayPartKey.MORNING, task, person, weekly=True)


def names(uow: UnitOfWork, weeks: int) -> list[list[str]]:
    mondays = [MONDAY + timedelta(weeks=n) for n in range(weeks)]
    return [[s.name for s in roster_week(uow, monday).shifts] for monday in mondays]


def test_a_weekly_shift_doubling_a_shift_weeks_later_is_refused(
    uow: UnitOfWork, manager: Actor
) -> None:
    kees = enrol(uow, manager, "Kees Mulder")
    later = TUESDAY + timedelta(weeks=3)
    plan_shift(uow, manager, ShiftPlan(later, DayPartKey.MORNING, ShiftTask.BAR, kees))
    before = table_counts(uow, *ROSTER_TABLES)
    with pytest.raises(InvalidInput, match="al op het rooster") as refused:
        plan_shift(uow, manager, weekly(kees))
    assert refused.value.params["day"] == later
    assert table_counts(uow, *ROSTER_TABLES) == before


def test_a_weekly_shift_doubling_a_later_weekly_shift_is_refused(
    uow: UnitOfWork, manager: Actor
) -> None:
    kees = enrol(uow, manager, "Kees Mulder")
    plan_shift(uow, manager, weekly(kees, TUESDAY + timedelta(weeks=5), ShiftTask.BAR))
    with pytest.raises(InvalidInput, match="al op het rooster") as refused:
        plan_shift(uow, manager, weekly(kees))
    assert refused.value.params["day"] == TUESDAY + timedelta(weeks=5)


def test_another_part_or_weekday_or_a_shift_taken_over_is_no_double_booking(
    uow: UnitOfWork, manager: Actor
) -> None:
    kees, ans = enrol(uow, manager, "Kees Mulder"), enrol(uow, manager, "Ans Kok")
    afternoon = TUESDAY + timedelta(weeks=2)
    plan_shift(uow, manager, ShiftPlan(afternoon, DayPartKey.AFTERNOON, ShiftTask.BAR, kees))
    plan_shift(uow, manager, weekly(kees, MONDAY))
    plan_shift(uow, manager, weekly(kees))
    [_, shift] = roster_week(uow, MONDAY + timedelta(weeks=1)).shifts
    swap_shift(uow, manager, shift, ans, agreed_by_id=ans)
    with pytest.raises(InvalidInput, match="al op het rooster") as refused:
        plan_shift(uow, manager, weekly(ans))  # the week Ans took over from Kees
    assert refused.value.params["day"] == TUESDAY + timedelta(weeks=1)


def test_ending_a_weekly_shift_keeps_the_weeks_before_and_drops_later_swaps(
    uow: UnitOfWork, manager: Actor
) -> None:
    kees, ans = enrol(uow, manager, "Kees Mulder"), enrol(uow, manager, "Ans Kok")
    plan_shift(uow, manager, weekly(kees))
    [fourth] = roster_week(uow, MONDAY + timedelta(weeks=3)).shifts
    swap_shift(uow, manager, fourth, ans, agreed_by_id=ans)
    [third] = roster_week(uow, MONDAY + timedelta(weeks=2)).shifts
    assert end_weekly_shift(uow, manager, third) == TUESDAY + timedelta(weeks=2)
    assert names(uow, 5) == [["Kees Mulder"], ["Kees Mulder"], [], [], []]
    plan_shift(uow, manager, weekly(kees, TUESDAY + timedelta(weeks=2)))  # free again


def test_ending_a_weekly_shift_in_its_first_week_ends_it_whole(
    uow: UnitOfWork, manager: Actor
) -> None:
    kees = enrol(uow, manager, "Kees Mulder")
    plan_shift(uow, manager, weekly(kees))
    [first] = roster_week(uow, MONDAY).shifts
    end_weekly_shift(uow, manager, first)
    assert names(uow, 3) == [[], [], []]
    with pytest.raises(InvalidInput, match="niet \\(meer\\)"):
        end_weekly_shift(uow, manager, first)


def test_a_shift_once_cannot_be_ended_as_weekly(uow: UnitOfWork, manager: Actor) -> None:
    kees = enrol(uow, manager, "Kees Mulder")
    plan_shift(uow, manager, ShiftPlan(TUESDAY, DayPartKey.MORNING, ShiftTask.BAR, kees))
    [once] = roster_week(uow, MONDAY).shifts
    before = table_counts(uow, *ROSTER_TABLES)
    with pytest.raises(InvalidInput, match="geen wekelijkse dienst"):
        end_weekly_shift(uow, manager, once)
    assert table_counts(uow, *ROSTER_TABLES) == before


def test_a_holiday_without_a_name_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    before = table_counts(uow, *ROSTER_TABLES)
    with pytest.raises(InvalidInput, match="naam"):
        set_holiday(uow, manager, TUESDAY, "  ")
    assert table_counts(uow, *ROSTER_TABLES) == before
