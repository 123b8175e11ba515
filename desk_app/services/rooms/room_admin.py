"""The social manager adds rooms and changes their name, capacity, facilities and use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Booking, BookingState, Person, Role, Room
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.people import clean_name
from desk_app.services.rooms.rates import RoomInfo
from desk_app.services.uow import Transaction, UnitOfWork

MAX_CAPACITY = 1_000  # the largest hall of a community centre seats a few hundred
MAX_FACILITIES_LENGTH = 200  # the column's width


@dataclass(frozen=True)
class RoomDraft:
    """A room as the manager types it."""

    name: str
    capacity: int
    facilities: str = ""
    active: bool = True


def all_rooms(uow: UnitOfWork) -> list[RoomInfo]:
    """Every room, in use or not, by name: the manager's list."""
    with uow.read() as tx:
        return [_info(row) for row in tx.session.scalars(select(Room).order_by(Room.name))]


def add_room(uow: UnitOfWork, actor: Actor, draft: RoomDraft) -> RoomInfo:
    """A new room; it can be booked once it has rates."""
    draft = validated(draft)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        _refuse_same_name(tx.session, draft.name, None)
        room = Room(centre_code=tx.centre_code(), created_at=tx.now)
        _fill(room, draft)
        tx.session.add(room)
        tx.session.flush()
        _audit(tx, manager, room, action="room.create", before=None)
        return _info(room)


def update_room(uow: UnitOfWork, actor: Actor, room_id: UUID, draft: RoomDraft) -> RoomInfo:
    """Change a room; taking it out of use is refused while bookings are still to come."""
    draft = validated(draft)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        room = tx.session.get(Room, room_id)
        if room is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze zaal bestaat niet."))
        _refuse_same_name(tx.session, draft.name, room.id)
        if room.active and not draft.active:
            _refuse_coming_bookings(tx.session, room, tx.now)
        before = _snapshot(room)
        _fill(room, draft)
        if _snapshot(room) != before:
            _audit(tx, manager, room, action="room.change", before=before)
        return _info(room)


def validated(draft: RoomDraft) -> RoomDraft:
    """A trimmed draft with a sensible capacity, or a Dutch message saying what is wrong."""
    if not 0 < draft.capacity <= MAX_CAPACITY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Vul als capaciteit een aantal personen van 1 tot {max} in."
            ),
            max=MAX_CAPACITY,
        )
    return RoomDraft(
        clean_name(draft.name), draft.capacity, clean_facilities(draft.facilities), draft.active
    )


def clean_facilities(text: str) -> str:
    """Facilities as a tidy list: ``"beamer,  keuken ,beamer"`` becomes ``"beamer, keuken"``."""
    items: list[str] = []
    for item in text.replace(";", ",").split(","):
        cleaned = " ".join(item.split())
        if cleaned and cleaned.casefold() not in {i.casefold() for i in items}:
            items.append(cleaned)
    joined = ", ".join(items)
    if len(joined) > MAX_FACILITIES_LENGTH or not joined.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De voorzieningen mogen samen hoogstens {max} leesbare tekens hebben."
            ),
            max=MAX_FACILITIES_LENGTH,
        )
    return joined


def _refuse_same_name(session: Session, name: str, room_id: UUID | None) -> None:
    query = select(Room.id).where(func.lower(Room.name) == name.lower())
    if room_id is not None:
        query = query.where(Room.id != room_id)
    if session.scalars(query).first() is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Er is al een zaal met de naam {name}."), name=name
        )


def _refuse_coming_bookings(session: Session, room: Room, now: datetime) -> None:
    coming = session.scalar(
        select(func.count()).where(
            Booking.room_id == room.id,
            Booking.state != BookingState.CANCELLED,
            Booking.ends_at > now,
        )
    )
    if coming:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{room} heeft nog {count} boeking(en) die nog moeten komen. "
                "Annuleer of verplaats die eerst.",
            ),
            room=room.name,
            count=coming,
        )


def _fill(room: Room, draft: RoomDraft) -> None:
    room.name, room.capacity = draft.name, draft.capacity
    room.facilities, room.active = draft.facilities, draft.active


def _audit(
    tx: Transaction,
    manager: Person,
    room: Room,
    *,
    action: str,
    before: dict[str, object] | None,
) -> None:
    audit.record(
        tx.session,
        centre_code=room.centre_code,
        actor=manager,
        action=action,
        subject=room.name,
        at=tx.now,
        before=before,
        after=_snapshot(room),
    )


def _snapshot(room: Room) -> dict[str, object]:
    return {
        "name": room.name,
        "capacity": room.capacity,
        "facilities": room.facilities,
        "active": room.active,
    }


def _info(room: Room) -> RoomInfo:
    return RoomInfo(room.id, room.name, room.capacity, room.facilities, room.active)
