"""The price list as a CSV file (``name,category,price,vat,from``), read whole or not at all."""

from __future__ import annotations

import csv
import io
from datetime import date

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.office.price_lines import PriceLine, checked, parse_price, parse_vat

PRICE_HEADER = ("name", "category", "price", "vat", "from")


def read_price_csv(text: str, default_from: date) -> list[PriceLine]:
    """Every row as a checked price line; one bad row refuses the file, naming row and reason.

    A row with an empty ``from`` starts on ``default_from`` (the ``--from`` of the command).
    """
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    header = tuple(cell.strip().lower() for cell in rows[0]) if rows else ()
    if header != PRICE_HEADER:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De eerste regel moet {header} zijn. Er is niets gepubliceerd."
            ),
            header=",".join(PRICE_HEADER),
        )
    numbered = [
        (number, _line(number, cells, default_from))
        for number, cells in enumerate(rows[1:], start=2)
        if any(cell.strip() for cell in cells)
    ]
    if not numbered:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het bestand heeft geen prijzen. Er is niets gepubliceerd.")
        )
    _refuse_doubles(numbered)
    return [line for _number, line in numbered]


def _line(number: int, cells: list[str], default_from: date) -> PriceLine:
    try:
        if len(cells) != len(PRICE_HEADER):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{count} velden in plaats van 5."), count=len(cells)
            )
        name, category, price, vat, start = (cell.strip() for cell in cells)
        return checked(
            PriceLine(category, name, parse_price(price), parse_vat(vat), _day(start, default_from))
        )
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


def _refuse_doubles(numbered: list[tuple[int, PriceLine]]) -> None:
    seen: dict[tuple[str, str], int] = {}
    for number, line in numbered:
        key = (line.category.lower(), line.name.lower())
        if key in seen:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Regel {row}: {name} staat ook op regel {other}. Er is niets gepubliceerd.",
                ),
                row=number,
                name=line.name,
                other=seen[key],
            )
        seen[key] = number
