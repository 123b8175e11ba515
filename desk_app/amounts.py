"""Amounts of money as people type them at a Dutch desk, read into cents.

One reading for every amount field: a decimal comma or dot (``12,50``, ``12.5``), dots as
thousands when they group by three (``1.250`` and ``1.250,00`` are a thousand two hundred and
fifty), a euro sign and spaces ignored. Anything else is no amount, never a guess.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d*)?")
DIGITS = re.compile(r"-?[\d.,]+")
CENT = Decimal("0.01")
LARGEST_CENTS = 10**12  # ten billion euro: beyond any desk, within every integer column


def parse_euros(text: str) -> int | None:
    """``"12,50"``, ``"€ 1.250,00"``, ``"1.250"`` or ``"12.5"`` as cents; ``None`` if no amount."""
    typed = text.replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not DIGITS.fullmatch(typed):
        return None  # letters, "1e3", "NaN"
    if THOUSANDS.fullmatch(typed):
        typed = typed.replace(".", "")
    elif "," in typed and "." in typed:
        return None  # "1.2,50": dots that group nothing
    try:
        value = Decimal(typed.replace(",", "."))
        exact = value.is_finite() and value == value.quantize(CENT)
    except InvalidOperation:  # no number, or too many digits to hold in cents
        return None
    cents = int(value * 100) if exact else None
    return cents if cents is not None and abs(cents) <= LARGEST_CENTS else None
