"""The office's price list: read it as it stands centrally, publish a change as a release."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desk_app.central.connect import connect
from desk_app.central.releases import MasterItem, publish_release
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.models.types import new_id, utc_now
from desk_app.services.activities.cards import CATEGORY as CARD_CATEGORY
from desk_app.services.office.central_reads import (
    ReleaseInfo,
    TariffLine,
    centre_codes,
    current_lines,
    recent_releases,
    room_tariffs,
)
from desk_app.services.office.price_lines import (
    PriceLine,
    TariffPrice,
    checked,
    checked_tariff,
)
from desk_app.services.till.pricing import ProductDraft, validated
from desk_app.services.till.vat import ALCOHOL_VAT_RATE

RELEASES_SHOWN = 50
_OFFICE_GROUP = "desk_office"


@dataclass(frozen=True)
class PriceBook:
    """What the office page shows: the price list, the releases, the registered centres."""

    lines: tuple[PriceLine, ...]
    releases: tuple[ReleaseInfo, ...]
    centres: tuple[str, ...]
    tariffs: tuple[TariffLine, ...]


def price_book(url: str, on: date) -> PriceBook:
    """The price list in force on ``on`` with every later published price, and the releases."""
    with connect(url) as connection:
        return PriceBook(
            current_lines(connection, on),
            recent_releases(connection, RELEASES_SHOWN),
            centre_codes(connection),
            room_tariffs(connection),
        )


def publish_prices(
    url: str,
    lines: Sequence[PriceLine],
    *,
    takes_effect: date,
    centre_code: str | None = None,
    note: str = "",
) -> int:
    """Publish new prices as the next release; only an office login may. Returns its number."""
    lines = [checked(line) for line in lines]
    if not lines:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Er zijn geen prijzen om te publiceren."))
    with connect(url) as connection:
        require_office(connection)
        _require_centre(connection, centre_code)
        known = _known_products(connection)
    items = [_item(line, known.get(_key(line))) for line in lines]
    return _publish(url, items, note, centre_code, takes_effect)


def publish_tariffs(
    url: str,
    tariffs: Sequence[TariffPrice],
    *,
    takes_effect: date,
    centre_code: str | None = None,
    note: str = "",
) -> int:
    """Publish room tariffs (by room name) as the next release; only an office login may."""
    tariffs = [checked_tariff(tariff) for tariff in tariffs]
    if not tariffs:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Er zijn geen tarieven om te publiceren."))
    with connect(url) as connection:
        require_office(connection)
        _require_centre(connection, centre_code)
    items = [
        MasterItem(
            "room_rate",
            new_id(),
            {
                "room": tariff.room,
                "tariff_class": tariff.tariff_class.value,
                "part_of_day_cents": tariff.part_of_day_cents,
                "hour_cents": tariff.hour_cents,
                "vat_rate": tariff.vat_rate,
                "valid_from": tariff.valid_from.isoformat(),
            },
        )
        for tariff in tariffs
    ]
    return _publish(url, items, note, centre_code, takes_effect)


def _publish(
    url: str, items: list[MasterItem], note: str, centre_code: str | None, takes_effect: date
) -> int:
    import psycopg  # noqa: PLC0415 - loaded when the central database is reached

    try:
        return publish_release(url, items, note, centre_code, takes_effect)
    except psycopg.errors.InsufficientPrivilege as error:
        raise _not_office() from error


PRICES_REFUSAL = QT_TRANSLATE_NOOP(
    "Errors",
    "Alleen het kantoor van de organisatie mag prijzen publiceren; de login van een "
    "buurthuis mag dat niet.",
)


def require_office(connection: Any, refusal: str = PRICES_REFUSAL) -> None:
    """Refuse any login but the office's (or the schema owner's), saying ``refusal``."""
    row = connection.execute(
        "SELECT pg_has_role(current_user, %s, 'MEMBER')", (_OFFICE_GROUP,)
    ).fetchone()
    if not row or not row[0]:
        raise NotAllowed(refusal)


def _not_office() -> NotAllowed:
    return NotAllowed(PRICES_REFUSAL)


def _require_centre(connection: Any, centre_code: str | None) -> None:
    if centre_code is None:
        return
    row = connection.execute("SELECT 1 FROM centre_registry WHERE code = %s", (centre_code,))
    if row.fetchone() is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Er is geen buurthuis met de code {code}."),
            code=centre_code,
        )


def _key(line: PriceLine) -> tuple[str, str]:
    return (line.category.lower(), line.name.lower())


@dataclass(frozen=True)
class KnownProduct:
    """What the centres already know of a product: the release keeps it as it is."""

    is_alcohol: bool
    sort_order: int
    stamps: int | None  # a strippenkaart's stamps; None for a product sold at the bar


def _known_products(connection: Any) -> dict[tuple[str, str], KnownProduct]:
    """Per product already sold somewhere: alcohol or not, its place in the list, its stamps.

    A strippenkaart stays one: its stamps are those any centre's row of it ever carried, so a
    row left without them (by a release before they travelled) does not make it a bar product.
    """
    rows = connection.execute(
        "SELECT DISTINCT ON (lower(category), lower(name)) lower(category), lower(name), "
        "is_alcohol, sort_order, "
        "max(stamps) OVER (PARTITION BY lower(category), lower(name)) FROM product "
        "ORDER BY lower(category), lower(name), valid_from DESC"
    )
    return {
        (category, name): KnownProduct(alcohol, order, stamps)
        for category, name, alcohol, order, stamps in rows
    }


def _sold_as_at_the_till(line: PriceLine, *, is_alcohol: bool) -> None:
    """The till's own rules for a product (alcohol only at the high rate), naming the product."""
    draft = ProductDraft(
        line.category, line.name, line.price_cents, line.vat_rate, is_alcohol, line.valid_from
    )
    try:
        validated(draft)
    except InvalidInput as error:
        if not is_alcohol:
            raise
        # checked() let the line through, so what the till refuses is the rate of alcohol
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{product} is alcohol en valt onder het hoge btw-tarief van {rate}%, niet "
                "{given}%. Er is niets gepubliceerd.",
            ),
            product=line.name,
            rate=ALCOHOL_VAT_RATE,
            given=line.vat_rate,
        ) from error


def _refuse_new_card(line: PriceLine) -> None:
    """A new strippenkaart needs its stamps, which only a centre gives it (a price does not)."""
    if line.category.lower() == CARD_CATEGORY.lower():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{product} staat bij geen buurthuis als strippenkaart. Een nieuwe strippenkaart "
                "zet een buurthuis zelf op de prijslijst, met het aantal strippen. Er is niets "
                "gepubliceerd.",
            ),
            product=line.name,
        )


def _item(line: PriceLine, known: KnownProduct | None) -> MasterItem:
    """The release's row of a product: its kind (alcohol, strippenkaart) as the centres know it."""
    # A product new to the organisation counts as alcohol when taxed at 21 % (as at a bar).
    if known is None:
        _refuse_new_card(line)
        known = KnownProduct(line.vat_rate == ALCOHOL_VAT_RATE, sort_order=0, stamps=None)
    _sold_as_at_the_till(line, is_alcohol=known.is_alcohol)
    return MasterItem(
        "product",
        new_id(),
        {
            "category": line.category,
            "name": line.name,
            "price_cents": line.price_cents,
            "vat_rate": line.vat_rate,
            "is_alcohol": known.is_alcohol,
            "stamps": known.stamps,
            "valid_from": line.valid_from.isoformat(),
            "valid_to": None,
            "sort_order": known.sort_order,
            "active": True,
            "created_at": utc_now().isoformat(),
        },
    )
