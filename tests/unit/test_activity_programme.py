"""The programme's own rules: a cancelled session frees its room and gives its stamps back,
ticked sign-ups count as attendance once, a hand count is corrected, a monthly series keeps to
the month's end, a door scan counts only for today's session, no card sold in practice mode."""

from __future__ import annotations

from datetime import date, time, timedelta
from uuid import UUID

import pytest
from sqlalchemy import select

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.kinds import PaymentMethod, Purpose, Recurrence, TargetGroup
from desk_app.models import AuditEntry, Booking, BookingState
from desk_app.services.activities import attendance, cards, signups, stamps
from desk_app.services.activities import programme as activities
from desk_app.services.activities.reach import reach_by_group
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import scan_pass
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.occupancy import occupancy
from desk_app.services.till.payments import PaymentIn
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit import hire_factories as make
from tests.unit.factories import table_counts, volunteer
from tests.unit.test_activity_signups import TODAY, plan_session

CASH = [PaymentIn(PaymentMethod.CASH)]
NEXT_MONDAY = TODAY + timedelta(days=7)


def _plan_in_room(uow: UnitOfWork, manager: Actor, room: UUID) -> list[UUID]:
    """Koersbal in ``room`` this Monday and next, 10:00-12:00."""
    made = activities.plan_activity(
        uow,
        manager,
        activities.ActivityPlan(
            "Koersbal",
            TargetGroup.ELDERLY,
            Recurrence.WEEKLY,
            TODAY,
            NEXT_MONDAY,
            time(10),
            time(12),
            room_id=room,
        ),
    )
    return [occurrence.occurrence_id for occurrence in made]


def _booking_states(uow: UnitOfWork) -> list[BookingState]:
    with uow.read() as tx:
        return list(tx.session.scalars(select(Booking.state).order_by(Booking.starts_at)))


def test_a_cancelled_session_frees_its_room_that_day_only(uow: UnitOfWork, manager: Actor) -> None:
    hall = make.room(uow, manager)
    club = make.hirer(uow, manager)
    _today, next_week = _plan_in_room(uow, manager, hall)
    wanted = make.request(hall, club, day=NEXT_MONDAY, starts=time(10), ends=time(12))
    with pytest.raises(InvalidInput):  # the activity holds the room
        book_room(uow, manager, wanted)
    booked = sum(cell.booked for cell in occupancy(uow, NEXT_MONDAY, NEXT_MONDAY).cells)
    activities.cancel_occurrence(uow, manager, next_week)
    assert _booking_states(uow) == [BookingState.CONFIRMED, BookingState.CANCELLED]
    after = sum(cell.booked for cell in occupancy(uow, NEXT_MONDAY, NEXT_MONDAY).cells)
    assert (booked, after) == (1, 0)
    assert book_room(uow, manager, wanted).state is BookingState.PROVISIONAL
    with uow.read() as tx:
        actions = set(tx.session.scalars(select(AuditEntry.action)))
    assert {"activity.cancel", "booking.cancel"} <= actions


def test_a_refused_cancellation_keeps_the_room_booked(uow: UnitOfWork, manager: Actor) -> None:
    hall = make.room(uow, manager)
    [session, _next] = _plan_in_room(uow, manager, hall)
    desk = volunteer(uow, manager)
    before = table_counts(uow, "booking", "activity_session", "audit_entry")
    with pytest.raises(NotAllowed):
        activities.cancel_occurrence(uow, desk, session)  # the manager's, not the desk's
    assert table_counts(uow, "booking", "activity_session", "audit_entry") == before
    assert _booking_states(uow) == [BookingState.CONFIRMED, BookingState.CONFIRMED]


def test_a_cancelled_session_gives_its_stamps_back(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    product = cards.add_card_product(uow, manager, "Yoga 5x", stamps=5, price_cents=2000)
    code = cards.sell_card(uow, manager, product.product_id, CASH).code
    session, other = plan_session(uow, manager), plan_session(uow, manager)
    stamps.stamp_card(uow, manager, session, code)
    stamps.stamp_card(uow, manager, session, code, another=True)
    stamps.stamp_card(uow, manager, other, code)
    [undone] = [s.stamp_id for s in stamps.session_stamps(uow, other)]
    stamps.undo_stamp(uow, manager, undone, "Verkeerde bijeenkomst")
    stamps.stamp_card(uow, manager, other, code)
    clock.advance(timedelta(hours=2))  # later than the desk may undo: the manager may
    assert activities.cancel_occurrence(uow, manager, session) == 2
    assert stamps.session_stamps(uow, session) == []
    assert attendance.session_attendance(uow, session).stamps == 0
    [kept] = activities.programme(uow, TODAY, TODAY)[1:]
    assert kept.stamped == 1
    again = stamps.stamp_card(uow, manager, other, code, another=True)
    assert again.left == 3  # 5, less the other session's two; the cancelled two are back


def test_ticked_sign_ups_count_once_in_the_programme_and_the_reach(
    uow: UnitOfWork, manager: Actor
) -> None:
    session = plan_session(uow, manager)
    scanned_pass, ticked_pass = issue_passes(uow, manager, 2)
    people = [
        signups.sign_up_pass(uow, manager, session, scanned_pass),
        signups.sign_up_pass(uow, manager, session, ticked_pass),
        signups.sign_up_name(uow, manager, session, "Ria"),
        signups.sign_up_name(uow, manager, session, "Kees"),
    ]
    gone = signups.sign_up_name(uow, manager, session, "Piet")
    for outcome in (*people[:3], gone):  # Kees did not come
        assert outcome.signed_up is not None
        signups.mark_came(uow, manager, outcome.signed_up.signup_id)
    assert gone.signed_up is not None
    signups.cancel_signup(uow, manager, gone.signed_up.signup_id)
    scan_pass(uow, manager, scanned_pass, purpose=Purpose.ACTIVITY, purpose_ref=session)
    [info] = activities.programme(uow, TODAY, TODAY)
    assert (info.scanned, info.ticked, info.attendance) == (1, 2, 3)
    assert len(attendance.session_attendance(uow, session).came) == info.attendance
    with uow.read() as tx:
        [reach] = reach_by_group(tx.connection, TODAY, TODAY)
    assert (reach.activities, reach.participants) == (1, 3)


def test_a_hand_count_is_corrected_to_a_total(uow: UnitOfWork, manager: Actor) -> None:
    session = plan_session(uow, manager)
    desk = volunteer(uow, manager)
    activities.record_attendance(uow, desk, session, 12)
    activities.record_attendance(uow, desk, session, 12)  # a double tap
    assert activities.correct_count(uow, desk, session, 12) == -12
    assert activities.programme(uow, TODAY, TODAY)[0].counted == 12
    before = table_counts(uow, "attendance")
    with pytest.raises(InvalidInput, match="staat al op"):
        activities.correct_count(uow, desk, session, 12)
    with pytest.raises(InvalidInput):
        activities.correct_count(uow, desk, session, -1)
    assert table_counts(uow, "attendance") == before
    assert activities.correct_count(uow, desk, session, 0) == -12
    assert activities.programme(uow, TODAY, TODAY)[0].counted == 0


def test_a_monthly_series_late_in_the_month_takes_a_short_months_last_day() -> None:
    days = activities.occurrences(Recurrence.MONTHLY, date(2027, 1, 31), date(2027, 6, 30))
    assert days == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
        date(2027, 5, 31),
        date(2027, 6, 30),
    ]
    leap = activities.occurrences(Recurrence.MONTHLY, date(2028, 1, 29), date(2028, 12, 31))
    assert len(leap) == 12
    assert leap[1] == date(2028, 2, 29)
    assert activities.occurrences(Recurrence.MONTHLY, date(2027, 1, 15), date(2027, 3, 14)) == [
        date(2027, 1, 15),
        date(2027, 2, 15),
    ]


def test_a_door_scan_counts_only_for_a_session_held_today(uow: UnitOfWork, manager: Actor) -> None:
    [code] = issue_passes(uow, manager)
    cancelled, later = plan_session(uow, manager), plan_session(uow, manager, NEXT_MONDAY)
    activities.cancel_occurrence(uow, manager, cancelled)
    before = table_counts(uow, "visit", "checkout")
    with pytest.raises(InvalidInput, match="gaat niet door"):
        scan_pass(uow, manager, code, purpose=Purpose.ACTIVITY, purpose_ref=cancelled)
    with pytest.raises(InvalidInput, match="niet vandaag"):
        scan_pass(uow, manager, code, purpose=Purpose.ACTIVITY, purpose_ref=later)
    assert table_counts(uow, "visit", "checkout") == before
    today = plan_session(uow, manager)
    scan_pass(uow, manager, code, purpose=Purpose.ACTIVITY, purpose_ref=today)
    assert table_counts(uow, "visit")["visit"] == before["visit"] + 1


def test_no_strippenkaart_is_sold_in_practice_mode(uow: UnitOfWork, manager: Actor) -> None:
    product = cards.add_card_product(uow, manager, "Yoga 5x", stamps=5, price_cents=2000)
    before = table_counts(uow, "sale", "multi_visit_card")
    with pytest.raises(NotAllowed, match="oefenmodus"):
        cards.sell_card(uow, manager, product.product_id, CASH, training=True)
    assert table_counts(uow, "sale", "multi_visit_card") == before
