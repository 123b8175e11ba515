"""No double booking: two writers at once, and any order of requests (a hypothesis property)."""

from __future__ import annotations

import threading
from datetime import date, time, timedelta
from uuid import UUID

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from desk_app.bootstrap import Desk
from desk_app.db.engine import open_database
from desk_app.errors import InvalidInput
from desk_app.models import Booking, BookingState, Hirer, Room
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import BookingInfo, book_room
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit import hire_factories as make
from tests.unit.hire_factories import MONDAY

WRITERS = 4


def test_writers_at_once_cannot_double_book(desk: Desk, manager: Actor, clock: FakeClock) -> None:
    room_id, hirer_id = make.room(desk.uow, manager), make.hirer(desk.uow, manager)
    start = threading.Barrier(WRITERS)
    won: list[BookingInfo] = []
    refused: list[InvalidInput] = []

    def writer() -> None:
        database = open_database(desk.database.path)  # its own engines, as another desk would
        uow = UnitOfWork(database, clock=clock, logins=desk.uow.logins)  # this process's logins
        start.wait()
        try:
            won.append(book_room(uow, manager, make.request(room_id, hirer_id)))
        except InvalidInput as error:
            refused.append(error)
        finally:
            database.dispose()

    threads = [threading.Thread(target=writer) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1
    assert len(refused) == WRITERS - 1
    assert all("al geboekt" in error.message for error in refused)


spans = st.tuples(
    st.integers(min_value=0, max_value=1),  # which room
    st.integers(min_value=0, max_value=2),  # which day
    st.integers(min_value=17, max_value=43),  # start, in half hours from midnight
    st.integers(min_value=1, max_value=8),  # length in half hours
)


def _time(half_hours: int) -> time:
    return time(half_hours // 2, 30 * (half_hours % 2))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(requests=st.lists(spans, min_size=1, max_size=12))
def test_no_two_accepted_bookings_overlap_whatever_the_order(
    uow: UnitOfWork, manager: Actor, requests: list[tuple[int, int, int, int]]
) -> None:
    rooms, hirer_id = _fixture(uow, manager)
    with uow.write() as tx:  # start every example from an empty calendar
        tx.session.execute(update(Booking).values(state=BookingState.CANCELLED))
    accepted: list[tuple[int, date, int, int]] = []
    for room, day_offset, start, length in requests:
        end = min(start + length, 45)
        day = MONDAY + timedelta(days=day_offset)
        request = make.request(rooms[room], hirer_id, day=day, starts=_time(start), ends=_time(end))
        free = not any(r == room and d == day and s < end and start < e for r, d, s, e in accepted)
        try:
            book_room(uow, manager, request)
        except InvalidInput:
            assert not free  # refused only when it truly overlaps an accepted booking
        else:
            assert free
            accepted.append((room, day, start, end))
    with uow.read() as tx:
        live = tx.session.execute(
            select(Booking.room_id, Booking.starts_at, Booking.ends_at).where(
                Booking.state != BookingState.CANCELLED
            )
        ).all()
    assert len(live) == len(accepted)
    for index, (room_id, starts, ends) in enumerate(live):
        for other_room, other_starts, other_ends in live[index + 1 :]:
            if room_id == other_room:
                assert ends <= other_starts or other_ends <= starts


def _fixture(uow: UnitOfWork, manager: Actor) -> tuple[list[UUID], UUID]:
    """Two rooms and a hirer, made once per test database (hypothesis reuses the fixture)."""
    with uow.read() as tx:
        rooms = list(tx.session.scalars(select(Room.id).order_by(Room.capacity.desc())))
        hirers = list(tx.session.scalars(select(Hirer.id)))
    if rooms:
        return rooms, hirers[0]
    rooms = [make.room(uow, manager), make.room(uow, manager, "Atelier", 12)]
    return rooms, make.hirer(uow, manager)
