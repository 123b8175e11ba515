"""Invoices and credit notes for room hire: append-only facts with gapless numbers."""

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.kinds import InvoiceKind, ReminderLevel, SettlementMethod
from desk_app.models.base import Base, Fact, str_enum
from desk_app.models.types import Cents, ShortText


class InvoiceCounter(Base):
    """The last invoice number used by a centre; raised in the same transaction as the invoice.

    Local bookkeeping only: the numbers themselves travel on the invoices.
    """

    __tablename__ = "invoice_counter"

    centre_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)


class Invoice(Fact, Base):
    """An issued invoice or credit note; the hirer's details are copied as they were then."""

    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("centre_code", "number"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    number: Mapped[int]
    kind: Mapped[InvoiceKind] = mapped_column(str_enum(InvoiceKind))
    hirer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hirer.id"), index=True)
    credits_invoice_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("invoice.id"))
    issued_on: Mapped[date]
    due_on: Mapped[date]
    period: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")
    hirer_name: Mapped[ShortText]
    hirer_address: Mapped[str] = mapped_column(String(300), default="")
    total_cents: Mapped[Cents]


class InvoiceLine(Fact, Base):
    """One line of an invoice: an amount excluding VAT at one rate (0 is exempt)."""

    __tablename__ = "invoice_line"
    __table_args__ = (CheckConstraint("vat_rate IN (0, 9, 21)", name="vat_rate_known"),)

    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoice.id"), index=True)
    booking_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("booking.id"), index=True)
    # A bar sale put on the hirer's account at the till.
    payment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payment.id"), index=True)
    position: Mapped[int]
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int]
    unit_cents: Mapped[Cents]
    amount_cents: Mapped[Cents]
    vat_rate: Mapped[int]


class InvoicePayment(Fact, Base):
    """Money received against an invoice, or written off; a wrong one is undone by a reversal.

    A reversal row carries the negated amount and names the row it reverses, once only.
    """

    __tablename__ = "invoice_payment"
    __table_args__ = (
        UniqueConstraint("reverses_id", "centre_code"),
        CheckConstraint("amount_cents <> 0", name="amount_not_zero"),
    )

    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoice.id"), index=True)
    paid_on: Mapped[date]
    amount_cents: Mapped[Cents]
    method: Mapped[SettlementMethod] = mapped_column(str_enum(SettlementMethod))
    # Where the payment was learnt of: the desk, the command line, a bank statement.
    source: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(String(200), default="")
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("invoice_payment.id"))
    by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    by_name: Mapped[ShortText]


class InvoiceReminder(Fact, Base):
    """A reminder or final notice sent for an overdue invoice: the open amount and a new due date.

    One of each level per invoice; the level, amount and due date are as the letter printed them.
    """

    __tablename__ = "invoice_reminder"
    __table_args__ = (
        UniqueConstraint("invoice_id", "level"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
    )

    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoice.id"), index=True)
    level: Mapped[ReminderLevel] = mapped_column(str_enum(ReminderLevel))
    sent_on: Mapped[date]
    due_on: Mapped[date]
    amount_cents: Mapped[Cents]
    by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    by_name: Mapped[ShortText]


class InvoiceCollection(Fact, Base):
    """An invoice put in a direct-debit file; a returned collection is undone by a reversal.

    A reversal row carries the negated amount and names the row it reverses, once only.
    """

    __tablename__ = "invoice_collection"
    __table_args__ = (
        UniqueConstraint("reverses_id", "centre_code"),
        CheckConstraint("amount_cents <> 0", name="amount_not_zero"),
    )

    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoice.id"), index=True)
    collect_on: Mapped[date]
    amount_cents: Mapped[Cents]
    mandate_reference: Mapped[str] = mapped_column(String(35))
    sequence: Mapped[str] = mapped_column(String(4))  # FRST or RCUR, as pain.008 writes it
    end_to_end_id: Mapped[str] = mapped_column(String(35))
    reason: Mapped[str] = mapped_column(String(200), default="")
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("invoice_collection.id"))
    by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    by_name: Mapped[ShortText]
