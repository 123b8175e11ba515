"""Strippenkaarten: a product with stamps, sold at the till like any sale (stamps.py: the door)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from random import Random
from uuid import UUID

from sqlalchemy import select

from desk_app.codes import CodeKind, new_code, parse_code
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.formatting import to_local
from desk_app.models import MultiVisitCard, Product, Role
from desk_app.services import audit
from desk_app.services.activities.stamps import stamps_used
from desk_app.services.auth import Actor, require_role
from desk_app.services.till.basket import LineIn, price_lines
from desk_app.services.till.payments import PaymentIn, plan_payments
from desk_app.services.till.pricing import ProductDraft, product_rows, sellable, validated
from desk_app.services.till.receipts import Receipt
from desk_app.services.till.sales import record_sale
from desk_app.services.till.settings import till_settings
from desk_app.services.uow import Transaction, UnitOfWork

CATEGORY = "Strippenkaart"
MAX_STAMPS = 50
MAX_SCAN_LENGTH = 64


@dataclass(frozen=True)
class CardProduct:
    """A strippenkaart on the price list: its name, its stamps and its price."""

    product_id: UUID
    name: str
    stamps: int
    price_cents: int


@dataclass(frozen=True)
class SoldCard:
    """A card just sold: its code to print or write on it, and the sale's receipt."""

    code: str
    stamps: int
    receipt: Receipt


def card_products(uow: UnitOfWork) -> list[CardProduct]:
    """The strippenkaarten for sale today, cheapest first."""
    with uow.read() as tx:
        today = to_local(tx.now).date()
        products = tx.session.scalars(
            select(Product).where(Product.stamps.is_not(None)).order_by(Product.price_cents)
        ).all()
        return [
            CardProduct(p.id, p.name, p.stamps or 0, p.price_cents)
            for p in products
            if sellable(p, today)
        ]


def add_card_product(
    uow: UnitOfWork, actor: Actor, name: str, *, stamps: int, price_cents: int, vat_rate: int = 21
) -> CardProduct:
    """The social manager puts a strippenkaart on the price list (kept out of the bar's grid)."""
    if isinstance(stamps, bool) or not 0 < stamps <= MAX_STAMPS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een strippenkaart heeft 1 tot {max} strippen."),
            max=MAX_STAMPS,
        )
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        draft = validated(
            ProductDraft(CATEGORY, name, price_cents, vat_rate, False, to_local(tx.now).date())
        )
        product = Product(
            centre_code=tx.centre_code(), created_at=tx.now, stamps=stamps, **vars(draft)
        )
        tx.session.add(product)
        tx.session.flush()
        audit.record(
            tx.session,
            centre_code=product.centre_code,
            actor=manager,
            action="product.create",
            subject=product.name,
            at=tx.now,
            after={"price_cents": price_cents, "stamps": stamps},
        )
        made = CardProduct(product.id, product.name, stamps, product.price_cents)
    uow.till.forget()
    return made


def sell_card(
    uow: UnitOfWork,
    actor: Actor,
    product_id: UUID,
    payments: Sequence[PaymentIn],
    *,
    rng: Random | None = None,
    training: bool = False,
) -> SoldCard:
    """Sell a strippenkaart at the till: a receipt like any sale, and a card with a fresh code.

    ``rng`` seeds the code for the reproducible demo; the desk's own codes are unguessable.
    In the till's practice mode (``training``) no card is sold: a card made there would be
    stamped at the door as a real one.
    """
    if training:
        raise practice_refusal()
    with uow.write() as tx:
        seller = require_role(tx, actor, Role.BAR)
        product = tx.session.get(Product, product_id)
        if product is None or product.stamps is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Kies eerst een strippenkaart."))
        stamps = product.stamps
        priced = price_lines(product_rows(tx), [LineIn(product_id, 1)], to_local(tx.now).date())
        allowance = till_settings(tx).volunteer_allowance_cents
        planned, rounding = plan_payments(
            tx.session, priced[0].amount_cents, payments, tx.now, allowance
        )
        receipt = record_sale(tx, seller, priced, planned, rounding=rounding)
        card = MultiVisitCard(
            centre_code=tx.centre_code(),
            created_at=tx.now,
            code=new_code(CodeKind.MULTI_VISIT_CARD, rng),
            stamps=stamps,
            product_id=product_id,
            sale_id=receipt.sale_id,
        )
        tx.session.add(card)
        return SoldCard(card.code, stamps, receipt)


def practice_refusal() -> NotAllowed:
    """Why the till's practice mode sells no strippenkaart (the sale's dialog says it at once)."""
    return NotAllowed(
        QT_TRANSLATE_NOOP(
            "Errors",
            "In de oefenmodus worden geen strippenkaarten verkocht. Zet de oefenmodus uit "
            "om een echte kaart te verkopen.",
        )
    )


def end_sold_card(tx: Transaction, sale_id: UUID) -> None:
    """Stop the card a reversed sale sold, in the reversal's transaction: no refund of a used card.

    Once a stamp of it counts, part of the card was turnover already; a reversal would give
    back the whole price, so it is refused and the card keeps its remaining stamps.
    """
    card = tx.session.scalar(select(MultiVisitCard).where(MultiVisitCard.sale_id == sale_id))
    if card is None:
        return
    used = stamps_used(tx, card.id)
    if used:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Deze bon kan niet worden teruggedraaid: van strippenkaart {code} zijn al "
                "{used} strip(pen) gebruikt.",
            ),
            code=card.code,
            used=used,
        )
    card.active = False


def is_card_code(raw: str) -> bool:
    """Whether a scan is a strippenkaart's code (a scan field hands it here, not to a pass)."""
    text = raw.strip()
    parsed = parse_code(text) if len(text) <= MAX_SCAN_LENGTH else None
    return parsed is not None and parsed[0] is CodeKind.MULTI_VISIT_CARD
