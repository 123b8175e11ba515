"""The end-of-day close and the cash paid out of the drawer during the day."""

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Fact
from desk_app.models.types import Cents, ShortText


class PaidOut(Fact, Base):
    """Cash taken from the drawer during the day (shopping, a refund), with its reason."""

    __tablename__ = "paid_out"
    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)

    local_day: Mapped[date] = mapped_column(index=True)
    amount_cents: Mapped[Cents]
    reason: Mapped[str] = mapped_column(String(200))
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    by_name: Mapped[ShortText]


class DayClose(Fact, Base):
    """A signed-off day: numbered gapless per centre; no entry may be dated on it afterwards.

    ``denominations`` holds the drawer count as ``"cents:count"`` pairs, comma separated, so the
    Z-report can be printed again exactly as counted.
    """

    __tablename__ = "day_close"
    __table_args__ = (
        UniqueConstraint("local_day", "centre_code"),
        UniqueConstraint("number", "centre_code"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    local_day: Mapped[date]
    number: Mapped[int]
    closed_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    closed_by_name: Mapped[ShortText]
    opening_float_cents: Mapped[Cents]
    cash_takings_cents: Mapped[Cents]
    paid_out_cents: Mapped[Cents]
    cash_expected_cents: Mapped[Cents]
    cash_counted_cents: Mapped[Cents]
    denominations: Mapped[str] = mapped_column(String(400))
    cash_reason: Mapped[str] = mapped_column(String(200), default="")
    float_left_cents: Mapped[Cents]
    card_recorded_cents: Mapped[Cents]
    card_terminal_cents: Mapped[Cents]
    card_reason: Mapped[str] = mapped_column(String(200), default="")

    @property
    def cash_difference_cents(self) -> int:
        """Counted minus expected: positive when the drawer holds too much."""
        return self.cash_counted_cents - self.cash_expected_cents

    @property
    def card_difference_cents(self) -> int:
        """The terminal's total minus the card payments the till recorded."""
        return self.card_terminal_cents - self.card_recorded_cents
