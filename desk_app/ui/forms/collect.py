"""Gather the form widgets' contents into the core's :class:`CentreDetails`."""

from __future__ import annotations

from desk_app.services.centre import CentreDetails
from desk_app.ui.forms.details import IdentityForm, NumbersForm
from desk_app.ui.forms.times import DayPartsEditor, HoursEditor


def collect_details(
    identity: IdentityForm, numbers: NumbersForm, hours: HoursEditor, parts: DayPartsEditor
) -> CentreDetails:
    """The details as typed; the service validates and normalises them."""
    return CentreDetails(
        name=identity.name.currentText(),
        code=identity.code.text(),
        street=identity.street.text(),
        postcode=identity.postcode.text(),
        city=identity.city.text(),
        vat_number=numbers.vat.text(),
        coc_number=numbers.coc.text(),
        iban=numbers.iban.text(),
        creditor_id=numbers.creditor_id.text(),
        opening_hours=hours.value(),
        day_parts=parts.value(),
    )
