"""Living-room check-in: walk-ins, groups, undo, pass scans and the input a scanner can send."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.codes import CodeKind, new_code
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
from tests.unit.test_activity_signups import plan_session

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


def test_visits_made_before_closing_time_end_there_later_ones_stay_until_midnight(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    count_walk_in(uow, desk_volunteer, visitors=3)  # Monday 10:30 local, before 22:30
    clock.moment = datetime(2026, 3, 2, 21, 45, tzinfo=UTC)  # 22:45 local: past closing time
    assert presence(uow).total == 0
    [code] = issue_passes(uow, desk_volunteer)
    scan_pass(uow, desk_volunteer, code, purpose=Purpose.ACTIVITY)
    count_walk_in(uow, desk_volunteer, visitors=40, purpose=Purpose.ACTIVITY)
    check_out_walk_in(uow, desk_volunteer, visitors=5, purpose=Purpose.ACTIVITY)
    assert presence(uow).with_pass == {Purpose.ACTIVITY: 1}
    assert presence(uow).anonymous == {Purpose.ACTIVITY: 35}
    clock.advance(timedelta(minutes=30))
    out = scan_pass(uow, desk_volunteer, code, purpose=Purpose.ACTIVITY)
    assert out.result is ScanResult.CHECKED_OUT
    assert presence(uow).total == 35
    clock.moment = datetime(2026, 3, 2, 23, 0, tzinfo=UTC)  # midnight local: the day is over
    assert presence(uow).total == 0


def test_an_undone_count_just_before_closing_time_takes_nothing_from_later_ones(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    clock.moment = datetime(2026, 3, 2, 21, 29, 30, tzinfo=UTC)  # 22:29:30 local
    early = count_walk_in(uow, desk_volunteer, visitors=2)
    clock.advance(timedelta(seconds=40))  # the undo falls after closing time, the count before
    undo_visit(uow, desk_volunteer, early.visit_id)
    count_walk_in(uow, desk_volunteer, visitors=3)
    assert presence(uow).total == 3


def test_on_a_day_set_closed_visitors_checked_in_count_as_inside(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    from desk_app.services.volunteers.evacuation import evacuation_list  # noqa: PLC0415

    clock.moment = datetime(2026, 3, 7, 17, 30, tzinfo=UTC)  # Saturday 18:30, after 17:30
    [code] = issue_passes(uow, desk_volunteer)
    scan_pass(uow, desk_volunteer, code)
    count_walk_in(uow, desk_volunteer, visitors=40, purpose=Purpose.ACTIVITY)
    listing = evacuation_list(uow, desk_volunteer)
    assert listing.presence.total == 41
    assert (Purpose.LIVING_ROOM, 1, 0) in listing.purposes()


def test_a_scan_at_an_activity_door_moves_the_visitor_and_counts_the_activity(
    uow: UnitOfWork, manager: Actor, desk_volunteer: Actor, clock: FakeClock
) -> None:
    [code] = issue_passes(uow, desk_volunteer)
    scan_pass(uow, desk_volunteer, code)
    clock.advance(timedelta(minutes=5))  # within the double-scan window of the living room
    activity, next_one = plan_session(uow, manager), plan_session(uow, manager)
    moved = scan_pass(uow, desk_volunteer, code, purpose=Purpose.ACTIVITY, purpose_ref=activity)
    assert moved.result is ScanResult.CHECKED_IN
    assert moved.visit is not None
    assert (moved.visit.purpose, moved.visit.first_visit) == (Purpose.ACTIVITY, False)
    assert presence(uow).with_pass == {Purpose.ACTIVITY: 1}
    clock.advance(timedelta(minutes=15))  # past the window: another activity is another move
    other = scan_pass(uow, desk_volunteer, code, purpose=Purpose.ACTIVITY, purpose_ref=next_one)
    assert other.result is ScanResult.CHECKED_IN
    assert presence(uow).with_pass == {Purpose.ACTIVITY: 1}
    assert table_counts(uow, *VISIT_TABLES)["checkout"] == 2  # each move ended a visit
    assert visit_figures(uow).today.visits == 3
    clock.advance(timedelta(hours=1))  # on the way out, the desk's own scan says goodbye
    assert scan_pass(uow, desk_volunteer, code).result is ScanResult.CHECKED_OUT
    assert visit_figures(uow).today.visits == 3
    assert presence(uow).with_pass == {}


def test_the_same_activity_scanned_again_is_still_a_double_scan_then_a_check_out(
    uow: UnitOfWork, manager: Actor, desk_volunteer: Actor, clock: FakeClock
) -> None:
    [code] = issue_passes(uow, desk_volunteer)
    activity = plan_session(uow, manager)
    scan_pass(uow, desk_volunteer, code, purpose=Purpose.ACTIVITY, purpose_ref=activity)
    clock.advance(timedelta(minutes=1))
    again = scan_pass(uow, desk_volunteer, code, purpose=Purpose.ACTIVITY, purpose_ref=activity)
    assert again.result is ScanResult.ALREADY_IN
    clock.advance(timedelta(hours=1))
    out = scan_pass(uow, desk_volunteer, code, purpose=Purpose.ACTIVITY, purpose_ref=activity)
    assert out.result is ScanResult.CHECKED_OUT


def test_a_pass_scanned_twice_on_leaving_is_already_out_and_writes_nothing(
    uow: UnitOfWork, desk_volunteer: Actor, clock: FakeClock
) -> None:
    [code] = issue_passes(uow, desk_volunteer)
    scan_pass(uow, desk_volunteer, code)
    clock.advance(timedelta(hours=1))
    assert scan_pass(uow, desk_volunteer, code).result is ScanResult.CHECKED_OUT
    before = table_counts(uow, *VISIT_TABLES)
    clock.advance(timedelta(seconds=1))
    doubled = scan_pass(uow, desk_volunteer, code)
    assert doubled.result is ScanResult.ALREADY_OUT
    assert table_counts(uow, *VISIT_TABLES) == before
    assert (visit_figures(uow).today.visits, presence(uow).total) == (1, 0)
    clock.advance(timedelta(minutes=2))  # back a little later: a new visit
    assert scan_pass(uow, desk_volunteer, code).result is ScanResult.CHECKED_IN


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        (CodeKind.COFFEE_CARD, "Dit is een koffiekaart: scan hem bij de bar."),
        (CodeKind.MULTI_VISIT_CARD, "Dit is een strippenkaart"),
        (CodeKind.VOLUNTEER_BADGE, "Dit is een vrijwilligersbadge, geen bezoekerspas."),
    ],
)
def test_another_card_scanned_as_a_pass_is_named(
    uow: UnitOfWork, desk_volunteer: Actor, kind: CodeKind, said: str
) -> None:
    before = table_counts(uow, *VISIT_TABLES)
    with pytest.raises(InvalidInput) as refused:
        scan_pass(uow, desk_volunteer, new_code(kind))
    assert str(refused.value).startswith(said)
    assert table_counts(uow, *VISIT_TABLES) == before
