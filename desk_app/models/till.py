"""The bar till: sales and their lines and payments, tabs, removed lines, coffee cards."""

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.kinds import PaymentMethod, SaleKind
from desk_app.models.base import Base, Fact, Synced, str_enum
from desk_app.models.types import Cents, ShortText, UTCDateTime


class Tab(Synced, Base):
    """A named open bill (a club, a party) settled later in one sale."""

    __tablename__ = "tab"

    name: Mapped[ShortText]
    is_youth: Mapped[bool] = mapped_column(default=False)
    # the tab of an event aimed at outsiders: the bylaw allows no alcohol on it
    for_outsiders: Mapped[bool] = mapped_column(default=False, server_default=false())
    opened_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    carried_over: Mapped[bool] = mapped_column(default=False)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    settled_by_sale_id: Mapped[uuid.UUID | None]


class Sale(Fact, Base):
    """One paid receipt, numbered gapless per centre; ``created_at`` is the moment of sale."""

    __tablename__ = "sale"
    __table_args__ = (
        UniqueConstraint("centre_code", "receipt_number"),
        UniqueConstraint("reverses_id"),
        Index("ix_sale_created_at", "created_at"),
        CheckConstraint("receipt_number > 0", name="receipt_number_positive"),
    )

    receipt_number: Mapped[int]
    kind: Mapped[SaleKind] = mapped_column(str_enum(SaleKind), default=SaleKind.SALE)
    seller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    seller_name: Mapped[ShortText]
    total_cents: Mapped[Cents]
    rounding_cents: Mapped[Cents] = mapped_column(default=0)
    training: Mapped[bool] = mapped_column(default=False)
    tab_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tab.id"))
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale.id"))
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")


class SaleLine(Fact, Base):
    """A product on a receipt, with the name, price and VAT rate it was sold at."""

    __tablename__ = "sale_line"
    __table_args__ = (CheckConstraint("quantity <> 0", name="quantity_not_zero"),)

    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale.id"), index=True)
    position: Mapped[int]
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"), index=True)
    name: Mapped[ShortText]
    category: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int]
    unit_price_cents: Mapped[Cents]
    vat_rate: Mapped[int]
    is_alcohol: Mapped[bool]
    amount_cents: Mapped[Cents]


class Payment(Fact, Base):
    """One part of a sale's payment; a cash part holds the rounded amount, tendered and change."""

    __tablename__ = "payment"

    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale.id"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod))
    amount_cents: Mapped[Cents]
    tendered_cents: Mapped[Cents | None]
    change_cents: Mapped[Cents] = mapped_column(default=0)
    account_holder: Mapped[str] = mapped_column(String(120), default="")
    volunteer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("coffee_card.id"))
    # On account: the room hirer whose invoice this amount goes onto.
    hirer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("hirer.id"), index=True)


class TabEntry(Fact, Base):
    """A product put on a tab (negative quantity: taken off again before settling)."""

    __tablename__ = "tab_entry"
    __table_args__ = (CheckConstraint("quantity <> 0", name="quantity_not_zero"),)

    tab_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tab.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    name: Mapped[ShortText]
    category: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int]
    unit_price_cents: Mapped[Cents]
    vat_rate: Mapped[int]
    is_alcohol: Mapped[bool]
    seller_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))


class RemovedLine(Fact, Base):
    """A line taken off before payment: the journal shows who removed what, and when."""

    __tablename__ = "removed_line"

    removed_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    removed_by_name: Mapped[ShortText]
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    name: Mapped[ShortText]
    quantity: Mapped[int]
    unit_price_cents: Mapped[Cents]
    tab_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tab.id"))


class CoffeeCard(Synced, Base):
    """A prepaid card with a QR code; its balance is the sum of its movements."""

    __tablename__ = "coffee_card"
    __table_args__ = (UniqueConstraint("code"),)

    code: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(default=True)


class CoffeeCardMovement(Fact, Base):
    """Money loaded onto a card (with how it was paid) or spent from it on a sale."""

    __tablename__ = "coffee_card_movement"

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coffee_card.id"), index=True)
    amount_cents: Mapped[Cents]
    method: Mapped[PaymentMethod | None] = mapped_column(str_enum(PaymentMethod))
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale.id"))
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))


class ReceiptCounter(Base):
    """The last receipt number of a centre, raised in the sale's own transaction: no gaps."""

    __tablename__ = "receipt_counter"

    centre_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)
