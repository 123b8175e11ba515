"""A hirer's mandate and the centre's creditor identifier: checked, refused in Dutch."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desk_app.errors import InvalidInput
from desk_app.models import TariffClass
from desk_app.services.auth import Actor
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.rooms.hirer_changes import update_hirer
from desk_app.services.rooms.hirers import HirerDetails, all_hirers, create_hirer
from desk_app.services.uow import UnitOfWork
from tests.unit import direct_debit_factories as dd


def test_a_creditor_id_is_stored_compact(uow: UnitOfWork, manager: Actor) -> None:
    details = replace(centre_details(uow), creditor_id="nl53 zzz 0917 3422 0000")
    assert update_centre(uow, manager, details).creditor_id == dd.CREDITOR_ID
    assert centre_details(uow).creditor_id == dd.CREDITOR_ID


@pytest.mark.parametrize(
    "wrong",
    [
        "NL54ZZZ091734220000",  # check digits wrong
        "DE98ZZZ09999999999",  # a valid German one: not a Dutch centre's
        "NL53ABC091734220000",  # a business code where ZZZ belongs
        "NL12ZZZ1234",  # too short for a KvK number
    ],
)
def test_a_bad_creditor_id_is_refused_in_dutch(uow: UnitOfWork, manager: Actor, wrong: str) -> None:
    with pytest.raises(InvalidInput, match="Het incassant-ID klopt niet"):
        update_centre(uow, manager, replace(centre_details(uow), creditor_id=wrong))
    assert centre_details(uow).creditor_id == ""


def test_a_mandate_is_stored_with_the_hirer(uow: UnitOfWork, manager: Actor) -> None:
    dd.mandate_hirer(uow, manager)
    (hirer,) = all_hirers(uow)
    assert (hirer.mandate_reference, hirer.mandate_signed_on, hirer.mandate_first) == (
        dd.MANDATE,
        dd.SIGNED,
        True,
    )
    changed = update_hirer(uow, manager, replace(hirer, mandate_first=False))
    assert changed.mandate_first is False
    removed = update_hirer(uow, manager, replace(changed, mandate_reference=""))
    assert (removed.mandate_reference, removed.mandate_signed_on) == ("", None)


def _hirer(**mandate: object) -> HirerDetails:
    values: dict[str, object] = {
        "iban": dd.HIRER_IBAN,
        "mandate_reference": dd.MANDATE,
        "mandate_signed_on": dd.SIGNED,
    }
    values.update(mandate)
    return HirerDetails("Koor Zingt", TariffClass.SOCIAL, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("mandate", "message"),
    [
        ({"iban": "NL02ABNA0123456788"}, "Het IBAN NL02ABNA0123456788 klopt niet"),
        ({"iban": ""}, "heeft het IBAN van de huurder nodig"),
        ({"mandate_signed_on": None}, "waarop de machtiging is getekend"),
        ({"mandate_signed_on": date(2026, 3, 3)}, "niet in de toekomst"),
        ({"mandate_reference": "Koor & Co"}, "machtigingskenmerk"),
        ({"mandate_reference": "X" * 36}, "machtigingskenmerk"),
    ],
)
def test_a_bad_mandate_is_refused_in_dutch(
    uow: UnitOfWork, manager: Actor, mandate: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        create_hirer(uow, manager, _hirer(**mandate))
    assert all_hirers(uow) == []
