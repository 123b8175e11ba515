"""Booking a room once: prices, the overlap rule in every shape, and bad input refused."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desk_app.errors import InvalidInput
from desk_app.models import Booking, BookingState, ChangeLogEntry, DayPartKey, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.rooms.booking_changes import book_internal, cancel_booking, confirm_booking
from desk_app.services.rooms.bookings import ExtraLine, book_room
from desk_app.services.rooms.hirers import HirerDetails, create_hirer
from desk_app.services.uow import UnitOfWork
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

SATURDAY = MONDAY + timedelta(days=5)


def _written(uow: UnitOfWork) -> tuple[int, int]:
    with uow.read() as tx:
        bookings = tx.session.scalar(select(func.count()).select_from(Booking))
        changes = tx.session.scalar(select(func.count()).select_from(ChangeLogEntry))
    return bookings or 0, changes or 0


def test_a_part_of_the_day_is_booked_at_the_tariff(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(room_id, hirer_id))
    assert booking.price_cents == 5000
    assert booking.state is BookingState.PROVISIONAL
    assert booking.starts_at == datetime(2026, 3, 9, 17, 0, tzinfo=UTC)  # 18:00 in Amsterdam
    assert booking.ends_at == datetime(2026, 3, 9, 21, 30, tzinfo=UTC)


def test_a_custom_span_is_priced_by_the_hour(uow: UnitOfWork, manager: Actor) -> None:
    room_id = make.room(uow, manager)
    hirer_id = make.hirer(uow, manager, "Bakkerij Brood BV", TariffClass.COMMERCIAL)
    req = make.request(room_id, hirer_id, starts=time(9, 0), ends=time(10, 30))
    assert book_room(uow, manager, req).price_cents == 5250


def test_weekend_morning_is_cut_to_opening_hours(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    booking = book_room(
        uow, manager, make.request(room_id, hirer_id, day=SATURDAY, part=DayPartKey.MORNING)
    )
    assert booking.starts_at == datetime(2026, 3, 14, 9, 0, tzinfo=UTC)  # 10:00 local


@pytest.mark.parametrize(
    ("starts", "ends"),
    [
        (time(18, 0), time(22, 30)),  # identical
        (time(19, 0), time(20, 0)),  # inside
        (time(17, 0), time(18, 30)),  # across the start
        (time(22, 0), time(22, 30)),  # across the end
        (time(12, 0), time(22, 30)),  # around
    ],
)
def test_overlap_is_refused_in_every_shape(
    uow: UnitOfWork, manager: Actor, starts: time, ends: time
) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    book_room(uow, manager, make.request(room_id, hirer_id))
    before = _written(uow)
    with pytest.raises(InvalidInput, match="al geboekt door Biljartclub De Keu"):
        book_room(uow, manager, make.request(room_id, hirer_id, starts=starts, ends=ends))
    assert _written(uow) == before


def test_touching_spans_and_other_rooms_are_free(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    other_room = make.room(uow, manager, "Atelier", 12)
    book_room(uow, manager, make.request(room_id, hirer_id, starts=time(9), ends=time(12)))
    book_room(uow, manager, make.request(room_id, hirer_id, starts=time(12), ends=time(14)))
    book_room(uow, manager, make.request(other_room, hirer_id, starts=time(9), ends=time(14)))
    assert _written(uow)[0] == 3


def test_a_cancelled_booking_frees_the_room(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    first = book_room(uow, manager, make.request(room_id, hirer_id))
    cancel_booking(uow, manager, first.id)
    assert book_room(uow, manager, make.request(room_id, hirer_id)).id != first.id


def test_the_database_refuses_an_overlap_below_the_service(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    booked = book_room(uow, manager, make.request(room_id, hirer_id))
    with pytest.raises(IntegrityError, match="overlaps"), uow.write() as tx:
        tx.session.add(
            Booking(
                centre_code="MEE",
                room_id=room_id,
                hirer_id=hirer_id,
                series_id=None,
                starts_at=booked.starts_at + timedelta(hours=1),
                ends_at=booked.ends_at + timedelta(hours=1),
                day_part=None,
                state=BookingState.CONFIRMED,
                people=5,
                tariff_class=TariffClass.SOCIAL,
                price_cents=0,
                commercial_cents=0,
                vat_rate=0,
            )
        )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"starts": time(20), "ends": time(19)}, "eindtijd moet na de begintijd"),
        ({"starts": time(7), "ends": time(9)}, "gesloten: op maandag"),
        ({"starts": time(21), "ends": time(23)}, "open van 08:30 tot 22:30"),
        ({"day": SATURDAY, "part": DayPartKey.EVENING}, "dan gesloten"),
        ({"day": MONDAY - timedelta(days=14)}, "verleden"),
        ({"people": 0}, "minstens 1"),
        ({"people": 41}, "hoogstens 40 personen"),
    ],
)
def test_bad_input_writes_nothing_and_says_why(
    uow: UnitOfWork, manager: Actor, changes: dict[str, object], message: str
) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    before = _written(uow)
    with pytest.raises(InvalidInput, match=message):
        book_room(uow, manager, make.request(room_id, hirer_id, **changes))  # type: ignore[arg-type]
    assert _written(uow) == before


def test_a_wrong_iban_is_refused_and_a_right_one_kept(uow: UnitOfWork, manager: Actor) -> None:
    details = HirerDetails(name="Koor Zanglust", tariff_class=TariffClass.SOCIAL)
    with pytest.raises(InvalidInput, match="IBAN NL91ABNA0417164301 klopt niet"):
        create_hirer(
            uow, manager, HirerDetails(**{**details.__dict__, "iban": "NL91ABNA0417164301"})
        )
    made = create_hirer(
        uow, manager, HirerDetails(**{**details.__dict__, "iban": "nl91 abna 0417 1643 00"})
    )
    assert made.iban == "NL91ABNA0417164300"


@pytest.mark.parametrize(("days_ahead", "fee"), [(30, 0), (14, 0), (13, 2500), (1, 2500)])
def test_cancellation_is_free_until_fourteen_days_before(
    uow: UnitOfWork, manager: Actor, days_ahead: int, fee: int
) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    day = uow.now().date() + timedelta(days=days_ahead)
    req = make.request(room_id, hirer_id, day=day, part=DayPartKey.AFTERNOON)
    booking = book_room(uow, manager, req)
    cancelled = cancel_booking(uow, manager, booking.id)
    assert cancelled.state is BookingState.CANCELLED
    assert cancelled.cancellation_fee_cents == fee
    with pytest.raises(InvalidInput, match="al geannuleerd"):
        cancel_booking(uow, manager, booking.id)


def test_confirming_updates_the_row_and_logs_the_change(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(room_id, hirer_id))
    assert confirm_booking(uow, manager, booking.id).state is BookingState.CONFIRMED
    with uow.read() as tx:
        operations = tx.session.scalars(
            select(ChangeLogEntry.operation).where(ChangeLogEntry.row_id == booking.id)
        ).all()
    assert operations == ["insert", "update"]


def test_internal_activities_book_for_free(uow: UnitOfWork, manager: Actor) -> None:
    room_id = make.room(uow, manager)
    req = make.request(room_id, room_id)  # the hirer is replaced by the centre itself
    booking = book_internal(uow, manager, req)
    assert booking.price_cents == 0
    assert booking.state is BookingState.CONFIRMED
    assert booking.hirer_name == "De Meent (eigen activiteiten)"


def test_extras_are_kept_as_lines(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    coffee = ExtraLine("Koffie- en theeservice (per persoon)", 10, 150, 9)
    req = make.request(room_id, hirer_id)
    booking = book_room(uow, manager, req.__class__(**{**req.__dict__, "extras": (coffee,)}))
    assert booking.extras == (coffee,)
