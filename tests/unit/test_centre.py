"""The first-run set-up of the centre: checked input, one transaction, once only."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from desk_app.errors import InvalidInput
from desk_app.models import DayPartKey
from desk_app.services.audit import recent_entries
from desk_app.services.auth import Actor
from desk_app.services.centre import (
    CentreDetails,
    centre_details,
    is_set_up,
    set_up_centre,
    update_centre,
)
from desk_app.services.people import desk_accounts
from desk_app.services.uow import UnitOfWork

GOOD = CentreDetails(
    name="Open Hof",
    code="oho",
    postcode="1183ab",
    vat_number="NL800000006B01",
    coc_number="4123 4567",
    iban="nl91 abna 0417 1643 00",
)


def test_set_up_stores_centre_hours_parts_and_manager(uow: UnitOfWork) -> None:
    joke = set_up_centre(uow, GOOD, manager_name="  Joke  de Boer ", manager_pin="258036")
    stored = centre_details(uow)
    assert (stored.code, stored.postcode, stored.coc_number) == ("OHO", "1183 AB", "41234567")
    assert stored.iban == "NL91ABNA0417164300"
    assert stored.vat_number == "NL800000006B01"
    assert stored.day_parts[DayPartKey.MORNING] == (time(8, 30), time(12, 30))
    assert stored.opening_hours[6] == (time(10, 0), time(17, 30))
    assert [a.name for a in desk_accounts(uow)] == ["Joke de Boer"]
    assert recent_entries(uow, joke)[0].action == "centre.setup"


BAD = {
    "empty name": replace(GOOD, name="   "),
    "bad code": replace(GOOD, code="a"),
    "bad iban": replace(GOOD, iban="NL91ABNA0417164301"),
    "bad vat": replace(GOOD, vat_number="NL123"),
    "bad coc": replace(GOOD, coc_number="123"),
    "bad postcode": replace(GOOD, postcode="99999"),
    "closes before opens": replace(GOOD, opening_hours={0: (time(18), time(9))}),
    "parts overlap": replace(
        GOOD,
        day_parts={
            DayPartKey.MORNING: (time(9), time(13)),
            DayPartKey.AFTERNOON: (time(12), time(17)),
            DayPartKey.EVENING: (time(18), time(22)),
        },
    ),
}


@pytest.mark.parametrize("details", BAD.values(), ids=list(BAD))
def test_bad_details_write_nothing(uow: UnitOfWork, details: CentreDetails) -> None:
    with pytest.raises(InvalidInput):
        set_up_centre(uow, details, manager_name="Joke", manager_pin="258036")
    assert not is_set_up(uow)


@pytest.mark.parametrize(
    ("name", "pin"), [("", "258036"), ("Joke", "abcd"), ("Joke", "12"), ("Joke", "2580")]
)
def test_bad_manager_writes_nothing(uow: UnitOfWork, name: str, pin: str) -> None:
    with pytest.raises(InvalidInput):
        set_up_centre(uow, GOOD, manager_name=name, manager_pin=pin)
    assert not is_set_up(uow)


def test_set_up_happens_once(uow: UnitOfWork, manager: Actor) -> None:
    with pytest.raises(InvalidInput, match="al ingesteld"):
        set_up_centre(uow, GOOD, manager_name="Joke", manager_pin="258036")


def test_manager_changes_hours_and_closes_a_day(uow: UnitOfWork, manager: Actor) -> None:
    hours = dict(centre_details(uow).opening_hours)
    hours[6] = None
    update_centre(uow, manager, replace(centre_details(uow), opening_hours=hours))
    assert centre_details(uow).opening_hours[6] is None
    entry = recent_entries(uow, manager, limit=1)[0]
    assert entry.action == "centre.update"
    assert entry.before["opening_hours"]["6"] == ["10:00:00", "17:30:00"]
    assert entry.after["opening_hours"]["6"] is None


def test_the_code_cannot_change(uow: UnitOfWork, manager: Actor) -> None:
    with pytest.raises(InvalidInput, match="code"):
        update_centre(uow, manager, replace(centre_details(uow), code="XYZ"))
