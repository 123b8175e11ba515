"""Price lists and room tariffs as CSV files, each read whole or not at all.

Prices: ``name,category,price,vat,from``. Room tariffs: ``room,tariff_class,part_of_day,hour,
vat,from`` (``tariff_class`` social or commercial, amounts excluding VAT, VAT 0, 9 or 21).
A row with an empty ``from`` starts on the day the command was given (``--from``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.office.price_lines import (
    PriceLine,
    TariffPrice,
    checked,
    checked_tariff,
    parse_price,
    parse_tariff_class,
    parse_vat,
    parse_vat_for_rooms,
)

PRICE_HEADER = ("name", "category", "price", "vat", "from")
TARIFF_HEADER = ("room", "tariff_class", "part_of_day", "hour", "vat", "from")
T = TypeVar("T")


def read_price_csv(text: str, default_from: date) -> list[PriceLine]:
    """Every row as a checked price line; one bad row refuses the file, naming row and reason."""

    def line(cells: list[str]) -> PriceLine:
        name, category, price, vat, start = cells
        return checked(
            PriceLine(category, name, parse_price(price), parse_vat(vat), _day(start, default_from))
        )

    numbered = _read(text, PRICE_HEADER, line)
    _refuse_doubles([(number, (p.category, p.name)) for number, p in numbered])
    return [price for _number, price in numbered]


def read_tariff_csv(text: str, default_from: date) -> list[TariffPrice]:
    """Every row as a checked room tariff; one bad row refuses the file, naming row and reason."""

    def tariff(cells: list[str]) -> TariffPrice:
        room, kind, part, hour, vat, start = cells
        return checked_tariff(
            TariffPrice(
                room,
                parse_tariff_class(kind),
                parse_price(part),
                parse_price(hour),
                parse_vat_for_rooms(vat),
                _day(start, default_from),
            )
        )

    numbered = _read(text, TARIFF_HEADER, tariff)
    _refuse_doubles([(number, (t.room, t.tariff_class.value)) for number, t in numbered])
    return [tariff for _number, tariff in numbered]


def _read(
    text: str, header: tuple[str, ...], parse: Callable[[list[str]], T]
) -> list[tuple[int, T]]:
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows or tuple(cell.strip().lower() for cell in rows[0]) != header:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De eerste regel moet {header} zijn. Er is niets gepubliceerd."
            ),
            header=",".join(header),
        )
    numbered = [
        (number, _row(number, cells, len(header), parse))
        for number, cells in enumerate(rows[1:], start=2)
        if any(cell.strip() for cell in cells)
    ]
    if not numbered:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het bestand heeft geen regels. Er is niets gepubliceerd.")
        )
    return numbered


def _row(number: int, cells: list[str], width: int, parse: Callable[[list[str]], T]) -> T:
    try:
        if len(cells) != width:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{count} velden in plaats van {width}."),
                count=len(cells),
                width=width,
            )
        return parse([cell.strip() for cell in cells])
    except InvalidInput as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Regel {row}: {reason} Er is niets gepubliceerd."),
            row=number,
            reason=error.message,
        ) from error


def _day(text: str, default_from: date) -> date:
    if not text:
        return default_from
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De datum {value} is geen datum zoals 2027-01-01."),
            value=text,
        ) from error


def _refuse_doubles(numbered: list[tuple[int, tuple[str, str]]]) -> None:
    seen: dict[tuple[str, str], int] = {}
    for number, names in numbered:
        key = (names[0].lower(), names[1].lower())
        if key in seen:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Regel {row} noemt hetzelfde als regel {other}. Er is niets gepubliceerd.",
                ),
                row=number,
                other=seen[key],
            )
        seen[key] = number
