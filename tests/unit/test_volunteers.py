"""Volunteers on duty: badges and PINs, the duty board's warnings, hours, the register."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from unittest.mock import ANY
from uuid import UUID

import pytest

from desk_app.codes import CodeKind, new_code
from desk_app.documents.volunteers import alcohol_register_pdf, hours_statement_pdf
from desk_app.errors import InvalidInput, NotAllowed
from desk_app.formatting import to_local
from desk_app.kinds import VolunteerKind
from desk_app.models import CertificateKind, Purpose, Recurrence, TargetGroup
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import ScanOutcome, count_walk_in
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.living_room.scanning import handle_scan
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers import duty, duty_board, evacuation, hours
from desk_app.services.volunteers import register as volunteers
from desk_app.services.volunteers.register import Task, VolunteerDetails
from tests.conftest import MANAGER_PIN, FakeClock
from tests.documents import pdf_text
from tests.unit.factories import table_counts

MONDAY = date(2026, 3, 2)


def enrol(
    uow: UnitOfWork,
    manager: Actor,
    name: str,
    *tasks: Task,
    certificates: tuple[CertificateKind, ...] = (),
) -> tuple[UUID, str]:
    person_id = volunteers.add_volunteer(uow, manager, VolunteerDetails(name, tasks))
    for kind in certificates:
        volunteers.add_certificate(
            uow, manager, person_id, kind=kind, issued_on=date(2025, 1, 1), expires_on=None
        )
    row = next(v for v in volunteers.register(uow) if v.person_id == person_id)
    assert row.badge_code is not None
    return person_id, row.badge_code


def kinds(uow: UnitOfWork) -> set[duty_board.WarningKind]:
    return {warning.kind for warning in duty_board.duty_board(uow).warnings}


def test_a_scan_signs_in_and_a_second_scan_signs_out(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    _, badge = enrol(uow, manager, "Kees Mulder", Task.DESK)
    first = handle_scan(uow, manager, badge)
    assert isinstance(first, duty.DutyChange)
    assert first.signed_in
    assert [p.name for p in duty_board.duty_board(uow).people] == ["Kees Mulder"]
    clock.advance(duty.REPEAT_WINDOW)
    second = handle_scan(uow, manager, f" {badge.lower()}\n")
    assert isinstance(second, duty.DutyChange)
    assert not second.signed_in
    assert duty_board.duty_board(uow).people == []


def test_a_pass_and_a_badge_are_told_apart(uow: UnitOfWork, manager: Actor) -> None:
    _, badge = enrol(uow, manager, "Kees Mulder", Task.DESK)
    [code] = issue_passes(uow, manager)
    assert isinstance(handle_scan(uow, manager, code), ScanOutcome)
    assert isinstance(handle_scan(uow, manager, badge), duty.DutyChange)


def test_sign_in_with_a_pin(uow: UnitOfWork, manager: Actor) -> None:
    change = duty.toggle_with_pin(uow, manager.person_id, MANAGER_PIN)
    assert change.signed_in
    with pytest.raises(NotAllowed):
        duty.toggle_with_pin(uow, manager.person_id, "0000")


def test_warnings_come_and_go_as_people_sign_in_and_out(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    assert duty_board.WarningKind.NO_RESPONDER in kinds(uow)  # Monday morning: open
    _, barman = enrol(uow, manager, "Henk Bakker", Task.BAR)
    _, responder = enrol(
        uow,
        manager,
        "Els Visser",
        Task.EMERGENCY_RESPONDER,
        certificates=(CertificateKind.BHV, CertificateKind.IVA),
    )
    handle_scan(uow, manager, barman)
    assert {duty_board.WarningKind.NO_RESPONDER, duty_board.WarningKind.BAR_UNQUALIFIED} <= kinds(
        uow
    )
    with uow.read() as tx:
        assert not duty_board.qualified_bar_staff_present(tx.session, MONDAY)
    handle_scan(uow, manager, responder)
    assert kinds(uow) == set()
    with uow.read() as tx:
        assert duty_board.qualified_bar_staff_present(tx.session, MONDAY)
    clock.advance(duty.REPEAT_WINDOW)
    handle_scan(uow, manager, responder)
    assert duty_board.WarningKind.BAR_UNQUALIFIED in kinds(uow)


def test_certificates_expiring_within_thirty_days(uow: UnitOfWork, manager: Actor) -> None:
    person_id, _ = enrol(uow, manager, "Els Visser")
    volunteers.add_certificate(
        uow,
        manager,
        person_id,
        kind=CertificateKind.BHV,
        issued_on=date(2025, 3, 20),
        expires_on=date(2026, 3, 20),
    )
    volunteers.add_certificate(
        uow,
        manager,
        person_id,
        kind=CertificateKind.VOG,
        issued_on=date(2025, 6, 1),
        expires_on=date(2026, 6, 1),
    )
    messages = [
        w.message
        for w in duty_board.duty_board(uow).warnings
        if w.kind is duty_board.WarningKind.EXPIRING
    ]
    assert messages == ["Certificaat BHV van Els Visser verloopt op vrijdag 20 maart 2026."]


def test_a_youth_activity_leader_needs_a_vog(uow: UnitOfWork, manager: Actor) -> None:
    leader, _ = enrol(uow, manager, "Teun de Graaf", Task.ACTIVITY_LEADER)
    activities.plan_activity(
        uow,
        manager,
        activities.ActivityPlan(
            "Jongerenavond",
            TargetGroup.YOUTH,
            Recurrence.WEEKLY,
            MONDAY,
            MONDAY + timedelta(days=30),
            time(19),
            time(21),
            leader_id=leader,
        ),
    )
    assert duty_board.WarningKind.VOG_MISSING in kinds(uow)
    volunteers.add_certificate(
        uow,
        manager,
        leader,
        kind=CertificateKind.VOG,
        issued_on=date(2025, 1, 1),
        expires_on=date(2028, 1, 1),
    )
    assert duty_board.WarningKind.VOG_MISSING not in kinds(uow)


def _shift(
    uow: UnitOfWork,
    clock: FakeClock,
    badge: str,
    manager: Actor,
    *,
    start: datetime,
    length: timedelta,
) -> None:
    """A shift by badge; one past midnight is ended by the manager, as a badge starts a new day."""
    clock.moment = start
    signed_in = handle_scan(uow, manager, badge)
    assert isinstance(signed_in, duty.DutyChange)
    clock.moment = start + length
    if to_local(start).date() == to_local(clock.moment).date():
        handle_scan(uow, manager, badge)
        return
    with uow.read() as tx:
        [left_open] = duty.open_sign_ins(tx.session)
    duty.close_sign_in(uow, manager, left_open.sign_in_id, clock.moment)


def test_hours_across_midnight_and_a_month_boundary(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    _, badge = enrol(uow, manager, "Kees Mulder", Task.BAR)
    # 31 January 22:00 local (21:00 UTC) until 1 February 02:00 local
    _shift(
        uow,
        clock,
        badge,
        manager,
        start=datetime(2026, 1, 31, 21, tzinfo=UTC),
        length=timedelta(hours=4),
    )
    january = hours.volunteer_hours(uow, date(2026, 1, 1), date(2026, 1, 31))
    february = hours.volunteer_hours(uow, date(2026, 2, 1), date(2026, 2, 28))
    both = hours.volunteer_hours(uow, date(2026, 1, 1), date(2026, 2, 28))
    assert [line.hours for line in (*january, *february, *both)] == [2.0, 2.0, 4.0]
    assert hours.hours_by_kind(both) == {VolunteerKind.REGULAR: 4.0}


def test_the_hours_statement_reads_back(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> None:
    person_id, badge = enrol(uow, manager, "Kees Mulder", Task.BAR)
    _shift(
        uow,
        clock,
        badge,
        manager,
        start=datetime(2026, 2, 3, 8, tzinfo=UTC),
        length=timedelta(hours=3.5),
    )
    _shift(
        uow,
        clock,
        badge,
        manager,
        start=datetime(2026, 2, 10, 8, tzinfo=UTC),
        length=timedelta(hours=2),
    )
    statement = hours.hours_statement(uow, manager, person_id, date(2026, 2, 1), date(2026, 2, 28))
    text = " ".join(pdf_text(hours_statement_pdf(statement)).split())
    assert "Urenverklaring buurthuis De Meent" in text
    assert "Naam: Kees Mulder" in text
    assert "01-02-2026 t/m 28-02-2026" in text
    assert "Totaal gewerkte uren: 5:30 (uren:minuten)" in text
    assert "Sanne de Vries, sociaal beheerder" in text


def test_the_alcohol_register_lists_iva_and_svh(uow: UnitOfWork, manager: Actor) -> None:
    enrol(uow, manager, "Henk Bakker", Task.BAR, certificates=(CertificateKind.IVA,))
    enrol(uow, manager, "Joke de Boer", certificates=(CertificateKind.SVH,))
    text = pdf_text(alcohol_register_pdf(volunteers.register(uow), "De Meent"))
    assert "Henk Bakker" in text.split("(SVH)")[0]
    assert "Joke de Boer" in text.split("(SVH)")[1]


def test_attendance_by_count_and_by_scans(uow: UnitOfWork, manager: Actor) -> None:
    [occurrence] = activities.plan_activity(
        uow,
        manager,
        activities.ActivityPlan(
            "Koffieochtend",
            TargetGroup.ELDERLY,
            Recurrence.ONCE,
            MONDAY,
            MONDAY,
            time(10),
            time(12),
        ),
    )
    for code in issue_passes(uow, manager, 3):
        handle_scan(
            uow, manager, code, purpose=Purpose.ACTIVITY, purpose_ref=occurrence.occurrence_id
        )
    activities.record_attendance(uow, manager, occurrence.occurrence_id, 9)
    [held] = activities.programme(uow, MONDAY, MONDAY)
    assert (held.counted, held.scanned, held.attendance) == (9, 3, 12)


def test_a_weekly_activity_makes_its_occurrences(uow: UnitOfWork, manager: Actor) -> None:
    occurrences = activities.plan_activity(
        uow,
        manager,
        activities.ActivityPlan(
            "Breiclub",
            TargetGroup.ALL,
            Recurrence.FORTNIGHTLY,
            MONDAY,
            date(2026, 4, 30),
            time(14),
            time(16),
        ),
    )
    assert [s.day for s in occurrences] == [
        date(2026, 3, 2),
        date(2026, 3, 16),
        date(2026, 3, 30),
        date(2026, 4, 13),
        date(2026, 4, 27),
    ]
    monthly = activities.occurrences(Recurrence.MONTHLY, date(2026, 1, 31), date(2026, 5, 31))
    assert monthly == [  # a short month takes its last day
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]


def test_an_unknown_badge_writes_nothing(uow: UnitOfWork, manager: Actor) -> None:
    before = table_counts(uow, "sign_in", "sign_out")
    with pytest.raises(InvalidInput, match="niet bekend"):
        handle_scan(uow, manager, new_code(CodeKind.VOLUNTEER_BADGE))
    assert table_counts(uow, "sign_in", "sign_out") == before


def test_sign_out_without_sign_in_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    _, badge = enrol(uow, manager, "Kees Mulder", Task.BAR)
    handle_scan(uow, manager, badge)
    [open_one] = duty_board.duty_board(uow).people
    duty.close_sign_in(uow, manager, open_one.sign_in_id, uow.now())
    before = table_counts(uow, "sign_out")
    with pytest.raises(InvalidInput, match="niet \\(meer\\) aangemeld"):
        duty.close_sign_in(uow, manager, open_one.sign_in_id, uow.now())
    assert table_counts(uow, "sign_out") == before


def test_an_expiry_before_the_issue_date_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    person_id, _ = enrol(uow, manager, "Els Visser")
    before = table_counts(uow, "certificate")
    with pytest.raises(InvalidInput, match="vervaldatum"):
        volunteers.add_certificate(
            uow,
            manager,
            person_id,
            kind=CertificateKind.BHV,
            issued_on=date(2026, 3, 1),
            expires_on=date(2026, 2, 1),
        )
    assert table_counts(uow, "certificate") == before


def test_only_the_manager_edits_the_register(uow: UnitOfWork, manager: Actor) -> None:
    from tests.unit.factories import volunteer  # noqa: PLC0415

    helper = volunteer(uow, manager)
    with pytest.raises(NotAllowed):
        volunteers.add_volunteer(uow, helper, VolunteerDetails("Nieuw"))


def test_an_activity_in_a_room_books_it_for_the_centre(uow: UnitOfWork, manager: Actor) -> None:
    from desk_app.services.rooms.bookings import BookingRequest, book_room  # noqa: PLC0415
    from tests.unit import hire_factories as make  # noqa: PLC0415

    room = make.room(uow, manager)
    made = activities.plan_activity(
        uow,
        manager,
        activities.ActivityPlan(
            "Breiclub",
            TargetGroup.ALL,
            Recurrence.WEEKLY,
            MONDAY,
            MONDAY + timedelta(days=14),
            time(14),
            time(16),
            room_id=room,
        ),
    )
    assert len(made) == 3
    club = make.hirer(uow, manager)
    with pytest.raises(InvalidInput, match="al geboekt"):
        book_room(
            uow,
            manager,
            BookingRequest(room, club, MONDAY + timedelta(days=7), starts=time(15), ends=time(17)),
        )
    with pytest.raises(InvalidInput, match="al geboekt"):
        activities.plan_activity(
            uow,
            manager,
            activities.ActivityPlan(
                "Koor",
                TargetGroup.ALL,
                Recurrence.ONCE,
                MONDAY,
                MONDAY,
                time(15),
                time(16),
                room_id=room,
            ),
        )
    assert len(activities.programme(uow, MONDAY, MONDAY)) == 1  # the refused plan wrote nothing


def test_a_sign_in_left_open_overnight_is_not_present_the_next_day(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    _, badge = enrol(
        uow,
        manager,
        "Bert Bakker",
        Task.EMERGENCY_RESPONDER,
        certificates=(CertificateKind.BHV, CertificateKind.IVA),
    )
    handle_scan(uow, manager, badge)  # Monday 10:30, and never signed out
    clock.advance(timedelta(days=1))  # Tuesday 10:30: the Monday is not closed
    board = duty_board.duty_board(uow)
    assert board.people == []
    assert duty_board.WarningKind.NO_RESPONDER in {w.kind for w in board.warnings}
    [left_open] = [w for w in board.warnings if w.kind is duty_board.WarningKind.LEFT_OPEN]
    assert left_open.message.startswith("Bert Bakker is op maandag 2 maart 2026 niet afgemeld")
    assert evacuation.evacuation_list(uow, None).people == []
    assert duty.signed_in_count(uow) == 0
    with uow.read() as tx:
        assert not duty_board.qualified_bar_staff_present(tx.session, MONDAY + timedelta(days=1))
    change = handle_scan(uow, manager, badge)
    assert isinstance(change, duty.DutyChange)
    assert change.signed_in  # a new sign-in; Monday's stays open for the day close to end
    assert [p.name for p in duty_board.duty_board(uow).people] == ["Bert Bakker"]
    with uow.read() as tx:
        assert len(duty.open_sign_ins(tx.session)) == 2
        assert len(duty.left_open_sign_ins(tx.session, MONDAY + timedelta(days=1))) == 1


def test_a_badge_scanned_twice_changes_nothing_the_second_time(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    _, badge = enrol(uow, manager, "Kees Mulder", Task.DESK)
    assert handle_scan(uow, manager, badge) == duty.DutyChange(
        ANY, "Kees Mulder", True, clock.moment
    )
    before = table_counts(uow, "sign_in", "sign_out")
    clock.advance(timedelta(seconds=1))
    doubled = handle_scan(uow, manager, badge)
    assert isinstance(doubled, duty.DutyChange)
    assert (doubled.signed_in, doubled.repeated) == (True, True)
    assert table_counts(uow, "sign_in", "sign_out") == before
    assert [p.name for p in duty_board.duty_board(uow).people] == ["Kees Mulder"]
    clock.advance(timedelta(hours=3))
    out = handle_scan(uow, manager, badge)
    assert isinstance(out, duty.DutyChange)
    assert (out.signed_in, out.repeated) == (False, False)
    clock.advance(timedelta(minutes=1, seconds=59))
    again = handle_scan(uow, manager, badge)
    assert isinstance(again, duty.DutyChange)
    assert (again.signed_in, again.repeated) == (False, True)
    assert duty_board.duty_board(uow).people == []


def test_the_pin_is_no_double_scan(uow: UnitOfWork, manager: Actor) -> None:
    assert duty.toggle_with_pin(uow, manager.person_id, MANAGER_PIN).signed_in
    assert not duty.toggle_with_pin(uow, manager.person_id, MANAGER_PIN).signed_in


def test_after_closing_time_visitors_still_in_need_a_responder(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    clock.moment = datetime(2026, 3, 7, 17, 0, tzinfo=UTC)  # Saturday 18:00, closed at 17:30
    assert duty_board.WarningKind.NO_RESPONDER not in kinds(uow)
    count_walk_in(uow, manager, visitors=30, purpose=Purpose.ACTIVITY)
    [warning] = duty_board.duty_board(uow).warnings
    assert warning.kind is duty_board.WarningKind.NO_RESPONDER
    assert "nog bezoekers binnen" in warning.message


def test_a_leader_of_a_vulnerable_group_needs_a_vog(uow: UnitOfWork, manager: Actor) -> None:
    leader, _ = enrol(uow, manager, "Teun de Graaf", Task.ACTIVITY_LEADER)
    for name, vulnerable in (("Alzheimer Café", True), ("Bingo", False)):
        activities.plan_activity(
            uow,
            manager,
            activities.ActivityPlan(
                name,
                TargetGroup.ELDERLY,
                Recurrence.ONCE,
                MONDAY,
                MONDAY,
                time(14),
                time(16),
                leader_id=leader,
                vulnerable_group=vulnerable,
            ),
        )
    board = duty_board.duty_board(uow)
    assert [w.message for w in board.warnings if w.kind is duty_board.WarningKind.VOG_MISSING] == [
        "Teun de Graaf leidt Alzheimer Café (kwetsbare groep) zonder geldige VOG."
    ]
