"""Helpers for double-booking tests: the demo's manager at the desk and a slot in the future."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from sqlalchemy import select

from desk_app.bootstrap import Desk
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import DayPartKey, Hirer, Room
from desk_app.services import auth, people
from desk_app.services.auth import Actor
from desk_app.services.restore import ManagerPin
from desk_app.services.rooms.bookings import BookingInfo, BookingRequest, book_room
from desk_app.services.uow import UnitOfWork

DEMO_MANAGER = ("Sanne de Vries", "123456")


def demo_manager(desk: Desk) -> Actor:
    """The demo centre's social manager, logged in."""
    account = next(a for a in people.desk_accounts(desk.uow) if a.name == DEMO_MANAGER[0])
    return auth.authenticate(desk.uow, account.person_id, DEMO_MANAGER[1])


def demo_sign_in(uow: UnitOfWork, _in_backup: bool) -> ManagerPin:
    """The demo manager signs a restore with her PIN."""
    account = next(a for a in people.desk_accounts(uow) if a.name == DEMO_MANAGER[0])
    return ManagerPin(account.person_id, DEMO_MANAGER[1])


def book_evening(desk: Desk, hirer_name: str, weeks_ahead: int = 3) -> BookingInfo:
    """The Grote zaal on a Tuesday evening some weeks from now, for ``hirer_name``."""
    today = datetime.now(LOCAL_ZONE).date()
    tuesday = today + timedelta(days=(1 - today.weekday()) % 7 + 7 * weeks_ahead)
    with desk.uow.read() as tx:
        room_id: UUID = tx.session.scalars(select(Room.id).where(Room.name == "Grote zaal")).one()
        hirer_id: UUID = tx.session.scalars(select(Hirer.id).where(Hirer.name == hirer_name)).one()
    request = BookingRequest(room_id, hirer_id, tuesday, DayPartKey.EVENING, people=20)
    return book_room(desk.uow, demo_manager(desk), request)
