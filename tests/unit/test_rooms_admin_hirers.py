"""Hirers edited and taken out of use: roles, audit, IBAN mod 97, old bookings unchanged."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import select, text

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import AuditEntry, TariffClass
from desk_app.services import people
from desk_app.services.auth import Actor
from desk_app.services.rooms.booking_changes import get_booking, internal_hirer_id
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.hirer_changes import set_hirer_active, update_hirer
from desk_app.services.rooms.hirers import (
    HirerDetails,
    all_hirers,
    clean_iban,
    create_hirer,
    hirers,
)
from desk_app.services.rooms.invoicing import invoice_booking, invoices
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit import hire_factories as make
from tests.unit.factories import table_counts, volunteer

TABLES = ("hirer", "audit_entry")


def _stored(uow: UnitOfWork, hirer_id: UUID) -> HirerDetails:
    return next(h for h in all_hirers(uow) if h.id == hirer_id)


def _audit(uow: UnitOfWork, action: str) -> list[tuple[str, Any, Any]]:
    with uow.read() as tx:
        rows = tx.session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(text("rowid"))
        )
        return [(r.subject, json.loads(r.before_json), json.loads(r.after_json)) for r in rows]


@pytest.mark.parametrize(
    "iban", ["NL91ABNA0417164300", "nl91 abna 0417 1643 00", "DE89 3704 0044 0532 0130 00"]
)
def test_an_iban_with_right_check_digits_is_kept_compact(iban: str) -> None:
    assert clean_iban(iban) == iban.replace(" ", "").upper()


@pytest.mark.parametrize(
    "iban", ["NL91ABNA0417164301", "NL19ABNA0417164300", "NL91ABNA041716430", "12345"]
)
def test_an_iban_failing_mod_97_is_refused(iban: str) -> None:
    with pytest.raises(InvalidInput, match=f"IBAN {iban} klopt niet"):
        clean_iban(iban)


def test_the_desk_corrects_a_hirer_and_the_log_hides_the_iban(
    uow: UnitOfWork, manager: Actor
) -> None:
    desk = volunteer(uow, manager)
    hirer_id = make.hirer(uow, desk)
    changed = update_hirer(
        uow,
        desk,
        replace(_stored(uow, hirer_id), street="Keulaan 5", iban="NL91 ABNA 0417 1643 00"),
    )
    assert (changed.street, changed.iban) == ("Keulaan 5", "NL91ABNA0417164300")
    assert _stored(uow, hirer_id) == changed
    ((subject, before, after),) = _audit(uow, "hirer.change")
    assert subject == "Biljartclub De Keu"
    assert (before["street"], after["street"]) == ("Keulaan 3", "Keulaan 5")
    assert after["iban"] == "…4300"
    assert "0417164300" not in json.dumps(after)


def test_saving_unchanged_details_writes_nothing(uow: UnitOfWork, manager: Actor) -> None:
    hirer_id = make.hirer(uow, manager)
    before = table_counts(uow, *TABLES)
    update_hirer(uow, manager, _stored(uow, hirer_id))
    assert table_counts(uow, *TABLES) == before


def test_only_the_manager_changes_a_tariff_class(uow: UnitOfWork, manager: Actor) -> None:
    desk = volunteer(uow, manager)
    hirer_id = make.hirer(uow, desk)
    commercial = replace(_stored(uow, hirer_id), tariff_class=TariffClass.COMMERCIAL)
    before = table_counts(uow, *TABLES)
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        update_hirer(uow, desk, commercial)
    assert table_counts(uow, *TABLES) == before
    assert update_hirer(uow, manager, commercial).tariff_class is TariffClass.COMMERCIAL
    ((_, before_row, after_row),) = _audit(uow, "hirer.change")
    assert (before_row["tariff"], after_row["tariff"]) == ("social", "commercial")


def test_only_the_manager_registers_an_internal_hirer(uow: UnitOfWork, manager: Actor) -> None:
    desk = volunteer(uow, manager)
    club = HirerDetails(name="Eigen koor", tariff_class=TariffClass.INTERNAL)
    with pytest.raises(NotAllowed, match="sociaal beheerder"):
        create_hirer(uow, desk, club)
    assert create_hirer(uow, manager, club).tariff_class is TariffClass.INTERNAL


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": ""}, "Vul een naam in"),
        ({"name": "k" * 10_000}, "hoogstens 120"),
        ({"iban": "NL91ABNA0417164301"}, "IBAN NL91ABNA0417164301 klopt niet"),
        ({"street": "s" * 121}, "straat mag hoogstens 120"),
        ({"postcode": "1181 XY 12345"}, "postcode mag hoogstens 10"),
        ({"phone": "0" * 40}, "telefoonnummer"),
        ({"email": "jan.deboer.nl"}, "e-mailadres jan.deboer.nl klopt niet"),
        ({"email": "jan@"}, "e-mailadres jan@ klopt niet"),
        ({"city": "Amstel\x00veen"}, "plaats"),
    ],
)
def test_bad_hirer_input_writes_nothing(
    uow: UnitOfWork, manager: Actor, change: dict[str, Any], message: str
) -> None:
    hirer_id = make.hirer(uow, manager)
    before = table_counts(uow, *TABLES)
    with pytest.raises(InvalidInput, match=message):
        update_hirer(uow, manager, replace(_stored(uow, hirer_id), **change))
    with pytest.raises(InvalidInput, match=message):
        create_hirer(uow, manager, replace(_stored(uow, hirer_id), id=None, **change))
    assert table_counts(uow, *TABLES) == before


def test_an_unknown_hirer_is_refused(uow: UnitOfWork, manager: Actor) -> None:
    ghost = HirerDetails(name="Spook", tariff_class=TariffClass.SOCIAL, id=UUID(int=3))
    with pytest.raises(InvalidInput, match="bestaat niet"):
        update_hirer(uow, manager, ghost)
    with pytest.raises(InvalidInput, match="bestaat niet"):
        set_hirer_active(uow, manager, UUID(int=3), False)


def test_an_inactive_hirer_is_not_offered_but_old_bookings_keep_them(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    desk = volunteer(uow, manager)
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, desk)
    old = book_room(uow, desk, make.request(room_id, hirer_id))
    invoice = invoice_booking(uow, desk, old.id)
    clock.advance(timedelta(days=8))
    assert not set_hirer_active(uow, desk, hirer_id, False).active
    assert hirer_id not in {h.id for h in hirers(uow)}
    assert not _stored(uow, hirer_id).active
    kept = get_booking(uow, old.id)
    assert (kept.hirer_name, kept.price_cents) == ("Biljartclub De Keu", 5000)
    assert [i.hirer_name for i in invoices(uow) if i.id == invoice.id] == ["Biljartclub De Keu"]
    with pytest.raises(InvalidInput):
        book_room(uow, desk, make.request(room_id, hirer_id, day=make.MONDAY + timedelta(7)))
    ((_, before, after),) = _audit(uow, "hirer.active")
    assert (before["active"], after["active"]) == (True, False)
    set_hirer_active(uow, desk, hirer_id, True)
    assert hirer_id in {h.id for h in hirers(uow)}


def test_a_hirer_with_bookings_to_come_stays_active(uow: UnitOfWork, manager: Actor) -> None:
    room_id, hirer_id = make.room(uow, manager), make.hirer(uow, manager)
    book_room(uow, manager, make.request(room_id, hirer_id))
    before = table_counts(uow, *TABLES)
    with pytest.raises(InvalidInput, match="nog 1 boeking"):
        set_hirer_active(uow, manager, hirer_id, False)
    assert table_counts(uow, *TABLES) == before


def test_the_centre_itself_stays_an_active_internal_hirer(uow: UnitOfWork, manager: Actor) -> None:
    own = internal_hirer_id(uow)
    before = table_counts(uow, *TABLES)
    with pytest.raises(InvalidInput, match="eigen activiteiten"):
        set_hirer_active(uow, manager, own, False)
    with pytest.raises(InvalidInput, match="eigen activiteiten"):
        update_hirer(uow, manager, replace(_stored(uow, own), tariff_class=TariffClass.SOCIAL))
    assert table_counts(uow, *TABLES) == before
    renamed = update_hirer(uow, manager, replace(_stored(uow, own), name="De Meent zelf"))
    assert renamed.name == "De Meent zelf"


def test_a_closed_account_can_no_longer_edit_hirers(uow: UnitOfWork, manager: Actor) -> None:
    desk = volunteer(uow, manager)
    hirer_id = make.hirer(uow, desk)
    people.set_active(uow, manager, desk.person_id, False)
    before = table_counts(uow, *TABLES)
    with pytest.raises(NotAllowed):
        update_hirer(uow, desk, replace(_stored(uow, hirer_id), city="Amsterdam"))
    with pytest.raises(NotAllowed):
        set_hirer_active(uow, desk, hirer_id, False)
    assert table_counts(uow, *TABLES) == before
