"""Sign-ups for activity sessions and multi-visit cards (strippenkaarten) stamped at the door."""

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Fact, Synced
from desk_app.models.types import Cents, UTCDateTime


class SignUp(Synced, Base):
    """A visitor signed up for a session, by pass or by name; the order decides the waiting list."""

    __tablename__ = "activity_signup"
    # No check for a pass or a name: a sign-up brought back from the central database by a
    # recovery has neither (names never leave the PC).
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity_session.id"), index=True)
    position: Mapped[int]
    pass_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visitor_pass.id"))
    name: Mapped[str | None] = mapped_column(String(120))  # stays on the PC (privacy)
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    came_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MultiVisitCard(Synced, Base):
    """A strippenkaart sold at the till: a code and the stamps it was sold with."""

    __tablename__ = "multi_visit_card"
    __table_args__ = (
        UniqueConstraint("code"),
        CheckConstraint("stamps > 0", name="stamps_positive"),
    )

    code: Mapped[str] = mapped_column(String(32))
    stamps: Mapped[int]
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale.id"))
    active: Mapped[bool] = mapped_column(default=True)


class CardStamp(Fact, Base):
    """One stamp off a card at the door of a session, or the undoing of one (its reversal).

    ``value_cents`` is the card's price this stamp turns from prepaid credit into turnover
    (VAT included, at ``vat_rate``, the card's rate); a reversal carries it negated.
    """

    __tablename__ = "card_stamp"
    # An index, not a constraint: SQLite adds it beside the columns without a rebuild.
    __table_args__ = (
        Index("uq_card_stamp_reverses_id", "reverses_id", "centre_code", unique=True),
    )

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("multi_visit_card.id"), index=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity_session.id"), index=True)
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    value_cents: Mapped[Cents] = mapped_column(default=0, server_default="0")
    vat_rate: Mapped[int] = mapped_column(default=21, server_default="21")
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card_stamp.id"))
    reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
