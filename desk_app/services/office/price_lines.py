"""A line of the organisation's price list and the rules every published price obeys."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.kinds import TariffClass
from desk_app.services.people import clean_name
from desk_app.services.till.pricing import MAX_CATEGORY_LENGTH, MAX_PRICE_CENTS
from desk_app.services.till.vat import VAT_RATES

_AMOUNT = re.compile(r"(?:€\s*)?(\d{1,5})(?:[.,](\d{1,2}))?")
ROOM_VAT_RATES = (0, 9, 21)  # 0: exempt, as room hire usually is
MAX_TARIFF_CENTS = 500_000  # as the desk's own rate editor: more is a typing error
_TARIFF_WORDS = {
    "social": TariffClass.SOCIAL,
    "sociaal": TariffClass.SOCIAL,
    "commercial": TariffClass.COMMERCIAL,
    "commercieel": TariffClass.COMMERCIAL,
}


@dataclass(frozen=True)
class PriceLine:
    """A bar product's price (VAT included) from the day it starts."""

    category: str
    name: str
    price_cents: int
    vat_rate: int
    valid_from: date


@dataclass(frozen=True)
class TariffPrice:
    """What a room of this name costs a tariff class (ex. VAT) from the day it starts."""

    room: str
    tariff_class: TariffClass
    part_of_day_cents: int
    hour_cents: int
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
    """A bar product's VAT rate: 0 (exempt or zero-rated), 9 or 21."""
    value = text.strip().removesuffix("%").strip()
    if value not in {str(rate) for rate in VAT_RATES}:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het btw-tarief {value} kan niet: een product aan de bar heeft 0, 9 of 21 procent.",
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
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Het btw-tarief is 0, 9 of 21 procent."))
    return PriceLine(
        category, clean_name(line.name), line.price_cents, line.vat_rate, line.valid_from
    )


def parse_tariff_class(text: str) -> TariffClass:
    """``social`` or ``commercial`` (in Dutch too); use by the centre itself is always free."""
    kind = _TARIFF_WORDS.get(text.strip().lower())
    if kind is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De tariefklasse {value} bestaat niet: kies social of commercial."
            ),
            value=text.strip(),
        )
    return kind


def parse_vat_for_rooms(text: str) -> int:
    """A room tariff's VAT rate: 0 (exempt), 9 or 21."""
    value = text.strip().removesuffix("%").strip()
    if value not in {str(rate) for rate in ROOM_VAT_RATES}:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het btw-tarief {value} kan niet: kies 0, 9 of 21."),
            value=text.strip(),
        )
    return int(value)


def checked_tariff(tariff: TariffPrice) -> TariffPrice:
    """A tidy tariff, or a Dutch message saying what is wrong with it."""
    if max(tariff.part_of_day_cents, tariff.hour_cents) > MAX_TARIFF_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een zaaltarief ligt tussen 0 en 5.000 euro.")
        )
    return TariffPrice(
        clean_name(tariff.room),
        tariff.tariff_class,
        tariff.part_of_day_cents,
        tariff.hour_cents,
        tariff.vat_rate,
        tariff.valid_from,
    )
