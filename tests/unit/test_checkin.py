"""Living-room check-in: walk-ins, groups, undo, pass scans and the input a scanner can send."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from desk_app.errors import InvalidInput
from desk_app.models import AgeGroup, Purpose
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import (
    ScanResult,
    check_out_walk_in,
    count_walk_in,
    scan_pass,
    undo_visit,
)
from desk_app.services.living_room.figures import visit_figures
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.living_room.presence import presence
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit.factories import table_counts, volunteer

VISIT_TABLES = ("visit", "checkout")


@pytest.fixture
def desk_volunteer(uow: UnitOfWork, manager: Actor) -> Actor:
    return volunteer(uow, manager)


def test_one_tap_counts_a_visit_with_its_tags(uow: UnitOfWork, desk_volunteer: Actor) -> None:
    visit = count_walk_in(uow, desk_volunteer, age_group=AgeGroup.SENIOR, first_visit=True)
    assert (visit.visitors, visit.purpose, visit.first_visit) == (1, Purpose.LIVING_ROOM, True)
    figures = visit_figures(uow)
    assert (figures.today.visits, figures.today.unique_visitors) == (1, 0)


def test_a_group_counts_at_once(uow: UnitOfWork, desk_volunteer: Actor) -> None:
    count_walk_in(uow, desk_volunteer, visitors=250, purpose=Purpose.ACTIVITY)
    assert visit_figures(uow).today.visits == 250
    assert presence(uow).for_purpose(Purpose.ACTIVITY) == 250


@pytest.mark.parametrize("visitors", [0, -3, 1_001, 10**9])
def test_absurd_group_sizes_write_nothing(
    uow: UnitOfWork, desk_volunteer: Actor, visitors: int
) -> None:
    before = table_counts(uow, *VISIT_TABLES)
    with pytest.raises(InvalidInput, match="1 tot 1000"):
        count_walk_in(uow, desk_volunteer, visitors=visitors)
    assert table_counts(uow, *VISIT_TABLES) == before


def test_undo_within_a_minute_reverses(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    visit = count_walk_in(uow, desk_volunteer, visitors=3)
    clock.advance(timedelta(seconds=50))
    undo_visit(uow, desk_volunteer, visit.visit_id)
    assert visit_figures(uow).today.visits == 0
    assert table_counts(uow, "visit")["visit"] == 2  # the original stays, beside its reversal
    with pytest.raises(InvalidInput, match="al teruggedraaid"):
        undo_visit(uow, desk_volunteer, visit.visit_id)


def test_undo_after_a_minute_is_refused(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    visit = count_walk_in(uow, desk_volunteer)
    clock.advance(timedelta(seconds=61))
    with pytest.raises(InvalidInput, match="binnen een minuut"):
        undo_visit(uow, desk_volunteer, visit.visit_id)
    assert visit_figures(uow).today.visits == 1


def test_scan_checks_in_then_a_doubled_scan_counts_once(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    [code] = issue_passes(uow, desk_volunteer)
    first = scan_pass(uow, desk_volunteer, code)
    assert first.result is ScanResult.CHECKED_IN
    assert first.visit is not None
    assert first.visit.first_visit
    before = table_counts(uow, *VISIT_TABLES)
    clock.advance(timedelta(minutes=9))
    assert scan_pass(uow, desk_volunteer, f"  {code.lower()}\n").result is ScanResult.ALREADY_IN
    assert table_counts(uow, *VISIT_TABLES) == before
    figures = visit_figures(uow)
    assert (figures.today.visits, figures.today.unique_visitors) == (1, 1)


def test_a_later_scan_checks_out_and_the_next_is_a_new_visit(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    [code] = issue_passes(uow, desk_volunteer)
    scan_pass(uow, desk_volunteer, code)
    clock.advance(timedelta(minutes=45))
    assert presence(uow).total == 1
    assert scan_pass(uow, desk_volunteer, code).result is ScanResult.CHECKED_OUT
    assert presence(uow).total == 0
    clock.advance(timedelta(minutes=30))
    again = scan_pass(uow, desk_volunteer, code)
    assert again.result is ScanResult.CHECKED_IN
    assert again.visit is not None
    assert not again.visit.first_visit
    figures = visit_figures(uow)
    assert (figures.today.visits, figures.today.unique_visitors) == (2, 1)


BAD_SCANS: dict[str, Callable[[str], str]] = {
    "empty": lambda _code: "",
    "spaces": lambda _code: "   ",
    "half a code": lambda code: code[:7],
    "check character wrong": lambda code: code[:-1] + ("0" if code[-1] != "0" else "1"),
    "ten thousand characters": lambda code: code * 715,
    "control characters": lambda code: f"{code[:5]}\x00\x1b[31m{code[5:]}\x07",
    "a volunteer badge": lambda code: "V" + code[1:],
}


@pytest.mark.parametrize("garble", BAD_SCANS.values(), ids=list(BAD_SCANS))
def test_bad_scans_write_nothing(
    uow: UnitOfWork, desk_volunteer: Actor, garble: Callable[[str], str]
) -> None:
    [code] = issue_passes(uow, desk_volunteer)
    before = table_counts(uow, *VISIT_TABLES)
    with pytest.raises(InvalidInput):
        scan_pass(uow, desk_volunteer, garble(code))
    assert table_counts(uow, *VISIT_TABLES) == before


def test_an_unknown_pass_is_refused(uow: UnitOfWork, desk_volunteer: Actor) -> None:
    from desk_app.codes import CodeKind, new_code  # noqa: PLC0415

    with pytest.raises(InvalidInput, match="niet bekend"):
        scan_pass(uow, desk_volunteer, new_code(CodeKind.VISITOR_PASS))


def test_everyone_counts_as_gone_after_closing_time(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    count_walk_in(uow, desk_volunteer, visitors=4)
    assert presence(uow).total == 4
    clock.advance(timedelta(hours=13, minutes=30))  # 09:30 UTC + 13:30 = 00:00 local next day
    assert presence(uow).total == 0


def test_the_check_out_button(uow: UnitOfWork, desk_volunteer: Actor) -> None:
    count_walk_in(uow, desk_volunteer, visitors=2)
    check_out_walk_in(uow, desk_volunteer)
    assert presence(uow).total == 1
    with pytest.raises(InvalidInput, match="niet zoveel"):
        check_out_walk_in(uow, desk_volunteer, visitors=2)
    assert presence(uow).total == 1
