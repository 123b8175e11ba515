"""The manager's rooms and rates: roles, audit rows, bad input refused whole, prices used."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import select, text

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import AuditEntry, Role, TariffClass
from desk_app.services.auth import Actor
from desk_app.services.rooms.booking_changes import cancel_booking
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.rates import RateInfo, active_rooms, rates_of_room, set_room_rates
from desk_app.services.rooms.room_admin import RoomDraft, add_room, all_rooms, update_room
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit import hire_factories as make
from tests.unit.factories import table_counts, volunteer

TABLES = ("room", "room_rate", "audit_entry")


def _audit(uow: UnitOfWork, action: str) -> list[tuple[str, Any, Any]]:
    """Subject, before and after of the audit entries of one action, oldest first."""
    with uow.read() as tx:
        rows = tx.session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(text("rowid"))
        )
        return [(r.subject, json.loads(r.before_json), json.loads(r.after_json)) for r in rows]


def _rates(room_id: UUID, social: int = 4000, commercial: int = 9000) -> list[RateInfo]:
    return [
        RateInfo(room_id, TariffClass.SOCIAL, social, 1200, 0),
        RateInfo(room_id, TariffClass.COMMERCIAL, commercial, 3000, 21),
    ]


def test_the_manager_adds_a_room_with_tidy_facilities(uow: UnitOfWork, manager: Actor) -> None:
    draft = RoomDraft("  Muziekzaal ", 25, "piano, beamer ,  Piano;keuken")
    room = add_room(uow, manager, draft)
    assert (room.name, room.capacity, room.facilities) == (
        "Muziekzaal",
        25,
        "piano, beamer, keuken",
    )
    assert [r.name for r in all_rooms(uow)] == ["Muziekzaal"]
    assert [r.name for r in active_rooms(uow)] == ["Muziekzaal"]
    (entry,) = _audit(uow, "room.create")
    assert entry[0] == "Muziekzaal"
    assert entry[2]["capacity"] == 25


def test_a_volunteer_may_not_change_rooms_or_rates(uow: UnitOfWork, manager: Actor) -> None:
    room_id = make.room(uow, manager)
    desk = volunteer(uow, manager, role=Role.RECEPTION)
    before = table_counts(uow, *TABLES)
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        add_room(uow, desk, RoomDraft("Atelier", 12))
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        update_room(uow, desk, room_id, RoomDraft("Grote zaal", 80))
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        set_room_rates(uow, desk, room_id, _rates(room_id))
    assert table_counts(uow, *TABLES) == before


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (RoomDraft("   ", 10), "Vul een naam in"),
        (RoomDraft("x" * 10_000, 10), "hoogstens 120"),
        (RoomDraft("Zaal\x07", 10), "hoogstens 120 leesbare"),
        (RoomDraft("Atelier", 0), "capaciteit"),
        (RoomDraft("Atelier", -5), "capaciteit"),
        (RoomDraft("Atelier", 100_000), "van 1 tot 1000"),
        (RoomDraft("Atelier", 10, ", ".join(f"ding {i}" for i in range(40))), "voorzieningen"),
        (RoomDraft("grote ZAAL", 10), "al een zaal met de naam grote ZAAL"),
    ],
)
def test_bad_room_input_writes_nothing(
    uow: UnitOfWork, manager: Actor, draft: RoomDraft, message: str
) -> None:
    make.room(uow, manager)
    before = table_counts(uow, *TABLES)
    with pytest.raises(InvalidInput, match=message):
        add_room(uow, manager, draft)
    assert table_counts(uow, *TABLES) == before


def test_a_change_is_audited_and_no_change_writes_nothing(uow: UnitOfWork, manager: Actor) -> None:
    room_id = make.room(uow, manager)
    update_room(uow, manager, room_id, RoomDraft("Grote zaal", 40))
    assert _audit(uow, "room.change") == []
    changed = update_room(uow, manager, room_id, RoomDraft("Theaterzaal", 60, "podium"))
    assert (changed.name, changed.capacity, changed.facilities) == ("Theaterzaal", 60, "podium")
    (entry,) = _audit(uow, "room.change")
    assert entry[1]["name"] == "Grote zaal"
    assert entry[2] == {
        "name": "Theaterzaal",
        "capacity": 60,
        "facilities": "podium",
        "active": True,
    }


def test_renaming_onto_another_room_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    make.room(uow, manager)
    other = make.room(uow, manager, "Atelier", 12)
    with pytest.raises(InvalidInput, match="al een zaal"):
        update_room(uow, manager, other, RoomDraft("Grote Zaal", 12))


def test_a_room_with_bookings_to_come_stays_in_use(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    booking = book_room(uow, manager, make.request(room_id, hirer_id))
    before = table_counts(uow, *TABLES)
    with pytest.raises(InvalidInput, match="nog 1 boeking"):
        update_room(uow, manager, room_id, RoomDraft("Grote zaal", 40, active=False))
    assert table_counts(uow, *TABLES) == before
    cancel_booking(uow, manager, booking.id)
    update_room(uow, manager, room_id, RoomDraft("Grote zaal", 40, active=False))
    assert active_rooms(uow) == []
    assert [r.active for r in all_rooms(uow)] == [False]
    with pytest.raises(InvalidInput):
        book_room(uow, manager, make.request(room_id, hirer_id))


def test_a_room_whose_bookings_are_past_goes_out_of_use(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    book_room(uow, manager, make.request(room_id, hirer_id))
    clock.advance(timedelta(days=8))
    assert not update_room(uow, manager, room_id, RoomDraft("Grote zaal", 40, active=False)).active


def test_rates_are_set_together_and_audited_once_each(uow: UnitOfWork, manager: Actor) -> None:
    room = add_room(uow, manager, RoomDraft("Atelier", 12))
    set_room_rates(uow, manager, room.id, _rates(room.id))
    assert rates_of_room(uow, room.id)[TariffClass.COMMERCIAL].part_of_day_cents == 9000
    assert len(_audit(uow, "room.rate")) == 2
    set_room_rates(uow, manager, room.id, _rates(room.id, social=4500))
    entries = _audit(uow, "room.rate")
    assert len(entries) == 3  # the unchanged commercial rate wrote nothing
    assert entries[-1][1]["part_of_day_cents"] == 4000
    assert entries[-1][2]["part_of_day_cents"] == 4500


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"part_of_day_cents": -1}, "niet negatief"),
        ({"hour_cents": -250}, "niet negatief"),
        ({"part_of_day_cents": 10_000_000}, "niet aannemelijk"),
        ({"hour_cents": 500_001}, "niet aannemelijk"),
        ({"vat_rate": 7}, "vrijgesteld, 9 % of 21 %"),
        ({"tariff_class": TariffClass.INTERNAL}, "altijd gratis"),
        ({"tariff_class": TariffClass.SOCIAL}, "één tarief"),
    ],
)
def test_a_bad_rate_refuses_the_whole_table(
    uow: UnitOfWork, manager: Actor, change: dict[str, object], message: str
) -> None:
    room_id = make.room(uow, manager)
    social, commercial = _rates(room_id)
    before = table_counts(uow, *TABLES)
    with pytest.raises(InvalidInput, match=message):
        set_room_rates(uow, manager, room_id, [social, replace(commercial, **change)])  # type: ignore[arg-type]
    assert table_counts(uow, *TABLES) == before
    assert rates_of_room(uow, room_id)[TariffClass.SOCIAL].part_of_day_cents == 5000


def test_a_new_rate_prices_new_bookings_and_leaves_old_ones(
    uow: UnitOfWork, manager: Actor
) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    old = book_room(uow, manager, make.request(room_id, hirer_id))
    set_room_rates(uow, manager, room_id, _rates(room_id, social=6250))
    new = book_room(uow, manager, make.request(room_id, hirer_id, day=make.MONDAY + timedelta(1)))
    assert (old.price_cents, new.price_cents) == (5000, 6250)


def test_rates_of_an_unknown_room_are_refused(uow: UnitOfWork, manager: Actor) -> None:
    room_id = make.room(uow, manager)
    other = UUID(int=7)
    with pytest.raises(InvalidInput, match="bestaat niet"):
        set_room_rates(uow, manager, other, _rates(other))
    with pytest.raises(InvalidInput, match="bestaat niet"):
        set_room_rates(uow, manager, room_id, _rates(other))
