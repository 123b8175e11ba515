"""A signed-off day also locks the room bookings of that day."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.errors import InvalidInput
from desk_app.services.auth import Actor
from desk_app.services.day_close.sign_off import Closing, close_day
from desk_app.services.rooms.booking_changes import cancel_booking, confirm_booking
from desk_app.services.rooms.bookings import book_room
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit import hire_factories as make
from tests.unit.day_close_factories import counts_for


def test_a_booking_on_a_closed_day_can_no_longer_change(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    room = make.room(uow, manager)
    booked = book_room(uow, manager, make.request(room, make.hirer(uow, manager)))
    clock.advance(timedelta(days=8))  # the day after the booking
    close_day(uow, manager, MANAGER_PIN, Closing(make.MONDAY, counts_for(0)))
    with pytest.raises(InvalidInput, match="afgesloten"):
        cancel_booking(uow, manager, booked.id)
    with pytest.raises(InvalidInput, match="afgesloten"):
        confirm_booking(uow, manager, booked.id)
