"""Sign-ups with a waiting list, strippenkaarten stamped to empty, attendance against sign-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from uuid import UUID

import pytest

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.kinds import PaymentMethod, Purpose, Recurrence, Role, TargetGroup
from desk_app.services.activities import attendance, cards, signups, stamps
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.living_room.passes import apply_retention, issue_passes
from desk_app.services.living_room.scanning import handle_scan
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import grid_products
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit.factories import table_counts, volunteer

TODAY = date(2026, 3, 2)  # the test clock's day
CASH = [PaymentIn(PaymentMethod.CASH)]


def plan_session(uow: UnitOfWork, manager: Actor, day: date = TODAY) -> UUID:
    """One session of a one-off activity on ``day``."""
    [session] = activities.plan_activity(
        uow,
        manager,
        activities.ActivityPlan(
            "Schilderen", TargetGroup.ADULTS, Recurrence.ONCE, day, day, time(14), time(16)
        ),
    )
    return session.occurrence_id


def test_a_full_session_keeps_a_waiting_list_that_moves_up(uow: UnitOfWork, manager: Actor) -> None:
    session = plan_session(uow, manager)
    signups.set_capacity(uow, manager, session, 2)
    desk = volunteer(uow, manager)
    ria = signups.sign_up_name(uow, desk, session, "Ria")
    signups.sign_up_name(uow, desk, session, "Kees")
    piet = signups.sign_up_name(uow, desk, session, "Piet")
    joke = signups.sign_up_name(uow, desk, session, "Joke")
    assert (ria.waiting, piet.waiting, joke.waiting) == (False, True, True)
    assert [s.name for s in joke.signups.waiting] == ["Piet", "Joke"]
    assert ria.signed_up is not None
    cancelled = signups.cancel_signup(uow, desk, ria.signed_up.signup_id)
    assert [s.name for s in cancelled.moved_up] == ["Piet"]
    assert [s.name for s in cancelled.signups.placed] == ["Kees", "Piet"]
    assert [s.name for s in cancelled.signups.waiting] == ["Joke"]
    with pytest.raises(InvalidInput):
        signups.cancel_signup(uow, desk, ria.signed_up.signup_id)
    raised = signups.set_capacity(uow, manager, session, 3)
    assert [s.name for s in raised.moved_up] == ["Joke"]
    assert not raised.signups.waiting


def test_a_pass_signs_up_once_and_shows_its_consented_name(uow: UnitOfWork, manager: Actor) -> None:
    session = plan_session(uow, manager)
    [code] = issue_passes(uow, manager)
    first = signups.sign_up_pass(uow, manager, session, code.lower())
    assert first.signed_up is not None
    assert first.signed_up.pass_code == code
    with pytest.raises(InvalidInput):
        signups.sign_up_pass(uow, manager, session, code)
    assert len(signups.signups(uow, manager, session).placed) == 1


@pytest.mark.parametrize("capacity", [0, -3])
def test_a_capacity_of_zero_or_less_is_refused_with_nothing_written(
    uow: UnitOfWork, manager: Actor, capacity: int
) -> None:
    session = plan_session(uow, manager)
    before = table_counts(uow, "activity_session", "audit_entry")
    with pytest.raises(InvalidInput):
        signups.set_capacity(uow, manager, session, capacity)
    assert table_counts(uow, "activity_session", "audit_entry") == before
    assert signups.signups(uow, manager, session).capacity is None


def test_capacity_is_not_lowered_below_the_places_taken(uow: UnitOfWork, manager: Actor) -> None:
    session = plan_session(uow, manager)
    for name in ("Ria", "Kees"):
        signups.sign_up_name(uow, manager, session, name)
    with pytest.raises(NotAllowed):
        signups.set_capacity(uow, manager, session, 1)
    desk = volunteer(uow, manager)
    with pytest.raises(NotAllowed):
        signups.set_capacity(uow, desk, session, 5)


def test_a_past_or_cancelled_session_takes_no_sign_ups(uow: UnitOfWork, manager: Actor) -> None:
    past = plan_session(uow, manager, date(2026, 2, 23))
    with pytest.raises(InvalidInput):
        signups.sign_up_name(uow, manager, past, "Ria")
    session = plan_session(uow, manager)
    activities.cancel_occurrence(uow, manager, session)
    with pytest.raises(InvalidInput, match="al afgelast"):
        activities.cancel_occurrence(uow, manager, session)
    before = table_counts(uow, "activity_signup")
    with pytest.raises(InvalidInput):
        signups.sign_up_name(uow, manager, session, "Ria")
    assert table_counts(uow, "activity_signup") == before


def test_a_strippenkaart_is_sold_stamped_to_empty_and_refused_after(
    uow: UnitOfWork, manager: Actor
) -> None:
    product = cards.add_card_product(uow, manager, "Strippenkaart 3x", stamps=3, price_cents=1500)
    assert product.product_id not in {row.product_id for row in grid_products(uow)}
    bar = volunteer(uow, manager, "Henk", Role.BAR, "2222")
    sold = cards.sell_card(uow, bar, product.product_id, CASH)
    assert sold.receipt.total_cents == 1500
    assert sold.code.startswith("S")
    assert cards.is_card_code(sold.code)
    session = plan_session(uow, manager)
    left = [
        stamps.stamp_card(uow, manager, session, sold.code, another=True).left for _ in range(3)
    ]
    assert left == [2, 1, 0]
    before = table_counts(uow, "card_stamp")
    with pytest.raises(NotAllowed) as refused:
        stamps.stamp_card(uow, manager, session, sold.code)
    assert "strippenkaart is op" in refused.value.message
    assert table_counts(uow, "card_stamp") == before
    assert attendance.session_attendance(uow, session).stamps == 3


def test_a_card_is_stamped_only_on_the_day_and_not_as_a_pass(
    uow: UnitOfWork, manager: Actor
) -> None:
    product = cards.add_card_product(uow, manager, "Strippenkaart 5x", stamps=5, price_cents=2000)
    sold = cards.sell_card(uow, manager, product.product_id, CASH)
    later = plan_session(uow, manager, date(2026, 3, 9))
    with pytest.raises(InvalidInput):
        stamps.stamp_card(uow, manager, later, sold.code)
    [code] = issue_passes(uow, manager)
    with pytest.raises(InvalidInput):
        stamps.stamp_card(uow, manager, plan_session(uow, manager), code)
    with pytest.raises(InvalidInput):
        cards.add_card_product(uow, manager, "Nul", stamps=0, price_cents=500)
    with pytest.raises(InvalidInput):
        cards.sell_card(uow, manager, plan_session(uow, manager), CASH)


def test_attendance_against_sign_ups(uow: UnitOfWork, manager: Actor) -> None:
    session = plan_session(uow, manager)
    signups.set_capacity(uow, manager, session, 3)
    signed_pass, absent_pass, unsigned_pass = issue_passes(uow, manager, 3)
    signups.sign_up_pass(uow, manager, session, signed_pass)
    signups.sign_up_pass(uow, manager, session, absent_pass)
    named = signups.sign_up_name(uow, manager, session, "Ria")
    assert named.signed_up is not None
    signups.mark_came(uow, manager, named.signed_up.signup_id)
    for code in (signed_pass, unsigned_pass):
        handle_scan(uow, manager, code, purpose=Purpose.ACTIVITY, purpose_ref=session)
    activities.record_attendance(uow, manager, session, 2)
    seen = attendance.session_attendance(uow, session)
    assert {s.pass_code or s.name for s in seen.came} == {signed_pass, "Ria"}
    assert [s.pass_code for s in seen.absent] == [absent_pass]
    assert (seen.unsigned_passes, seen.walk_ins) == (1, 2)


def test_places_planned_with_the_activity_and_zero_refused_with_nothing_written(
    uow: UnitOfWork, manager: Actor
) -> None:
    plan = activities.ActivityPlan(
        "Koersbal",
        TargetGroup.ELDERLY,
        Recurrence.WEEKLY,
        TODAY,
        date(2026, 3, 16),
        time(14),
        time(16),
    )
    before = table_counts(uow, "activity", "activity_session")
    with pytest.raises(InvalidInput):
        activities.plan_activity(uow, manager, replace(plan, capacity=0))
    assert table_counts(uow, "activity", "activity_session") == before
    made = activities.plan_activity(uow, manager, replace(plan, capacity=12))
    assert [signups.signups(uow, manager, s.occurrence_id).capacity for s in made] == [12, 12, 12]


def test_names_signed_up_are_erased_after_the_retention_period(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    session = plan_session(uow, manager)
    signups.sign_up_name(uow, manager, session, "Nel Smit")
    clock.advance(timedelta(days=400))
    apply_retention(uow)
    assert [s.name for s in signups.signups(uow, manager, session).placed] == ["Nel Smit"]
    clock.advance(timedelta(days=400))  # the default retention is two years
    apply_retention(uow)
    assert [s.name for s in signups.signups(uow, manager, session).placed] == [""]


def test_the_lists_are_read_only_by_someone_logged_in(uow: UnitOfWork, manager: Actor) -> None:
    session = plan_session(uow, manager)
    signups.sign_up_name(uow, manager, session, "Nel Smit")
    unissued = Actor(manager.person_id, manager.name, Role.MANAGER)  # named, never logged in
    with pytest.raises(NotAllowed, match="Log eerst in"):
        signups.signups(uow, unissued, session)
    desk_volunteer = volunteer(uow, manager)
    assert [s.name for s in signups.signups(uow, desk_volunteer, session).placed] == ["Nel Smit"]
