"""The price list: what the grid offers today (busiest first) and the manager's editor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.models import Product, Role, Sale, SaleLine
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.people import clean_name
from desk_app.services.till.vat import ALCOHOL_VAT_RATE, VAT_RATES
from desk_app.services.uow import CoreTransaction, UnitOfWork

MAX_PRICE_CENTS = 10_000
MAX_CATEGORY_LENGTH = 40
BUSY_WINDOW = timedelta(days=28)


@dataclass(frozen=True)
class ProductRow:
    """A product as the grid and the editor show it."""

    product_id: UUID
    category: str
    name: str
    price_cents: int
    vat_rate: int
    is_alcohol: bool
    valid_from: date
    valid_to: date | None
    sort_order: int
    active: bool


@dataclass(frozen=True)
class ProductDraft:
    """What the manager types into the price-list editor."""

    category: str
    name: str
    price_cents: int
    vat_rate: int
    is_alcohol: bool
    valid_from: date
    valid_to: date | None = None
    sort_order: int = 0
    active: bool = True


def _row(product: Product) -> ProductRow:
    return ProductRow(
        product.id,
        product.category,
        product.name,
        product.price_cents,
        product.vat_rate,
        product.is_alcohol,
        product.valid_from,
        product.valid_to,
        product.sort_order,
        product.active,
    )


def sellable(product: Product | ProductRow, on: date) -> bool:
    """Whether a product may be rung up on ``on``."""
    return (
        product.active
        and product.valid_from <= on
        and (product.valid_to is None or product.valid_to >= on)
    )


def product_rows(tx: CoreTransaction) -> Mapping[UUID, ProductRow]:
    """Every product by its key, kept between sales (``uow.till``) until the price list changes."""
    return tx.till.products(tx.outside_stamp(), lambda: _read_rows(tx))


def _read_rows(tx: CoreTransaction) -> dict[UUID, ProductRow]:
    """The whole price list in one Core query: a few dozen rows, no ORM objects."""
    table = Product.__table__.c
    columns = [table[name] for name in ProductRow.__dataclass_fields__ if name != "product_id"]
    rows = tx.connection.execute(select(table.id, *columns))
    return {row[0]: ProductRow(*row) for row in rows}


def grid_products(uow: UnitOfWork) -> list[ProductRow]:
    """Today's products, categories in price-list order, the busiest of the last weeks first."""
    with uow.read() as tx:
        now = tx.now
        today = to_local(now).date()
        busy = _sold_since(tx.session, now - BUSY_WINDOW)
        products = tx.session.scalars(
            select(Product)
            .where(Product.active.is_(True), Product.valid_from <= today)
            .where(or_(Product.valid_to.is_(None), Product.valid_to >= today))
            .where(Product.stamps.is_(None))  # a strippenkaart is sold with its card, apart
        ).all()
        rows = [_row(product) for product in products]
    first_order: dict[str, int] = {}
    for row in sorted(rows, key=lambda r: r.sort_order):
        first_order.setdefault(row.category, row.sort_order)
    return sorted(
        rows,
        key=lambda r: (first_order[r.category], -busy.get(r.product_id, 0), r.sort_order),
    )


def _sold_since(session: Session, since: object) -> dict[UUID, int]:
    query = (
        select(SaleLine.product_id, func.sum(SaleLine.quantity))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.created_at >= since)
        .group_by(SaleLine.product_id)
    )
    return {product_id: int(count) for product_id, count in session.execute(query)}


def price_list(uow: UnitOfWork) -> list[ProductRow]:
    """Every product, also inactive and future ones, for the manager's editor."""
    with uow.read() as tx:
        query = select(Product).order_by(Product.sort_order, Product.name)
        return [_row(product) for product in tx.session.scalars(query)]


def validated(draft: ProductDraft) -> ProductDraft:
    """A tidy draft, or a Dutch message saying what is wrong with it."""
    category = " ".join(draft.category.split())
    if not category or len(category) > MAX_CATEGORY_LENGTH or not category.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een categorie heeft 1 tot {max} leesbare tekens."),
            max=MAX_CATEGORY_LENGTH,
        )
    if not 0 <= draft.price_cents <= MAX_PRICE_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een prijs ligt tussen 0 en 100 euro."),
        )
    _check_vat(draft.vat_rate, is_alcohol=draft.is_alcohol)
    if draft.valid_to is not None and draft.valid_to < draft.valid_from:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De einddatum ligt vóór de begindatum van de prijs.")
        )
    return ProductDraft(
        category,
        clean_name(draft.name),
        draft.price_cents,
        draft.vat_rate,
        draft.is_alcohol,
        draft.valid_from,
        draft.valid_to,
        draft.sort_order,
        draft.active,
    )


def _check_vat(rate: int, *, is_alcohol: bool) -> None:
    """A known rate, and the high one for alcohol: the tax office allows no low-rate beer."""
    if rate not in VAT_RATES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Het btw-tarief is 0, 9 of 21 procent."))
    if is_alcohol and rate != ALCOHOL_VAT_RATE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Alcohol valt onder het hoge btw-tarief van {rate}%."),
            rate=ALCOHOL_VAT_RATE,
        )


def save_product(
    uow: UnitOfWork, actor: Actor, draft: ProductDraft, product_id: UUID | None = None
) -> ProductRow:
    """The social manager adds or changes a product; sold lines keep their own copied price."""
    draft = validated(draft)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        product = _product_to_change(tx.session, product_id)
        before = _snapshot(product) if product else None
        if product is None:
            product = Product(centre_code=tx.centre_code(), created_at=tx.now)
            tx.session.add(product)
        for name, value in vars(draft).items():
            setattr(product, name, value)
        tx.session.flush()
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action="product.create" if before is None else "product.change",
            subject=product.name,
            at=tx.now,
            before=before,
            after=_snapshot(product),
        )
        row = _row(product)
    uow.till.forget()
    return row


def _product_to_change(session: Session, product_id: UUID | None) -> Product | None:
    if product_id is None:
        return None
    product = session.get(Product, product_id)
    if product is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Dit product bestaat niet (meer)."))
    return product


def _snapshot(product: Product) -> dict[str, object]:
    row = _row(product)
    return {name: value for name, value in vars(row).items() if name != "product_id"}
