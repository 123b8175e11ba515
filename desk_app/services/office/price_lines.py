"""A line of the organisation's price list and the rules every published price obeys."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.people import clean_name
from desk_app.services.till.pricing import MAX_CATEGORY_LENGTH, MAX_PRICE_CENTS
from desk_app.services.till.vat import VAT_RATES

_AMOUNT = re.compile(r"(?:€\s*)?(\d{1,3})(?:[.,](\d{1,2}))?")


@dataclass(frozen=True)
class PriceLine:
    """A bar product's price (VAT included) from the day it starts."""

    category: str
    name: str
    price_cents: int
    vat_rate: int
    valid_from: date


def parse_price(text: str) -> int:
    """Euros typed with a Dutch comma or a dot (``1,80``, ``1.8``, ``2``) as cents."""
    match = _AMOUNT.fullmatch(text.strip())
    if match is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De prijs {value} is geen bedrag zoals 1,80."),
            value=text.strip(),
        )
    euros, cents = match.group(1), (match.group(2) or "0").ljust(2, "0")
    return int(euros) * 100 + int(cents)


def parse_vat(text: str) -> int:
    """A bar product's VAT rate: 9 or 21 (room hire alone may be exempt)."""
    value = text.strip().removesuffix("%").strip()
    if value not in {str(rate) for rate in VAT_RATES}:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het btw-tarief {value} kan niet: een product aan de bar heeft 9 of 21 procent.",
            ),
            value=text.strip(),
        )
    return int(value)


def checked(line: PriceLine) -> PriceLine:
    """A tidy line, or a Dutch message saying what is wrong with it."""
    category = " ".join(line.category.split())
    if not category or len(category) > MAX_CATEGORY_LENGTH or not category.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een categorie heeft 1 tot {max} leesbare tekens."),
            max=MAX_CATEGORY_LENGTH,
        )
    if not 0 <= line.price_cents <= MAX_PRICE_CENTS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een prijs ligt tussen 0 en 100 euro."))
    if line.vat_rate not in VAT_RATES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Het btw-tarief is 9 of 21 procent."))
    return PriceLine(
        category, clean_name(line.name), line.price_cents, line.vat_rate, line.valid_from
    )
