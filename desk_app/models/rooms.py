"""Room hire: rates per tariff class, hirers, bookings with their extras."""

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.kinds import BookingState, DayPartKey, TariffClass
from desk_app.models.base import Base, Synced, str_enum
from desk_app.models.types import Cents, ShortText, UTCDateTime, UTCTime


class RoomRate(Synced, Base):
    """What a room costs a tariff class, per part of the day and per hour, excluding VAT.

    ``vat_rate`` 0 means the hire is VAT-exempt (the usual case for room hire).
    """

    __tablename__ = "room_rate"
    __table_args__ = (
        UniqueConstraint("room_id", "tariff_class"),
        CheckConstraint("part_of_day_cents >= 0 AND hour_cents >= 0", name="rates_not_negative"),
        CheckConstraint("vat_rate IN (0, 9, 21)", name="vat_rate_known"),
    )

    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("room.id"), index=True)
    tariff_class: Mapped[TariffClass] = mapped_column(str_enum(TariffClass))
    part_of_day_cents: Mapped[Cents]
    hour_cents: Mapped[Cents]
    vat_rate: Mapped[int]


class Hirer(Synced, Base):
    """An organisation or private person who hires rooms, with the address for invoices."""

    __tablename__ = "hirer"

    name: Mapped[ShortText]
    is_organisation: Mapped[bool] = mapped_column(default=True)
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    street: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    # A SEPA direct-debit mandate on ``iban``: empty reference means none.
    mandate_reference: Mapped[str] = mapped_column(String(35), default="")
    mandate_signed_on: Mapped[date | None]
    mandate_first: Mapped[bool] = mapped_column(default=True)
    tariff_class: Mapped[TariffClass] = mapped_column(str_enum(TariffClass))
    active: Mapped[bool] = mapped_column(default=True)
    # An organisation that takes its invoices as UBL e-invoices (SI-UBL 2.0 / Peppol BIS 3),
    # with its KvK number or OIN and its Peppol participant id (``scheme:id``).
    e_invoicing: Mapped[bool] = mapped_column(default=False, server_default=false())
    registration_number: Mapped[str] = mapped_column(String(20), default="", server_default="")
    peppol_id: Mapped[str] = mapped_column(String(64), default="", server_default="")


class Booking(Synced, Base):
    """A room for a time span; state changes update the row (and enter the change log).

    The price is fixed when booking, so a later rate change does not alter agreed hire.
    A database trigger refuses overlapping live bookings of a room, below the ORM too.
    """

    __tablename__ = "booking"
    __table_args__ = (
        Index("ix_booking_room_span", "room_id", "starts_at", "ends_at"),
        CheckConstraint("starts_at < ends_at", name="starts_before_ends"),
        CheckConstraint("people > 0", name="people_positive"),
        CheckConstraint("vat_rate IN (0, 9, 21)", name="vat_rate_known"),
    )

    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("room.id"))
    hirer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hirer.id"), index=True)
    series_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    starts_at: Mapped[UTCTime] = mapped_column(index=True)
    ends_at: Mapped[UTCTime]
    day_part: Mapped[DayPartKey | None] = mapped_column(str_enum(DayPartKey))
    state: Mapped[BookingState] = mapped_column(str_enum(BookingState))
    people: Mapped[int]
    description: Mapped[str] = mapped_column(String(200), default="")
    tariff_class: Mapped[TariffClass] = mapped_column(str_enum(TariffClass))
    price_cents: Mapped[Cents]
    commercial_cents: Mapped[Cents]
    vat_rate: Mapped[int]
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancellation_fee_cents: Mapped[Cents] = mapped_column(default=0)
    # the bylaw's yearly maximum counts these; alcohol is refused during an outsiders' event
    private_party: Mapped[bool] = mapped_column(default=False, server_default=false())
    for_outsiders: Mapped[bool] = mapped_column(default=False, server_default=false())


class BookingExtra(Synced, Base):
    """An extra on a booking (coffee service, beamer), invoiced as its own line."""

    __tablename__ = "booking_extra"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("vat_rate IN (0, 9, 21)", name="vat_rate_known"),
    )

    booking_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("booking.id"), index=True)
    description: Mapped[ShortText]
    quantity: Mapped[int]
    unit_cents: Mapped[Cents]
    vat_rate: Mapped[int]
