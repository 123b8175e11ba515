"""Living-room facts: visits (single or in groups), check-outs and satisfaction votes."""

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.kinds import AgeGroup, DayPartKey, Purpose
from desk_app.models.base import Base, Fact, str_enum


class Visit(Fact, Base):
    """One visit, or a group counted at once; a reversal row carries a negative count."""

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint("visitors <> 0", name="visitors_not_zero"),
        CheckConstraint("visitors > 0 OR reverses_id IS NOT NULL", name="negative_only_reversal"),
        Index("ix_visit_pass_day", "pass_id", "local_day"),
    )

    local_day: Mapped[date] = mapped_column(index=True)
    day_part: Mapped[DayPartKey | None] = mapped_column(str_enum(DayPartKey))
    visitors: Mapped[int] = mapped_column(default=1)
    pass_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visitor_pass.id"))
    purpose: Mapped[Purpose] = mapped_column(str_enum(Purpose), default=Purpose.LIVING_ROOM)
    purpose_ref: Mapped[uuid.UUID | None] = mapped_column(index=True)  # activity, booking
    age_group: Mapped[AgeGroup | None] = mapped_column(str_enum(AgeGroup))
    first_visit: Mapped[bool] = mapped_column(default=False)
    recorded_by: Mapped[uuid.UUID | None]
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), unique=True)


class Checkout(Fact, Base):
    """Visitors who said goodbye: a pass's second scan or the desk's check-out button."""

    __tablename__ = "checkout"
    __table_args__ = (CheckConstraint("visitors > 0", name="visitors_positive"),)

    local_day: Mapped[date] = mapped_column(index=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), unique=True)
    visitors: Mapped[int] = mapped_column(default=1)
    purpose: Mapped[Purpose] = mapped_column(str_enum(Purpose), default=Purpose.LIVING_ROOM)


class SatisfactionVote(Fact, Base):
    """One tap on a face, counted per day and part of the day."""

    __tablename__ = "satisfaction_vote"
    __table_args__ = (CheckConstraint("mood BETWEEN 1 AND 3", name="mood_range"),)

    local_day: Mapped[date] = mapped_column(index=True)
    day_part: Mapped[DayPartKey | None] = mapped_column(str_enum(DayPartKey))
    mood: Mapped[int]
