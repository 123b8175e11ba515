"""The volunteer roster: recurring shifts, exceptions, the gap rules one by one, swaps, actuals."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

import pytest

from desk_app.errors import InvalidInput
from desk_app.models import CertificateKind, DayPartKey, Recurrence, ShiftTask, TargetGroup
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers import duty
from desk_app.services.volunteers import register as volunteers
from desk_app.services.volunteers.register import Task, VolunteerDetails
from desk_app.services.volunteers.roster import week_monday
from desk_app.services.volunteers.roster_actual import Deviation, planned_against_actual
from desk_app.services.volunteers.roster_gaps import GapRule, roster_gaps, roster_week
from desk_app.services.volunteers.roster_pick import availability, candidates, set_availability
from desk_app.services.volunteers.roster_plan import (
    ShiftPlan,
    cancel_shift,
    plan_shift,
    set_holiday,
    swap_shift,
)
from tests.conftest import FakeClock
from tests.unit.factories import table_counts

MONDAY = date(2026, 3, 2)  # the clock's day: ISO week 2026-W10
THURSDAY = MONDAY + timedelta(days=3)
ROSTER_TABLES = ("shift", "shift_pattern", "roster_holiday", "audit_entry")


def enrol(
    uow: UnitOfWork, manager: Actor, name: str, *certs: CertificateKind, expires: date | None = None
) -> UUID:
    person_id = volunteers.add_volunteer(uow, manager, VolunteerDetails(name, (Task.BAR,)))
    for kind in certs:
        volunteers.add_certificate(
            uow, manager, person_id, kind=kind, issued_on=date(2025, 1, 1), expires_on=expires
        )
    return person_id


def responder_every_open_part(
    uow: UnitOfWork, manager: Actor, skip: tuple[date, DayPartKey] | None = None
) -> UUID:
    """A BHV'er planned weekly in every open part of the week: no BHV gap left."""
    person = enrol(uow, manager, "Bea Hendriks", CertificateKind.BHV)
    for day, parts in roster_week(uow, MONDAY).open_parts.items():
        for part in parts:
            if (day, part) != skip:
                plan = ShiftPlan(day, part, ShiftTask.BHV, person, weekly=True)
                plan_shift(uow, manager, plan)
    return person


def rules(uow: UnitOfWork) -> list[tuple[date, DayPartKey, GapRule]]:
    return [(gap.day, gap.part, gap.rule) for gap in roster_gaps(uow, MONDAY)]


def youth_activity(uow: UnitOfWork, manager: Actor, day: date) -> None:
    activities.plan_activity(
        uow,
        manager,
        activities.ActivityPlan(
            "Kinderknutselclub", TargetGroup.YOUTH, Recurrence.ONCE, day, day, time(14), time(15)
        ),
    )


def test_an_open_week_without_a_roster_misses_a_bhver_in_every_open_part(
    uow: UnitOfWork, manager: Actor
) -> None:
    week = roster_week(uow, MONDAY)
    assert week.open_parts[MONDAY] == tuple(DayPartKey)
    saturday = MONDAY + timedelta(days=5)
    assert DayPartKey.EVENING not in week.open_parts[saturday]  # weekends close at 17:30
    assert len(week.gaps) == sum(len(parts) for parts in week.open_parts.values())
    assert {gap.rule for gap in week.gaps} == {GapRule.NO_BHV}


def test_a_complete_roster_has_no_gaps(uow: UnitOfWork, manager: Actor) -> None:
    responder_every_open_part(uow, manager)
    bar = enrol(uow, manager, "Henk Bakker", CertificateKind.IVA)
    plan_shift(uow, manager, ShiftPlan(THURSDAY, DayPartKey.EVENING, ShiftTask.BAR, bar))
    youth_activity(uow, manager, MONDAY + timedelta(days=2))
    worker = enrol(uow, manager, "Joyce Wit", CertificateKind.VOG)
    wednesday = ShiftPlan(
        MONDAY + timedelta(days=2), DayPartKey.AFTERNOON, ShiftTask.YOUTH_WORK, worker
    )
    plan_shift(uow, manager, wednesday)
    assert rules(uow) == []


def test_one_open_part_without_a_bhver_is_the_one_gap(uow: UnitOfWork, manager: Actor) -> None:
    tuesday = MONDAY + timedelta(days=1)
    responder_every_open_part(uow, manager, skip=(tuesday, DayPartKey.AFTERNOON))
    assert rules(uow) == [(tuesday, DayPartKey.AFTERNOON, GapRule.NO_BHV)]
    [gap] = roster_gaps(uow, MONDAY)
    assert gap.task is ShiftTask.BHV
    assert "BHV'er" in gap.message


def test_the_bar_without_an_iva_or_svh_holder_is_a_gap(uow: UnitOfWork, manager: Actor) -> None:
    responder_every_open_part(uow, manager)
    bar = enrol(uow, manager, "Henk Bakker")
    plan_shift(uow, manager, ShiftPlan(THURSDAY, DayPartKey.EVENING, ShiftTask.BAR, bar))
    assert rules(uow) == [(THURSDAY, DayPartKey.EVENING, GapRule.BAR_UNQUALIFIED)]
    holder = enrol(uow, manager, "Ans Kok", CertificateKind.SVH)
    plan_shift(uow, manager, ShiftPlan(THURSDAY, DayPartKey.EVENING, ShiftTask.RECEPTION, holder))
    assert rules(uow) == []


def test_a_youth_activity_without_a_leader_with_a_vog_is_a_gap(
    uow: UnitOfWork, manager: Actor
) -> None:
    responder_every_open_part(uow, manager)
    wednesday = MONDAY + timedelta(days=2)
    youth_activity(uow, manager, wednesday)
    without = enrol(uow, manager, "Rob Smit")
    plan_shift(
        uow, manager, ShiftPlan(wednesday, DayPartKey.AFTERNOON, ShiftTask.ACTIVITY_LEADER, without)
    )
    [gap] = roster_gaps(uow, MONDAY)
    assert (gap.day, gap.part, gap.rule) == (
        wednesday,
        DayPartKey.AFTERNOON,
        GapRule.YOUTH_WITHOUT_VOG,
    )
    assert "Kinderknutselclub" in gap.message


def test_a_certificate_that_expires_within_the_week_makes_a_later_shift_a_gap(
    uow: UnitOfWork, manager: Actor
) -> None:
    responder_every_open_part(uow, manager)
    wednesday = MONDAY + timedelta(days=2)
    bar = enrol(uow, manager, "Henk Bakker", CertificateKind.IVA, expires=wednesday)
    plan_shift(
        uow, manager, ShiftPlan(MONDAY + timedelta(days=1), DayPartKey.EVENING, ShiftTask.BAR, bar)
    )
    assert rules(uow) == []  # Tuesday: still valid
    plan_shift(uow, manager, ShiftPlan(THURSDAY, DayPartKey.EVENING, ShiftTask.BAR, bar))
    found = rules(uow)
    assert (THURSDAY, DayPartKey.EVENING, GapRule.CERTIFICATE_EXPIRES) in found
    expiry = next(g for g in roster_gaps(uow, MONDAY) if g.rule is GapRule.CERTIFICATE_EXPIRES)
    assert "Henk Bakker" in expiry.message
    assert expiry.shift is not None


def test_a_recurring_shift_with_an_exception_and_a_holiday(uow: UnitOfWork, manager: Actor) -> None:
    tuesday = MONDAY + timedelta(days=1)
    person = enrol(uow, manager, "Kees Mulder")
    plan_shift(
        uow,
        manager,
        ShiftPlan(tuesday, DayPartKey.MORNING, ShiftTask.RECEPTION, person, weekly=True),
    )
    weeks = [MONDAY + timedelta(weeks=n) for n in range(4)]
    [next_week] = roster_week(uow, weeks[1]).shifts
    cancel_shift(uow, manager, next_week)
    set_holiday(uow, manager, weeks[2] + timedelta(days=1), "Koningsdag")
    with pytest.raises(InvalidInput, match="al dicht"):
        set_holiday(uow, manager, weeks[2] + timedelta(days=1), "Koningsdag")
    counts = [len(roster_week(uow, monday).shifts) for monday in weeks]
    assert counts == [1, 0, 0, 1]
    assert roster_week(uow, weeks[2]).open_parts[weeks[2] + timedelta(days=1)] == ()


def test_a_shift_in_a_closed_part_of_the_day_is_refused_with_nothing_written(
    uow: UnitOfWork, manager: Actor
) -> None:
    person = enrol(uow, manager, "Kees Mulder")
    before = table_counts(uow, *ROSTER_TABLES)
    saturday_evening = ShiftPlan(
        MONDAY + timedelta(days=5), DayPartKey.EVENING, ShiftTask.BAR, person
    )
    with pytest.raises(InvalidInput, match="dicht"):
        plan_shift(uow, manager, saturday_evening)
    assert table_counts(uow, *ROSTER_TABLES) == before


def test_a_volunteer_is_planned_once_per_part(uow: UnitOfWork, manager: Actor) -> None:
    person = enrol(uow, manager, "Kees Mulder")
    plan_shift(uow, manager, ShiftPlan(MONDAY, DayPartKey.MORNING, ShiftTask.BAR, person))
    before = table_counts(uow, *ROSTER_TABLES)
    with pytest.raises(InvalidInput, match="al op het rooster"):
        plan_shift(uow, manager, ShiftPlan(MONDAY, DayPartKey.MORNING, ShiftTask.BHV, person))
    assert table_counts(uow, *ROSTER_TABLES) == before


def test_a_swap_records_who_agreed(uow: UnitOfWork, manager: Actor) -> None:
    kees = enrol(uow, manager, "Kees Mulder")
    ans = enrol(uow, manager, "Ans Kok")
    plan_shift(
        uow, manager, ShiftPlan(MONDAY, DayPartKey.MORNING, ShiftTask.BAR, kees, weekly=True)
    )
    [shift] = roster_week(uow, MONDAY).shifts
    swap_shift(uow, manager, shift, ans, agreed_by_id=ans)
    [swapped] = roster_week(uow, MONDAY).shifts
    assert (swapped.name, swapped.swapped_from, swapped.agreed_by) == (
        "Ans Kok",
        "Kees Mulder",
        "Ans Kok",
    )
    [later] = roster_week(uow, MONDAY + timedelta(weeks=1)).shifts
    assert later.name == "Kees Mulder"  # the swap is for that one week
    with pytest.raises(InvalidInput):
        swap_shift(uow, manager, swapped, ans, agreed_by_id=ans)


def test_planned_against_actual(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> None:
    kees = enrol(uow, manager, "Kees Mulder")
    plan_shift(uow, manager, ShiftPlan(MONDAY, DayPartKey.MORNING, ShiftTask.BAR, kees))
    helper = enrol(uow, manager, "Ans Kok")
    badge = next(v.badge_code for v in volunteers.register(uow) if v.person_id == helper)
    assert badge is not None
    duty.toggle_by_badge(uow, manager, badge)  # 10:30 local, Monday morning
    clock.moment = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # 13:00: the morning is over
    found = [(d.name, d.part, d.deviation) for d in planned_against_actual(uow, MONDAY)]
    assert ("Kees Mulder", DayPartKey.MORNING, Deviation.NO_SHOW) in found
    assert ("Ans Kok", DayPartKey.MORNING, Deviation.UNPLANNED) in found


def test_candidates_list_the_qualified_and_willing_first(uow: UnitOfWork, manager: Actor) -> None:
    enrol(uow, manager, "Aad Zonder")
    holder = enrol(uow, manager, "Zoe Iva", CertificateKind.IVA)
    set_availability(uow, manager, holder, frozenset({(3, DayPartKey.EVENING)}))
    assert availability(uow, holder) == frozenset({(3, DayPartKey.EVENING)})
    found = candidates(uow, THURSDAY, DayPartKey.EVENING, ShiftTask.BAR)
    assert found[0].name == "Zoe Iva"
    assert found[0].qualified
    assert found[0].available


def test_a_week_is_typed_as_an_iso_week() -> None:
    assert week_monday("2026-W10") == MONDAY
    for wrong in ("2026-10", "2026-W54", "week 10"):
        with pytest.raises(InvalidInput):
            week_monday(wrong)


def test_the_week_prints_with_its_shifts_and_gaps(uow: UnitOfWork, manager: Actor) -> None:
    from desk_app.documents.roster_pdf import roster_pdf  # noqa: PLC0415 - reportlab loads late
    from tests.documents import pdf_text  # noqa: PLC0415

    person = enrol(uow, manager, "Kees Mulder", CertificateKind.BHV)
    plan_shift(uow, manager, ShiftPlan(MONDAY, DayPartKey.MORNING, ShiftTask.BHV, person))
    set_holiday(uow, manager, MONDAY + timedelta(days=4), "Goede Vrijdag")
    text = pdf_text(roster_pdf(roster_week(uow, MONDAY)))
    assert "Vrijwilligersrooster week 10" in text
    assert "Kees Mulder" in text
    assert "Goede Vrijdag" in text
    assert "Nog open" in text
