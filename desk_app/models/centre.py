"""The centre itself: identity, invoice details, opening hours, parts of the day, settings."""

from datetime import time

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.kinds import DayPartKey
from desk_app.models.base import Base, Synced, str_enum
from desk_app.models.types import ShortText


class Centre(Synced, Base):
    """The centre this desk serves, with the details its invoices must carry."""

    __tablename__ = "centre"
    __table_args__ = (UniqueConstraint("code"),)

    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[ShortText]
    street: Mapped[ShortText] = mapped_column(default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[ShortText] = mapped_column(default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    coc_number: Mapped[str] = mapped_column(String(12), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    # The SEPA creditor identifier (incassant-ID) direct-debit files carry.
    creditor_id: Mapped[str] = mapped_column(String(35), default="")


class OpeningHours(Synced, Base):
    """Opening and closing time for one weekday (0 is Monday), or closed all day."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        UniqueConstraint("centre_code", "weekday"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("opens < closes", name="opens_before_closes"),
    )

    weekday: Mapped[int]
    is_open: Mapped[bool] = mapped_column(default=True)
    opens: Mapped[time]
    closes: Mapped[time]


class DayPart(Synced, Base):
    """A part of the day (ochtend, middag, avond) with the centre's own times."""

    __tablename__ = "day_part"
    __table_args__ = (
        UniqueConstraint("centre_code", "key"),
        CheckConstraint("starts < ends", name="starts_before_ends"),
    )

    key: Mapped[DayPartKey] = mapped_column(str_enum(DayPartKey))
    starts: Mapped[time]
    ends: Mapped[time]


class Setting(Base):
    """A local setting of this reception PC, stored as JSON text; never synced."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
