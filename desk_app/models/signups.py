"""Sign-ups for activity sessions and multi-visit cards (strippenkaarten) stamped at the door."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, Fact, Synced
from desk_app.models.types import UTCDateTime


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
    """One stamp off a card at the door of a session."""

    __tablename__ = "card_stamp"

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("multi_visit_card.id"), index=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity_session.id"), index=True)
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
