"""What is rung up: lines checked against the price list and priced as of the moment of sale."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.till.pricing import ProductRow, sellable

MAX_QUANTITY = 99
MAX_LINES = 60


@dataclass(frozen=True)
class LineIn:
    """A product and how many, as the grid hands them to the till."""

    product_id: UUID
    quantity: int


@dataclass(frozen=True)
class PricedLine:
    """A line with the product's name, price and VAT rate copied at the moment of sale."""

    product_id: UUID
    name: str
    category: str
    quantity: int
    unit_price_cents: int
    vat_rate: int
    is_alcohol: bool

    @property
    def amount_cents(self) -> int:
        """Quantity times unit price: the line's amount including VAT."""
        return self.quantity * self.unit_price_cents


def check_quantities(lines: Sequence[LineIn], *, allow_negative: bool = False) -> None:
    """Refuse empty baskets, absurd quantities and overlong baskets before anything is read."""
    if not lines:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Er staat nog niets op de bon."))
    if len(lines) > MAX_LINES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een bon heeft hoogstens {max} regels."), max=MAX_LINES
        )
    for line in lines:
        low = -MAX_QUANTITY if allow_negative else 1
        if line.quantity == 0 or not low <= line.quantity <= MAX_QUANTITY:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Een aantal ligt tussen 1 en {max}."), max=MAX_QUANTITY
            )


def price_lines(
    products: Mapping[UUID, ProductRow], lines: Sequence[LineIn], on: date
) -> list[PricedLine]:
    """Each line priced from the price list valid on ``on``; inactive products are refused."""
    priced = []
    for line in lines:
        product = products.get(line.product_id)
        if product is None or not sellable(product, on):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Dit product is niet (meer) te koop: {name}."),
                name=product.name if product else "?",
            )
        priced.append(
            PricedLine(
                product.product_id,
                product.name,
                product.category,
                line.quantity,
                product.price_cents,
                product.vat_rate,
                product.is_alcohol,
            )
        )
    return priced
