"""A hirer's SEPA direct-debit mandate: its reference, the day it was signed, first or recurring.

The mandate debits the hirer's own IBAN, so a mandate needs one. It stays on this PC like the
IBAN itself (see the hirer's ``omit`` in ``wire/registry.py``).
"""

from __future__ import annotations

import re
from datetime import date

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput

# The SEPA rulebook's character set for a mandate reference, at most 35 characters.
MANDATE_PATTERN = re.compile(r"[A-Za-z0-9+?/:().,' -]{1,35}")


def clean_mandate(
    reference: str, signed_on: date | None, iban: str, today: date
) -> tuple[str, date | None]:
    """A checked mandate reference and signing day; both empty means the hirer has no mandate."""
    reference = " ".join(reference.split())
    if not reference:
        return "", None
    if not MANDATE_PATTERN.fullmatch(reference) or reference.startswith(" "):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het machtigingskenmerk is hoogstens 35 letters, cijfers of leestekens "
                "(geen é, ë of &).",
            )
        )
    if signed_on is None or signed_on > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Vul de datum in waarop de machtiging is getekend (niet in de toekomst)."
            )
        )
    if not iban:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een machtiging heeft het IBAN van de huurder nodig.")
        )
    return reference, signed_on
