"""Master data the desk sells and lets: rooms and bar products."""

from datetime import date

from sqlalchemy import CheckConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Synced
from desk_app.models.types import Cents, ShortText


class Room(Synced, Base):
    """A room of the centre that can be booked."""

    __tablename__ = "room"
    __table_args__ = (
        UniqueConstraint("centre_code", "name"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
    )

    name: Mapped[ShortText]
    capacity: Mapped[int]
    facilities: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)


class Product(Synced, Base):
    """A bar product; prices include VAT and are copied onto each sale line."""

    __tablename__ = "product"
    __table_args__ = (
        CheckConstraint("price_cents >= 0", name="price_not_negative"),
        CheckConstraint("vat_rate IN (0, 9, 21)", name="vat_rate_known"),
        CheckConstraint("stamps IS NULL OR stamps > 0", name="stamps_positive"),
    )

    category: Mapped[str] = mapped_column(String(40))
    name: Mapped[ShortText]
    price_cents: Mapped[Cents]
    vat_rate: Mapped[int]
    is_alcohol: Mapped[bool] = mapped_column(default=False)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    # A strippenkaart: the stamps a card of this product carries (sold apart from the grid).
    stamps: Mapped[int | None]


class LedgerAccount(Synced, Base):
    """One slot of the ledger mapping (which account a kind of amount goes to), from the office.

    ``slot`` names the kind (``cash``, ``vat_21``, ``rooms_0``); a slot without a row follows
    the default mapping. ``kind`` is the audit file's ``B`` (balance) or ``P`` (profit and loss).
    """

    __tablename__ = "ledger_account"
    __table_args__ = (
        UniqueConstraint("centre_code", "slot"),
        CheckConstraint("kind IN ('B', 'P')", name="kind_known"),
    )

    slot: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[ShortText]
    kind: Mapped[str] = mapped_column(String(1))
    rgs: Mapped[str] = mapped_column(String(40))
