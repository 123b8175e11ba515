"""The centre's numbers checked and written the standard way: postcode, VAT, KvK, IBAN, creditor ID.

Kept apart from :mod:`desk_app.services.centre` so python-stdnum loads only when details are
checked (the set-up, the manager's changes), not when the desk starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import iban as iban_number
from stdnum.eu import at_02
from stdnum.exceptions import ValidationError
from stdnum.nl import btw, postcode

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput

COC_PATTERN = re.compile(r"[0-9]{8}")


def checked_numbers(
    postcode_text: str, vat_number: str, coc_number: str, iban: str, creditor_id: str
) -> dict[str, str]:
    """The numbers normalised, by the names of ``CentreDetails``; or say in Dutch what is wrong."""
    return {
        "postcode": _checked(
            postcode_text,
            postcode.validate,
            QT_TRANSLATE_NOOP("Errors", "De postcode klopt niet, bijvoorbeeld 1181 AB."),
        ),
        "vat_number": _checked(
            vat_number, _validate_vat, QT_TRANSLATE_NOOP("Errors", "Het btw-nummer klopt niet.")
        ),
        "coc_number": _checked(
            coc_number,
            _validate_coc,
            QT_TRANSLATE_NOOP("Errors", "Het KvK-nummer klopt niet (8 cijfers)."),
        ),
        "iban": _checked(
            iban, iban_number.validate, QT_TRANSLATE_NOOP("Errors", "Het IBAN klopt niet.")
        ),
        "creditor_id": _checked(
            creditor_id,
            validate_creditor_id,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het incassant-ID klopt niet. Het is NL, twee controlecijfers, ZZZ en het "
                "KvK-nummer, bijvoorbeeld NL53ZZZ091734220000.",
            ),
        ),
    }


def _checked(value: str, validate: Callable[[str], object], message: str) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        result = validate(value)
    except ValidationError as error:
        raise InvalidInput(message) from error
    return str(result)


def _validate_vat(number: str) -> str:
    """A Dutch VAT number, written with its country prefix as invoices show it."""
    return "NL" + str(btw.validate(number))


def _validate_coc(number: str) -> str:
    """A chamber-of-commerce (KvK) number is eight digits; it has no check digit."""
    digits = number.replace(" ", "")
    if not COC_PATTERN.fullmatch(digits):
        raise ValidationError
    return digits


def validate_creditor_id(number: str) -> str:
    """A Dutch SEPA creditor identifier: NL, ISO 7064 check digits, ZZZ, the KvK number.

    The KvK number may carry its four-digit branch suffix, as Dutch banks issue it.
    """
    compact = str(at_02.validate(number))
    national = compact[7:]
    if not compact.startswith("NL") or compact[4:7] != "ZZZ" or len(national) not in (8, 12):
        raise ValidationError
    if not national.isdigit():
        raise ValidationError
    return compact
