"""An organisation's identifiers for e-invoices: its KvK number or OIN and its Peppol id.

A Peppol participant id is ``scheme:identifier`` with a four-digit ICD scheme; the Dutch
schemes are checked as far as their numbers carry a check (VAT and GLN through stdnum).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import ean
from stdnum.exceptions import ValidationError
from stdnum.nl import btw

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput

KVK_SCHEME = "0106"
OIN_SCHEME = "0190"
_KVK = re.compile(r"[0-9]{8}")
_OIN = re.compile(r"[0-9]{20}")
_PEPPOL = re.compile(r"([0-9]{4}):(\S{1,50})")


def clean_registration(text: str) -> str:
    """A KvK number (8 digits) or OIN (20 digits) without spaces; empty stays empty."""
    number = "".join(text.split()).replace(".", "")
    if number and not (_KVK.fullmatch(number) or _OIN.fullmatch(number)):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Het KvK-nummer (8 cijfers) of OIN (20 cijfers) {number} klopt niet."
            ),
            number=text.strip(),
        )
    return number


def registration_scheme(number: str) -> str:
    """The ICD scheme of a KvK number or an OIN: 0106 or 0190."""
    return KVK_SCHEME if _KVK.fullmatch(number) else OIN_SCHEME


def clean_peppol_id(text: str, registration: str) -> str:
    """A checked ``scheme:identifier``; when left empty, made from the KvK number or OIN."""
    compact = "".join(text.split())
    if not compact:
        return f"{registration_scheme(registration)}:{registration}" if registration else ""
    found = _PEPPOL.fullmatch(compact)
    check = _CHECKS.get(found.group(1)) if found else None
    try:
        if found is None or (check is not None and not check(found.group(2))):
            raise ValidationError
    except ValidationError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Het Peppol-id {peppol} klopt niet, bijvoorbeeld 0106:12345678."
            ),
            peppol=text.strip(),
        ) from error
    return compact


def require_e_invoice_address(
    is_organisation: bool, registration: str, *, full_address: bool
) -> None:
    """An e-invoice goes to an organisation with its KvK number or OIN and its address.

    SI-UBL 2.0 asks a Dutch buyer's KvK number or OIN (BR-NL-10) and address (BR-NL-4).
    """
    if not is_organisation:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Alleen een organisatie ontvangt een e-factuur.")
        )
    if not registration or not full_address:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Een e-factuur vraagt het KvK-nummer of OIN en het adres (straat, postcode, "
                "plaats) van de organisatie.",
            )
        )


def _vat(number: str) -> bool:
    return bool(btw.validate(number))


def _gln(number: str) -> bool:
    return len(number) == 13 and bool(ean.validate(number))


_CHECKS: dict[str, Callable[[str], bool]] = {
    KVK_SCHEME: lambda number: bool(_KVK.fullmatch(number)),
    OIN_SCHEME: lambda number: bool(_OIN.fullmatch(number)),
    "9944": _vat,
    "0088": _gln,
}
